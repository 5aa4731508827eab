"""Correcting a logged round: edit it or delete it, and keep the correction.

The log of rounds is evidence (of what was offered, and when), so a correction never
rewrites it silently: the round as it was and as corrected go into ``Plan.corrections``
with the moment of the correction. Rounds are numbered as the rounds table and
``walkaway`` show them: in the order they happened, 1 for the first.

Pure functions: they take a plan and return a corrected copy, or raise :class:`RoomError`
with one line saying what to fix (and change nothing).
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

from planner import limits
from planner.dates import moment_to_text
from planner.model import CorrectionAction, Plan, Round, RoundCorrection, SignalKind, Status
from planner.money import amount_to_text
from planner.plan_rules import RuleError, check_change
from planner.room import RoomError, build_round

#: The fields of a round a correction may change (their names in ``edited_plan`` and the CLI's --clear).
FIELDS = (
    "at",
    "their_offer",
    "our_offer",
    "unmet_conditions",
    "events",
    "first_time_today",
    "final",
    "hours",
    "note",
    "their_terms",
)
#: Rounds can be corrected while the deal is open or walked; a closed deal's log stays as it is.
CAN_CORRECT = frozenset({Status.NEGOTIATING, Status.REOPENED, Status.WALKED})


def _round_at(plan: Plan, number: int) -> Round:
    if plan.status not in CAN_CORRECT:
        raise RoomError(f"'{plan.title}' is {plan.status.value}: its rounds can no longer be corrected")
    ordered = plan.ordered_rounds()
    if not 1 <= number <= len(ordered):
        count = {0: "no rounds", 1: "1 round"}.get(len(ordered), f"{len(ordered)} rounds")
        raise RoomError(f"there is no round {number}: '{plan.title}' has {count}")
    return ordered[number - 1]


def _index(plan: Plan, target: Round) -> int:
    return next(i for i, r in enumerate(plan.rounds) if r is target)


def _recorded(plan: Plan, changed: Plan, correction: RoundCorrection) -> Plan:
    if len(plan.corrections) >= limits.MAX_CORRECTIONS:
        raise RoomError(f"'{plan.title}' holds {limits.MAX_CORRECTIONS} corrections already")
    if correction.at.tzinfo is None:
        raise ValueError("the moment of a correction needs a time zone")
    changed.corrections.append(correction)
    try:
        return check_change(plan, changed)  # the whole plan, as an import would check it
    except RuleError as error:
        raise RoomError(str(error)) from None


def edited_plan(plan: Plan, number: int, *, now: datetime, today: date, **changes: Any) -> Plan:
    """A copy of ``plan`` with round ``number`` changed as ``changes`` say (keys from :data:`FIELDS`)."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ValueError(f"not a field of a round: {', '.join(unknown)}")
    target = _round_at(plan, number)
    values: dict[str, Any] = {name: getattr(target, name) for name in FIELDS}
    values.update(changes)
    corrected = build_round(plan, phase=target.phase, today=today, **values)
    if corrected == target:
        raise RoomError(f"round {number} already says that: there is nothing to correct")
    changed = copy.deepcopy(plan)
    changed.rounds[_index(plan, target)] = corrected
    correction = RoundCorrection(now, CorrectionAction.EDIT, number, copy.deepcopy(target), copy.deepcopy(corrected))
    return _recorded(plan, changed, correction)


def deleted_plan(plan: Plan, number: int, *, now: datetime) -> Plan:
    """A copy of ``plan`` without round ``number``; a deal left without rounds is committed again."""
    target = _round_at(plan, number)
    changed = copy.deepcopy(plan)
    del changed.rounds[_index(plan, target)]
    if changed.status is Status.NEGOTIATING and not changed.rounds:
        changed.status = Status.COMMITTED if changed.commitments else Status.PLANNING
    return _recorded(plan, changed, RoundCorrection(now, CorrectionAction.DELETE, number, copy.deepcopy(target)))


# -- in words --------------------------------------------------------------------------------


def _value(plan: Plan, name: str, round_: Round) -> str:
    from planner.verdict_words import kind_name, money

    value = getattr(round_, name)
    if name == "at":
        return moment_to_text(value)
    if name in ("their_offer", "our_offer"):
        return money(plan, value) if value is not None else "none"
    if name == "hours":
        return format(value.normalize(), "f") if value is not None else "none"
    if name == "unmet_conditions":
        return "; ".join(value) or "none"
    if name == "events":
        return ", ".join(kind_name(e.kind, e.label if e.kind is SignalKind.CUSTOM else "") for e in value) or "none"
    if name in ("first_time_today", "final"):
        return {True: "yes", False: "no", None: "not answered"}[value]
    if name == "their_terms":
        return ", ".join(f"{k} {v if isinstance(v, str) else amount_to_text(v)}" for k, v in value.items()) or "none"
    return f"'{value}'" if value else "none"


_NAMES = {
    "at": "date",
    "their_offer": "their offer",
    "our_offer": "our offer",
    "unmet_conditions": "unmet conditions",
    "events": "signals",
    "first_time_today": "would sign if new today",
    "final": "their final offer",
    "hours": "hours",
    "note": "note",
    "their_terms": "their terms",
}


def changes(correction: RoundCorrection) -> list[str]:
    """The names of the fields a correction changed (all of them for a deletion)."""
    after = correction.after
    return [name for name in FIELDS if after is None or getattr(correction.before, name) != getattr(after, name)]


def correction_text(plan: Plan, correction: RoundCorrection) -> str:
    """'Round 2 corrected 2026-11-20T09:30:00+00:00: their offer EUR 19,900 → EUR 19,000.'"""
    when = moment_to_text(correction.at)
    if correction.after is None:
        said = [
            f"{_NAMES[n]} {_value(plan, n, correction.before)}"
            for n in ("at", "their_offer", "our_offer")
            if getattr(correction.before, n) is not None
        ]
        return f"Round {correction.number} deleted {when}; it said: " + ", ".join(said) + "."
    after = correction.after
    moved = [
        f"{_NAMES[n]} {_value(plan, n, correction.before)} → {_value(plan, n, after)}" for n in changes(correction)
    ]
    return f"Round {correction.number} corrected {when}: " + "; ".join(moved) + "."
