"""The rules a plan keeps, whichever way it came in: one place for each.

The command line and the window refuse a round, a walk, a reopening or an
outcome that breaks one of these (through :mod:`planner.room`,
:mod:`planner.reopen`, :mod:`planner.followups`, :mod:`planner.commitment`, and
the window's edit guard), and a plan file is checked against all of them after
its JSON is read (:func:`check_plan`). So nothing Walkaway stores is refused when
it is exported and imported again, and nothing a file brings in is something
Walkaway itself would never write.

Paths are those of the plan file (``rounds[1].their_offer``), which the user can find.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import fields
from decimal import Decimal

from planner import limits
from planner.history_checks import correction_problems, history_problems
from planner.model import Plan, Round
from planner.money import AmountError, check_plan_amount
from planner.package_checks import package_problems, round_term_problems
from planner.rule_checks import (
    EMPTY_ROUND,
    PNG_MAGIC,
    Problem,
    RuleError,
    amount_problems,
    amounts_beside_rounds,
    budget_problem,
    commitment_problems,
    condition_problems,
    currency_problem,
    is_empty_round,
    list_problems,
    not_before,
    option_names,
    outcome_problem,
    round_problems,
    round_texts,
    signal_problems,
    text_problems,
    texts_beside_rounds,
    too_many,
)
from planner.text_rules import TextRule, character_problem, text_problem

__all__ = [
    "EMPTY_ROUND",
    "PNG_MAGIC",
    "Problem",
    "RuleError",
    "check_change",
    "check_new_round",
    "check_plan",
    "currency_problem",
    "first_problem",
    "is_empty_round",
    "keep_rules",
    "not_before",
    "outcome_problem",
    "plan_problems",
    "require_amount",
    "require_characters",
    "require_room",
    "require_text",
    "signal_problems",
    "text_fields",
]


# -- single rules, used at the entries and by the whole-plan check -----------------------------


def require_text(value: str, rule: TextRule, where: str) -> str:
    """``value`` if it is a text ``rule`` accepts, else :class:`RuleError` naming ``where``."""
    problem = text_problem(value, rule)
    if problem:
        raise RuleError(where, problem)
    return value


def require_characters(value: str, rule: TextRule, where: str) -> str:
    """``value`` as given (before any ``strip()``) holds no character ``rule`` refuses."""
    problem = character_problem(value, multiline=rule.multiline)
    if problem:
        raise RuleError(where, problem)
    return value


def require_amount(value: Decimal | None, where: str) -> Decimal | None:
    """An amount of a plan (exact within the limits, not negative), or ``None``."""
    if value is None:
        return None
    try:
        return check_plan_amount(value)
    except AmountError as error:
        raise RuleError(where, str(error)) from None


def require_room(items: Sequence[object], limit: int, where: str, adding: int = 0) -> None:
    """Refuse a list that holds (or, after ``adding``, would hold) more than ``limit`` entries."""
    if len(items) + adding > limit:
        raise RuleError(where, f"more than {limit} entries")


# -- the whole plan -----------------------------------------------------------------------------


def text_fields(plan: Plan) -> Iterator[tuple[str, str, TextRule]]:
    """``(path, text, rule)`` for every text a plan holds: what the property tests walk through."""
    yield from texts_beside_rounds(plan)
    for i, round_ in enumerate(plan.rounds):
        yield from round_texts(i, round_)


def plan_problems(plan: Plan) -> Iterator[Problem]:
    """Every rule ``plan`` breaks, as ``Problem(path, message)``; nothing when it keeps them all."""
    yield from list_problems(plan)
    yield from text_problems(texts_beside_rounds(plan))
    yield from text_problems(option_names(plan))
    yield from budget_problem(plan)
    currency = currency_problem(plan.currency)
    if currency:
        yield Problem("currency", currency)
    yield from amount_problems(amounts_beside_rounds(plan))
    yield from signal_problems(plan.signals)
    yield from condition_problems(plan)
    for i, round_ in enumerate(plan.rounds):
        yield from round_problems(plan, i, round_)
    yield from package_problems(plan)
    yield from history_problems(plan)
    yield from correction_problems(plan)
    yield from commitment_problems(plan)


def first_problem(plan: Plan) -> Problem | None:
    return next(plan_problems(plan), None)


def check_plan(plan: Plan) -> Plan:
    """``plan`` if it keeps every rule, else :class:`RuleError` for the first it breaks."""
    problem = first_problem(plan)
    if problem is not None:
        raise RuleError(problem.path, problem.message)
    return plan


def check_change(before: Plan, after: Plan) -> Plan:
    """``after`` unless it breaks a rule that ``before`` kept: :class:`RuleError` for the first.

    Every action checks its result this way, so nothing it stores would be refused by an
    import, while a deal that already broke a rule (an older file) can still be worked on.
    """
    known: set[Problem] | None = None
    for problem in plan_problems(after):
        if known is None:  # worked out only when there is a problem at all
            known = set(plan_problems(before))
        if problem not in known:
            raise RuleError(problem.path, problem.message)
    return after


def keep_rules(before: Plan, plan: Plan) -> None:
    """:func:`check_change` for an action that changed ``plan`` in place: refused, it is put back."""
    try:
        check_change(before, plan)
    except RuleError:
        for item in fields(plan):
            setattr(plan, item.name, getattr(before, item.name))
        raise


def check_new_round(plan: Plan, round_: Round) -> None:
    """The rules a round just appended to ``plan`` could break, without going through the rest of it.

    What :func:`check_change` would say for this one change, in the time the room has for it:
    the round itself, the number of rounds, and the plan's text budget.
    """
    index = len(plan.rounds) - 1
    problems = [
        *too_many(plan.rounds, limits.MAX_ROUNDS, "rounds"),
        *round_problems(plan, index, round_),
        *round_term_problems(plan, f"rounds[{index}]", round_),
        *budget_problem(plan),
    ]
    if problems:
        raise RuleError(problems[0].path, problems[0].message)
