r"""The rules a package keeps (issue 19), for :mod:`planner.plan_rules`; each check yields ``Problem``\ s.

- ``issues``: at most :data:`limits.MAX_ISSUES`; each with a key (letters, digits, ``_ . -``, at
  most :data:`limits.ISSUE_KEY_CHARS`, never ``price``, no two alike ignoring case), a label, a
  weight from 1 to 100; a number term has ``best`` and ``worst`` (different) and no options; an
  options term has 1 to :data:`limits.MAX_OPTIONS` options, each named (no two alike ignoring
  case) and scored 0 to 100, and no best, worst or unit.
- ``price_weight``: from 1 to 100, required with issues; ``reservation.min_score``: 0 to 100.
  Neither without issues (a plan without terms besides the price has no package).
- ``rounds[i].their_terms``: keys of the plan's issues; a number for a number term, the name of
  one of its options for an options term.

Paths are those of the plan file (``issues[1].weight``, ``rounds[0].their_terms.title``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from planner import limits
from planner.model import Issue, IssueKind, PackageDefinition, Plan, Round, TermValue
from planner.money import AmountError, check_amount, check_plan_amount
from planner.rule_checks import Problem, too_many

_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
#: The price is scored from the offer itself: no term may take its name.
RESERVED_KEYS = frozenset({"price"})


def key_problem(key: object) -> str | None:
    """Why ``key`` cannot name a term, in a few words; ``None`` when it can."""
    if not isinstance(key, str) or not key:
        return "a term needs a key"
    if len(key) > limits.ISSUE_KEY_CHARS:
        return f"longer than {limits.ISSUE_KEY_CHARS} characters"
    if not _KEY.fullmatch(key):
        return "only letters, digits, '_', '.' and '-' (starting with a letter, a digit or '_')"
    if key.casefold() in RESERVED_KEYS:
        return "'price' is scored from the offer itself; give the term another key"
    return None


def ranged_problem(value: object, low: int, high: int) -> str | None:
    """Why ``value`` is not an exact number from ``low`` to ``high`` (four places at most)."""
    if not isinstance(value, Decimal):
        return f"must be a number from {low} to {high}"
    try:
        check_plan_amount(value)
    except AmountError as error:
        return str(error)
    if not low <= value <= high:
        return f"must be from {low} to {high}"
    return None


def number_problem(value: object) -> str | None:
    """Why ``value`` is not a term's number (exact, within the amount limits; below zero allowed)."""
    if not isinstance(value, Decimal):
        return "must be a number"
    try:
        check_amount(value)
    except AmountError as error:
        return str(error)
    return None


def issue_problems(issues: list[Issue], where: str = "issues") -> Iterator[Problem]:
    """Every rule the terms break (their number, keys, labels, weights, best/worst, options)."""
    # Their texts (labels, units, option names) are checked with the plan's others: rule_checks.issue_texts.
    yield from too_many(issues, limits.MAX_ISSUES, where)
    seen: set[str] = set()
    for i, issue in enumerate(issues):
        at = f"{where}[{i}]"
        problem = key_problem(issue.key)
        if problem:
            yield Problem(f"{at}.key", problem)
        elif issue.key.casefold() in seen:
            yield Problem(f"{at}.key", f"'{issue.key}' is the key of another term")
        else:
            seen.add(issue.key.casefold())
        problem = ranged_problem(issue.weight, 1, limits.MAX_WEIGHT)
        if problem:
            yield Problem(f"{at}.weight", problem)
        if issue.kind is IssueKind.NUMBER:
            yield from _number_issue_problems(issue, at)
        elif issue.kind is IssueKind.OPTIONS:
            yield from _options_issue_problems(issue, at)
        else:
            yield Problem(f"{at}.kind", "must be 'number' or 'options'")


def _number_issue_problems(issue: Issue, at: str) -> Iterator[Problem]:
    for name, value in (("best", issue.best), ("worst", issue.worst)):
        if value is None:
            yield Problem(f"{at}.{name}", "a number term needs its best and its worst value")
        else:
            problem = number_problem(value)
            if problem:
                yield Problem(f"{at}.{name}", problem)
    if issue.best is not None and issue.best == issue.worst:
        yield Problem(f"{at}.worst", "must differ from best: a term scores from its worst (0) to its best (100)")
    if issue.options:
        yield Problem(f"{at}.options", "only an options term has options")


def _options_issue_problems(issue: Issue, at: str) -> Iterator[Problem]:
    if not issue.options:
        yield Problem(f"{at}.options", "an options term needs at least one option")
    if len(issue.options) > limits.MAX_OPTIONS:
        yield Problem(f"{at}.options", f"more than {limits.MAX_OPTIONS} entries")
    folded: set[str] = set()
    for name, score in issue.options.items():
        if name.casefold() in folded:
            yield Problem(f"{at}.options.{name}", "listed twice (names are compared ignoring case)")
        folded.add(name.casefold())
        problem = ranged_problem(score, 0, limits.MAX_SCORE)
        if problem:
            yield Problem(f"{at}.options.{name}", problem)
    for name, value in (("best", issue.best), ("worst", issue.worst)):
        if value is not None:
            yield Problem(f"{at}.{name}", "an options term scores its options: it has no best or worst")
    if issue.unit:
        yield Problem(f"{at}.unit", "only a number term has a unit")


def definition_problems(
    issues: list[Issue], price_weight: Decimal | None, min_score: Decimal | None, where: str = ""
) -> Iterator[Problem]:
    """The terms, the price's weight and the minimum score (``where``: a prefix for a commitment's copy)."""
    prefix = f"{where}." if where else ""
    yield from issue_problems(issues, f"{prefix}issues")
    weight_path = f"{prefix}price_weight"
    minimum_path = f"{prefix}min_score" if where else "reservation.min_score"
    if issues and price_weight is None:
        yield Problem(weight_path, f"a package needs the price's weight (1 to {limits.MAX_WEIGHT})")
    if not issues and price_weight is not None:
        yield Problem(weight_path, "only a plan with terms besides the price (issues) has a price weight")
    if not issues and min_score is not None:
        yield Problem(minimum_path, "only a plan with terms besides the price (issues) has a minimum score")
    if price_weight is not None:
        problem = ranged_problem(price_weight, 1, limits.MAX_WEIGHT)
        if problem:
            yield Problem(weight_path, problem)
    if min_score is not None:
        problem = ranged_problem(min_score, 0, limits.MAX_SCORE)
        if problem:
            yield Problem(minimum_path, problem)


def term_value_problem(issue: Issue, value: TermValue) -> str | None:
    """Why ``value`` is not a value of ``issue``; ``None`` when it is."""
    if issue.kind is IssueKind.OPTIONS:
        if not isinstance(value, str) or value not in issue.options:
            names = ", ".join(issue.options)
            return f"not one of the options of '{issue.key}' ({names})"
        return None
    return number_problem(value)


def round_term_problems(plan: Plan, where: str, round_: Round) -> Iterator[Problem]:
    """A round's ``their_terms``: each key a term of the plan, each value one of that term's."""
    for key, value in round_.their_terms.items():
        issue = plan.issue(key)
        if issue is None:
            known = ", ".join(i.key for i in plan.issues) or "the plan has none"
            yield Problem(f"{where}.their_terms.{key}", f"not the key of one of the plan's terms ({known})")
            continue
        problem = term_value_problem(issue, value)
        if problem:
            yield Problem(f"{where}.their_terms.{key}", problem)


def kept_round_term_problems(where: str, round_: Round) -> Iterator[Problem]:
    """A corrected round's terms (kept as logged): keys and values of the right kinds, nothing more,
    since the terms it named may have changed since."""
    for key, value in round_.their_terms.items():
        problem = key_problem(key)
        if problem:
            yield Problem(f"{where}.their_terms", problem)
        elif not isinstance(value, str):
            problem = number_problem(value)
            if problem:
                yield Problem(f"{where}.their_terms.{key}", problem)


def package_problems(plan: Plan) -> Iterator[Problem]:
    """Every package rule ``plan`` breaks: its definition, its rounds' terms, its commitments' copies."""
    yield from definition_problems(plan.issues, plan.price_weight, plan.reservation.min_score)
    for i, round_ in enumerate(plan.rounds):
        yield from round_term_problems(plan, f"rounds[{i}]", round_)
    for i, correction in enumerate(plan.corrections):
        yield from kept_round_term_problems(f"corrections[{i}].before", correction.before)
        if correction.after is not None:
            yield from kept_round_term_problems(f"corrections[{i}].after", correction.after)
    for i, commitment in enumerate(plan.commitments):
        if commitment.package is not None:
            yield from _signed_package_problems(commitment.package, f"commitments[{i}].package")


def _signed_package_problems(package: PackageDefinition, where: str) -> Iterator[Problem]:
    yield from definition_problems(package.issues, package.price_weight, package.min_score, where)
