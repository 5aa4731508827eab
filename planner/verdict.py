"""The verdict in the room: the second edition of the rules (issue 15), the one place they live.

:func:`assess` is a pure function of the plan. A deal's rounds fall into phases: phase 0 before
any walk, phase ``n`` after the ``n``-th reopening. The *current phase* is the latest one (all
rounds when the deal was never reopened); ``assess(plan, phase=k)`` judges phase ``k`` instead.

- headroom: ``point − their offer`` when buying, ``their offer − point`` when selling, on the
  latest round of the phase that has their offer; negative is past the point; ``None`` when no
  round of the phase has their offer. Exactly at the point is acceptable. The point is the
  walk-away point of the plan; once the deal was walked away from, the one committed before
  that walk (:func:`judging_point`): a point moved after a walk is shown beside it, never
  used in its place. Without such a revision the two are the same.
- Reasons read from the latest round of the phase:

  - ``price_past_reservation``: headroom < 0;
  - ``conditions_unmet``: the latest round lists at least one unmet condition;
  - ``package_below_minimum`` (packages, issue 19): the package score (:mod:`planner.package`, on
    the latest round of the phase with their offer or their terms) is below ``reservation.min_score``;
    treated exactly like ``price_past_reservation`` below. The price's point stays a hard limit
    of its own: a package scoring well never makes an offer past the point acceptable;
  - ``first_time_test_failed``: the latest round answers the first-time-today test with no;
  - ``stalled_past_reservation``: their offer is past the point and no better for us than their
    previous offer in the same phase (the same, or moving away);
  - ``final_offer``: terms past the point, with unmet conditions or a package below the minimum
    were declared final (the latest round is marked final), which is what makes the verdict ``walk``;
  - ``signal:KIND`` / ``signal:custom:LABEL``: that signal's events reach its threshold, counted
    over all rounds of all phases (bad faith before a walk still predicts behaviour after it).

- The verdict, first match wins:

  1. ``walk``: ``first_time_test_failed``, or ``price_past_reservation``, ``conditions_unmet`` or
     ``package_below_minimum`` while the latest round is final (it may carry no offer of its own);
  2. ``consider`` (consider walking): any signal at its threshold, or ``stalled_past_reservation``;
  3. ``counter`` (don't accept, counter): ``price_past_reservation``, ``conditions_unmet`` or
     ``package_below_minimum``, the latest round not final;
  4. ``proceed``: the phase has a round and none of the above;
  5. ``no_offer``: the phase has no round and no signal fired: nothing to judge yet.

Reasons are reported in the order above (signals in canonical order: the four standard
signals, then custom ones by label).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum

from planner.dates import moment_day
from planner.model import Plan, Round, Side, SignalKind, Walk
from planner.package import score_rounds

PRICE_PAST_RESERVATION = "price_past_reservation"
CONDITIONS_UNMET = "conditions_unmet"
PACKAGE_BELOW_MINIMUM = "package_below_minimum"
FIRST_TIME_TEST_FAILED = "first_time_test_failed"
STALLED_PAST_RESERVATION = "stalled_past_reservation"
FINAL_OFFER = "final_offer"
#: The reasons read from the rounds themselves, in the order they are reported (signals follow).
ROUND_REASONS = (
    PRICE_PAST_RESERVATION,
    CONDITIONS_UNMET,
    PACKAGE_BELOW_MINIMUM,
    FIRST_TIME_TEST_FAILED,
    STALLED_PAST_RESERVATION,
    FINAL_OFFER,
)
#: The terms that must not be accepted as they stand: a counter, or a walk once declared final.
PAST_THE_POINT = (PRICE_PAST_RESERVATION, CONDITIONS_UNMET, PACKAGE_BELOW_MINIMUM)
SIGNAL_PREFIX = "signal:"

_STANDARD_ORDER = (
    SignalKind.BAD_FAITH,
    SignalKind.UNILATERAL_CONCESSIONS,
    SignalKind.AUTHORITY,
    SignalKind.SCOPE_DRIFT,
)


class Verdict(StrEnum):
    WALK = "walk"
    CONSIDER = "consider"  # consider walking
    COUNTER = "counter"  # don't accept: counter
    PROCEED = "proceed"
    NO_OFFER = "no_offer"  # nothing to judge yet


@dataclass(frozen=True, slots=True)
class SignalCount:
    """How often one declared signal was seen, against the threshold the plan set for it."""

    key: str  # "bad_faith" or "custom:LABEL"
    kind: SignalKind
    label: str
    count: int
    threshold: int

    @property
    def triggered(self) -> bool:
        return self.count >= self.threshold

    @property
    def reason(self) -> str:
        return SIGNAL_PREFIX + self.key


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    reasons: tuple[str, ...]  # codes: ROUND_REASONS first, then signal:KEY in canonical order
    headroom: Decimal | None
    signals: tuple[SignalCount, ...]  # standard signals first, then custom ones by label
    phase: int  # the phase judged
    rounds: int  # how many rounds of that phase were looked at
    their_offer: Decimal | None  # the offer the headroom was taken on
    unmet_conditions: tuple[str, ...]  # of the latest round of the phase
    previous_offer: Decimal | None = None  # their offer before that one, in the same phase
    final: bool = False  # the latest round of the phase was declared final
    point: Decimal = Decimal(0)  # the walk-away point the offers were judged against
    package_score: Decimal | None = None  # 0..100, one decimal; None without a package or a round to score
    min_score: Decimal | None = None  # the plan's minimum package score (None: no package minimum)

    def signal(self, key: str) -> SignalCount | None:
        return next((s for s in self.signals if s.key == key), None)

    @property
    def triggered_signals(self) -> tuple[SignalCount, ...]:
        return tuple(s for s in self.signals if s.triggered)


def rounds_in_phase(plan: Plan, phase: int | None = None) -> list[Round]:
    """The plan's rounds in the order they happened, optionally only those of one phase."""
    ordered = plan.ordered_rounds()
    return ordered if phase is None else [r for r in ordered if r.phase == phase]


def headroom(side: Side, reservation: Decimal, their_offer: Decimal) -> Decimal:
    """How far their offer is inside the walk-away point (negative: past it), exactly."""
    # Amounts have at most 19 significant digits; a difference needs at most 20. Never round.
    with localcontext() as context:
        context.prec = 40
        return reservation - their_offer if side is Side.BUY else their_offer - reservation


def _signal_order(count: SignalCount) -> tuple[int, str]:
    if count.kind in _STANDARD_ORDER:
        return (_STANDARD_ORDER.index(count.kind), "")
    return (len(_STANDARD_ORDER), count.label)


def count_signals(plan: Plan, rounds: list[Round]) -> tuple[SignalCount, ...]:
    """Events per declared signal over ``rounds``; events of undeclared signals are not counted."""
    seen: dict[str, int] = {}
    for round_ in rounds:
        for event in round_.events:
            seen[event.key] = seen.get(event.key, 0) + 1
    counts = [SignalCount(s.key, s.kind, s.label, seen.get(s.key, 0), s.threshold) for s in plan.signals]
    # Canonical order, so nothing downstream depends on the order signals were declared in.
    return tuple(sorted(counts, key=_signal_order))


def point_before_walk(plan: Plan, walk: Walk | None = None) -> Decimal:
    """The walk-away point in force when ``walk`` (default: the latest walk) happened."""
    walk = walk if walk is not None else plan.walked
    if walk is not None:
        walked_on = moment_day(walk.at)
        signed = [c for c in plan.commitments if c.reservation_value is not None and c.signed_at.date() <= walked_on]
        if signed:
            return signed[-1].reservation_value  # type: ignore[return-value]
        first = plan.commitments[0].reservation_value if plan.commitments else None
        if first is not None:
            return first
    return plan.reservation.value


def judging_point(plan: Plan, phase: int) -> Decimal:
    """The point phase ``phase`` is judged against: the plan's own until a walk, then the one committed
    before the walk that ended the phase (or, for the phase after the latest walk, before that walk)."""
    walks = plan.walks()
    if not walks:
        return plan.reservation.value
    return point_before_walk(plan, walks[min(phase, len(walks) - 1)][1])


def judged_phase(plan: Plan, phase: int | None = None) -> int:
    """The phase :func:`assess` judges: ``phase`` when given, else the current one.

    (A round is never in a later phase than the deal's own, by :mod:`planner.plan_rules`; a plan
    built by hand that breaks this is judged on its latest phase.)"""
    if phase is not None:
        return phase
    return max([plan.current_phase, *(r.phase for r in plan.rounds)])


def assess(plan: Plan, phase: int | None = None) -> Assessment:
    """The verdict on ``plan``: its current phase, or ``phase`` when given (see the module doc)."""
    return assess_rounds(plan, plan.ordered_rounds(), judged_phase(plan, phase))


def assess_rounds(plan: Plan, ordered: list[Round], judged: int) -> Assessment:
    """The verdict on phase ``judged`` given the deal's rounds so far, in order (``plan.ordered_rounds()``
    or a beginning of it: the rounds table shows the verdict as it stood after each round)."""
    rounds = [r for r in ordered if r.phase == judged]
    latest = rounds[-1] if rounds else None
    offers = [r.their_offer for r in rounds if r.their_offer is not None]
    their_offer = offers[-1] if offers else None
    previous = offers[-2] if len(offers) > 1 else None
    point = judging_point(plan, judged)
    room = headroom(plan.side, point, their_offer) if their_offer is not None else None
    final = latest is not None and latest.final

    past_price = room is not None and room < 0
    unmet = latest is not None and bool(latest.unmet_conditions)
    package = score_rounds(plan, rounds, point)
    below = package is not None and package.below_minimum
    failed_test = latest is not None and latest.first_time_today is False
    stalled = (
        past_price
        and previous is not None
        and their_offer is not None
        and not plan.is_better_for_us(their_offer, previous)
    )
    declared_final = final and (past_price or unmet or below)

    reasons = [
        code
        for code, holds in (
            (PRICE_PAST_RESERVATION, past_price),
            (CONDITIONS_UNMET, unmet),
            (PACKAGE_BELOW_MINIMUM, below),
            (FIRST_TIME_TEST_FAILED, failed_test),
            (STALLED_PAST_RESERVATION, stalled),
            (FINAL_OFFER, declared_final),
        )
        if holds
    ]
    signals = count_signals(plan, ordered)
    fired = [s.reason for s in signals if s.triggered]
    reasons.extend(fired)

    if failed_test or declared_final:
        verdict = Verdict.WALK
    elif fired or stalled:
        verdict = Verdict.CONSIDER
    elif past_price or unmet or below:
        verdict = Verdict.COUNTER
    elif rounds:
        verdict = Verdict.PROCEED
    else:
        verdict = Verdict.NO_OFFER
    return Assessment(
        verdict=verdict,
        reasons=tuple(reasons),
        headroom=room,
        signals=signals,
        phase=judged,
        rounds=len(rounds),
        their_offer=their_offer,
        unmet_conditions=tuple(latest.unmet_conditions) if latest is not None else (),
        previous_offer=previous,
        final=final,
        point=point,
        package_score=package.score if package is not None else None,
        min_score=plan.reservation.min_score if plan.has_package else None,
    )
