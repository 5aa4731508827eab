"""Package scores (issue 19): how good a round's whole package is for us, from 0 to 100.

A plan with terms besides the price (:attr:`Plan.issues`) scores the package of each round:

- the price's utility is 0 at the walk-away point and 100 at the target (the opening when there
  is no target), linear and clamped to 0..100; without a target or an opening, or when that
  amount is not better for us than the walk-away point (at it, or on its wrong side, which the plan's
  warnings flag), the price is not scored (it then has no share);
- a number term is linear from ``worst`` (0) to ``best`` (100), clamped; an options term scores
  its option; a term the round leaves out scores 0, and so does the price when the round judged
  names terms but no price of theirs;
- the package score is Σ weight × utility / Σ weights, rounded half-up to one decimal.

The round judged is the latest round of the phase with their offer or their terms. Everything is
exact: utilities and the mean are computed as fractions of ``Decimal`` inputs, and only the score
is rounded (once, half-up), so no score depends on a context's precision or passes through float.

:func:`what_it_takes` answers the room's question "at this price, what do they have to give on the
other terms?"; the window shows its :func:`what_it_takes_text` live as the price changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from planner.model import Issue, IssueKind, Plan, Round, TermValue
from planner.money import amount_digits, amount_to_text, format_money

HUNDRED = Fraction(100)
HUNDRED_DECIMAL = Decimal(100)


@dataclass(frozen=True, slots=True)
class TermScore:
    """One term's part of a package score."""

    key: str  # the issue's key, or "price"
    weight: Decimal
    utility: Decimal | None  # 0..100, exact to four places (rounded half-up) for display; None: not scored
    value: TermValue | None  # what the round gave (their offer for the price); None: left out


@dataclass(frozen=True, slots=True)
class PackageScore:
    """A round's package score and how it was made up (price first, then the terms in plan order)."""

    score: Decimal  # 0..100, one decimal, rounded half-up
    min_score: Decimal | None
    terms: tuple[TermScore, ...]

    @property
    def below_minimum(self) -> bool:
        return self.min_score is not None and self.score < self.min_score


# -- utilities ---------------------------------------------------------------------------------


def _clamp(value: Fraction) -> Fraction:
    return min(HUNDRED, max(Fraction(0), value))


def price_reference(plan: Plan) -> Decimal | None:
    """The amount where the price's utility is 100: the target, else the opening, else ``None``."""
    return plan.target if plan.target is not None else plan.opening


def price_utility(plan: Plan, offer: Decimal | None, point: Decimal | None = None) -> Fraction | None:
    """The price's utility (0..100, exact) for ``offer`` against ``point`` (default: the plan's own).

    ``None`` when the price is not scored (no target or opening, or that amount is not better for us
    than the point: at it, or past it, which the plan's warnings already flag);
    0 when it is scored but ``offer`` is ``None`` (the round gave terms without a price).
    """
    point = plan.reservation.value if point is None else point
    reference = price_reference(plan)
    if reference is None or not plan.is_better_for_us(reference, point):
        return None  # no target or opening, or one that is not better than the point: nothing to score on
    if offer is None:
        return Fraction(0)
    return _clamp(HUNDRED * (Fraction(offer) - Fraction(point)) / (Fraction(reference) - Fraction(point)))


def term_utility(issue: Issue, value: TermValue | None) -> Fraction:
    """A term's utility (0..100, exact) for ``value``; 0 when left out or not a value of the term."""
    if value is None:
        return Fraction(0)
    if issue.kind is IssueKind.OPTIONS:
        score = issue.options.get(value) if isinstance(value, str) else None
        return _clamp(Fraction(score)) if score is not None else Fraction(0)
    if isinstance(value, str) or issue.best is None or issue.worst is None or issue.best == issue.worst:
        return Fraction(0)  # a plan that breaks the rules (planner.package_checks) scores nothing here
    best, worst = Fraction(issue.best), Fraction(issue.worst)
    return _clamp(HUNDRED * (Fraction(value) - worst) / (best - worst))


def round_half_up(value: Fraction, places: int = 1) -> Decimal:
    """``value`` rounded half-up to ``places`` decimals, exactly (no context precision involved)."""
    scale = 10**places
    scaled = value * scale
    whole = (scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2)  # floor(x + 1/2)
    if value < 0:  # half away from zero, as ROUND_HALF_UP does
        whole = -((-scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2))
    return Decimal(whole).scaleb(-places)


def round_up(value: Fraction, places: int = 1) -> Decimal:
    """``value`` rounded up (towards +infinity) to ``places`` decimals, exactly."""
    scaled = value * 10**places
    return Decimal(-((-scaled.numerator) // scaled.denominator)).scaleb(-places)


def round_down(value: Fraction, places: int = 1) -> Decimal:
    """``value`` rounded down (towards -infinity) to ``places`` decimals, exactly."""
    scaled = value * 10**places
    return Decimal(scaled.numerator // scaled.denominator).scaleb(-places)


def shown(value: Fraction | None) -> Decimal | None:
    """A utility as shown: rounded half-up to four places, trailing zeros dropped (``66.6667``, ``100``)."""
    return None if value is None else Decimal(amount_to_text(round_half_up(value, 4)))


# -- the score ---------------------------------------------------------------------------------


def exact_score(
    plan: Plan, offer: Decimal | None, terms: dict[str, TermValue], point: Decimal | None = None
) -> Fraction:
    """The package score of ``offer`` with ``terms``, exact (before rounding)."""
    weighted = Fraction(0)
    weights = Fraction(0)
    price = price_utility(plan, offer, point)
    if price is not None and plan.price_weight is not None:
        weighted += Fraction(plan.price_weight) * price
        weights += Fraction(plan.price_weight)
    for issue in plan.issues:
        weighted += Fraction(issue.weight) * term_utility(issue, terms.get(issue.key))
        weights += Fraction(issue.weight)
    return weighted / weights if weights else Fraction(0)


def score_terms(
    plan: Plan, offer: Decimal | None, terms: dict[str, TermValue], point: Decimal | None = None
) -> PackageScore | None:
    """The package score of one offer with its terms (``None`` for a plan without a package)."""
    if not plan.has_package:
        return None
    parts = [TermScore("price", plan.price_weight or Decimal(0), shown(price_utility(plan, offer, point)), offer)]
    for issue in plan.issues:
        value = terms.get(issue.key)
        parts.append(TermScore(issue.key, issue.weight, shown(term_utility(issue, value)), value))
    score = round_half_up(exact_score(plan, offer, terms, point))
    return PackageScore(score=score, min_score=plan.reservation.min_score, terms=tuple(parts))


def has_package_offer(round_: Round) -> bool:
    """True when a round says something a package score can judge: their offer or their terms."""
    return round_.their_offer is not None or bool(round_.their_terms)


def judged_round(rounds: list[Round]) -> Round | None:
    """The round a package score is taken on: the latest of ``rounds`` with their offer or terms."""
    return next((r for r in reversed(rounds) if has_package_offer(r)), None)


def score_round(plan: Plan, round_: Round, point: Decimal | None = None) -> PackageScore | None:
    """The package score of one round (``None`` without a package or when the round has neither)."""
    if not plan.has_package or not has_package_offer(round_):
        return None
    return score_terms(plan, round_.their_offer, round_.their_terms, point)


def score_rounds(plan: Plan, rounds: list[Round], point: Decimal | None = None) -> PackageScore | None:
    """The package score of a phase: ``rounds`` in order (one phase), judged on :func:`judged_round`."""
    latest = judged_round(rounds)
    return None if latest is None else score_round(plan, latest, point)


# -- what it takes -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermNeed:
    """The least one term must give: a number (at least or at most), or the least option."""

    issue: Issue
    value: TermValue | None  # None: any value will do (the price alone reaches the minimum)
    at_least: bool  # a number term whose best is above its worst (more is better)


@dataclass(frozen=True, slots=True)
class WhatItTakes:
    """At ``price``, what every other term must at least give for the package to reach the minimum.

    The answer asks the same share of the way from worst to best of every term (``level``, 0..100):
    the least such level that reaches ``min_score``, each term then rounded towards its best (a
    number to the places its best and worst are written with; an option to the least-scoring one at
    that level). ``reachable`` is False when even every term at its best would not do at this price,
    and when the price is past the walk-away point (``past_point``): the point is a hard limit on its
    own, which no other term makes up for.
    """

    price: Decimal | None
    min_score: Decimal
    price_utility: Decimal | None  # None: the price is not scored
    level: Decimal  # the share of the way every term must go, 0..100 (rounded up to one decimal)
    reachable: bool
    needs: tuple[TermNeed, ...]  # in plan order; empty when unreachable
    past_point: bool = False  # the price is past the walk-away point


def _cap(issue: Issue) -> Fraction:
    """The most a term can score: 100 for a number, its best option's score for options."""
    if issue.kind is IssueKind.OPTIONS:
        return max((_clamp(Fraction(s)) for s in issue.options.values()), default=Fraction(0))
    return HUNDRED


def _least_level(issues: list[Issue], needed: Fraction) -> Fraction | None:
    """The least level L with Σ weight × min(L, cap) >= ``needed``; ``None`` when no level does."""
    if needed <= 0:
        return Fraction(0)
    caps = [(_cap(i), Fraction(i.weight)) for i in issues]
    if sum(c * w for c, w in caps) < needed:
        return None
    fixed = Fraction(0)  # from the terms already at their cap
    for edge in sorted({c for c, _w in caps}):
        active = sum((w for c, w in caps if c >= edge), Fraction(0))
        level = (needed - fixed) / active
        if level <= edge:
            return level
        fixed += sum((c * w for c, w in caps if c == edge), Fraction(0))
    return None  # unreachable: the sum above already said so


def _least_number(issue: Issue, level: Fraction) -> Decimal:
    """The least value (towards worst) of a number term with utility ``level``, rounded towards best
    to the places its best and worst are written with, so it always reaches the level."""
    assert issue.best is not None and issue.worst is not None  # a number term keeps its rules
    exact = Fraction(issue.worst) + (Fraction(issue.best) - Fraction(issue.worst)) * level / HUNDRED
    places = max(amount_digits(issue.best)[1], amount_digits(issue.worst)[1])
    return round_up(exact, places) if issue.best > issue.worst else round_down(exact, places)


def _least_option(issue: Issue, level: Fraction) -> str | None:
    enough = [(score, name) for name, score in issue.options.items() if Fraction(score) >= level]
    return min(enough, key=lambda pair: pair[0])[1] if enough else None


def what_it_takes(plan: Plan, price: Decimal | None, point: Decimal | None = None) -> WhatItTakes | None:
    """At ``price``, the least values of the other terms that reach the minimum score.

    ``None`` when the plan has no package or no minimum score. See :class:`WhatItTakes`.
    """
    if not plan.has_package or plan.reservation.min_score is None or plan.price_weight is None:
        return None
    point = plan.reservation.value if point is None else point
    if price is not None and plan.is_better_for_us(point, price):
        return WhatItTakes(price, plan.reservation.min_score, Decimal(0), HUNDRED_DECIMAL, False, (), past_point=True)
    price_part = price_utility(plan, price, point)
    weights = sum((Fraction(i.weight) for i in plan.issues), Fraction(0))
    from_price = Fraction(0)
    if price_part is not None:
        weights += Fraction(plan.price_weight)
        from_price = Fraction(plan.price_weight) * price_part
    # Σ weight × utility >= minimum × Σ weights, the price's part known: what the terms must bring.
    level = _least_level(plan.issues, Fraction(plan.reservation.min_score) * weights - from_price)
    minimum = plan.reservation.min_score
    if level is None:
        return WhatItTakes(price, minimum, shown(price_part), HUNDRED_DECIMAL, False, ())
    needs = []
    for issue in plan.issues:
        wanted = min(level, _cap(issue))
        if wanted == 0:
            needs.append(TermNeed(issue, None, _more_is_better(issue)))
        elif issue.kind is IssueKind.OPTIONS:
            needs.append(TermNeed(issue, _least_option(issue, wanted), False))
        else:
            needs.append(TermNeed(issue, _least_number(issue, wanted), _more_is_better(issue)))
    return WhatItTakes(price, minimum, shown(price_part), round_up(level), True, tuple(needs))


def _more_is_better(issue: Issue) -> bool:
    if issue.kind is not IssueKind.NUMBER or issue.best is None or issue.worst is None:
        return False
    return issue.best > issue.worst


def _need_words(need: TermNeed) -> str:
    issue = need.issue
    if need.value is None:
        return f"any {issue.label}"
    if isinstance(need.value, str):
        better = [n for n, s in issue.options.items() if s > issue.options[need.value]]
        return f"{issue.label}: {need.value}" + (" or better" if better else "")
    unit = f" {issue.unit}" if issue.unit else ""
    bound = "at least" if need.at_least else "at most"
    return f"{issue.label} {bound} {amount_to_text(need.value)}{unit}"


def what_it_takes_text(plan: Plan, price: Decimal | None, point: Decimal | None = None) -> str:
    """The room's live line, e.g. ``At EUR 110,000 you need Warranty at least 3 years and Delivery at
    most 6 weeks to reach 70.`` (English; empty when the plan has no package minimum)."""
    answer = what_it_takes(plan, price, point)
    if answer is None:
        return ""
    at = f"At {format_money(price, plan.currency)}" if price is not None else "Without a price"
    minimum = amount_to_text(answer.min_score)
    if answer.past_point:
        return f"{at} the price is past your walk-away point: no other term makes up for it."
    if not answer.reachable:
        return f"{at} no package reaches {minimum}, even with every term at its best."
    if all(n.value is None for n in answer.needs):
        return f"{at} the price alone reaches {minimum}: any terms will do."
    words = [_need_words(n) for n in answer.needs if n.value is not None]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"{at} you need {listed} to reach {minimum}."
