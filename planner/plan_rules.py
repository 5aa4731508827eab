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

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from planner import limits
from planner.dates import Moment, moment_day, moment_sort_key
from planner.errors import WalkawayError
from planner.model import Plan, Round, Signal, SignalKind, Status
from planner.money import AmountError, check_plan_amount
from planner.text_rules import (
    GENERATED,
    LABEL,
    LINE,
    NOTE,
    REASON,
    TITLE,
    TextRule,
    character_problem,
    text_problem,
)

_CURRENCY = re.compile(r"[A-Z]{3}")
EMPTY_ROUND = "an empty round: give at least their offer, our offer, a condition, a signal or a note"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class RuleError(WalkawayError):
    """A value that breaks a rule of the plan; ``path`` names the field (may be empty)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


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


def is_empty_round(round_: Round) -> bool:
    """Nothing said or seen: no offer, no unmet condition, no signal, no answer, no note."""
    return (
        round_.their_offer is None
        and round_.our_offer is None
        and not round_.unmet_conditions
        and not round_.events
        and round_.first_time_today is None
        and not round_.note.strip()
    )


def outcome_problem(status: Status, amount: Decimal | None) -> str | None:
    """An agreement has its amount; a dropped deal has none."""
    if status not in (Status.AGREED, Status.DROPPED):
        return f"an outcome is agreed or dropped, not {status.value}"
    if status is Status.AGREED and amount is None:
        return "an agreement needs the agreed amount"
    if status is Status.DROPPED and amount is not None:
        return "a dropped deal has no agreed amount"
    return None


def not_before(later: Moment, earlier: Moment) -> bool:
    return moment_sort_key(later) >= moment_sort_key(earlier)


def currency_problem(code: object) -> str | None:
    if not isinstance(code, str) or not _CURRENCY.fullmatch(code):
        return "not an ISO 4217 code (three capital letters, e.g. EUR)"
    return None


# -- every text field of a plan ---------------------------------------------------------------


def text_fields(plan: Plan) -> Iterator[tuple[str, str, TextRule]]:
    """``(path, text, rule)`` for every text a plan holds: what the property tests walk through."""
    yield "title", plan.title, TITLE
    yield "counterparty", plan.counterparty, LINE
    yield "unit", plan.unit, LINE
    yield "signer", plan.signer, LINE
    for i, condition in enumerate(plan.reservation.conditions):
        yield f"reservation.conditions[{i}]", condition, LABEL
    yield "reservation.rationale", plan.reservation.rationale, NOTE
    for i, alternative in enumerate(plan.alternatives):
        yield f"alternatives[{i}].name", alternative.name, TITLE
        yield f"alternatives[{i}].notes", alternative.notes, NOTE
    for i, signal in enumerate(plan.signals):
        yield f"signals[{i}].label", signal.label, LINE
    yield "script.acknowledge", plan.script.acknowledge, NOTE
    yield "script.reason", plan.script.reason, NOTE
    yield "script.door", plan.script.door, NOTE
    for i, round_ in enumerate(plan.rounds):
        for j, condition in enumerate(round_.unmet_conditions):
            yield f"rounds[{i}].unmet_conditions[{j}]", condition, LINE
        for j, event in enumerate(round_.events):
            yield f"rounds[{i}].events[{j}].label", event.label, LINE
            yield f"rounds[{i}].events[{j}].note", event.note, NOTE
        yield f"rounds[{i}].note", round_.note, NOTE
    if plan.walked is not None:
        yield "walked.reason", plan.walked.reason, REASON
        yield "walked.script_delivered", plan.walked.script_delivered, GENERATED
        for i, move in enumerate(plan.walked.moves):
            yield f"walked.follow_up_moves[{i}].note", move.note, NOTE
    if plan.reopened is not None:
        yield "reopened.note", plan.reopened.note, NOTE
    yield "their_side.decision_maker", plan.their_side.decision_maker, LINE
    yield "their_side.at_table", plan.their_side.at_table, LINE
    yield "their_side.alternatives", plan.their_side.alternatives, NOTE
    for i, commitment in enumerate(plan.commitments):
        yield f"commitments[{i}].signer", commitment.signer, TITLE
        yield f"commitments[{i}].statement", commitment.statement, GENERATED
        yield f"commitments[{i}].reason", commitment.reason, NOTE
        for j, condition in enumerate(commitment.conditions):
            yield f"commitments[{i}].conditions[{j}]", condition, LINE
    if plan.outcome is not None:
        yield "outcome.note", plan.outcome.note, NOTE


# -- the whole plan -----------------------------------------------------------------------------


def plan_problems(plan: Plan) -> Iterator[Problem]:
    """Every rule ``plan`` breaks, as ``Problem(path, message)``; nothing when it keeps them all."""
    yield from _list_problems(plan)
    total = 0
    for path, text, rule in text_fields(plan):
        problem = text_problem(text, rule)
        if problem:
            yield Problem(path, problem)
        total += len(text) if isinstance(text, str) else 0
    if total > limits.MAX_PLAN_TEXT_CHARS:
        yield Problem("", f"the plan holds more than {limits.MAX_PLAN_TEXT_CHARS:,} characters of text in all")
    currency = currency_problem(plan.currency)
    if currency:
        yield Problem("currency", currency)
    yield from _amount_problems(plan)
    yield from signal_problems(plan.signals)
    yield from _round_problems(plan)
    yield from _history_problems(plan)
    yield from _commitment_problems(plan)


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


def _too_many(items: Sequence[object], limit: int, path: str) -> Iterator[Problem]:
    if len(items) > limit:
        yield Problem(path, f"more than {limit} entries")


def _list_problems(plan: Plan) -> Iterator[Problem]:
    yield from _too_many(plan.reservation.conditions, limits.MAX_CONDITIONS, "reservation.conditions")
    yield from _too_many(plan.alternatives, limits.MAX_ALTERNATIVES, "alternatives")
    custom = [s for s in plan.signals if s.kind is SignalKind.CUSTOM]
    yield from _too_many(custom, limits.MAX_CUSTOM_SIGNALS, "signals")
    yield from _too_many(plan.rounds, limits.MAX_ROUNDS, "rounds")
    for i, round_ in enumerate(plan.rounds):
        yield from _too_many(round_.events, limits.MAX_EVENTS, f"rounds[{i}].events")
        yield from _too_many(round_.unmet_conditions, limits.MAX_CONDITIONS, f"rounds[{i}].unmet_conditions")
    if plan.walked is not None:
        yield from _too_many(plan.walked.moves, limits.MAX_FOLLOW_UP_MOVES, "walked.follow_up_moves")
    yield from _too_many(plan.commitments, limits.MAX_COMMITMENTS, "commitments")
    for i, commitment in enumerate(plan.commitments):
        yield from _too_many(commitment.conditions, limits.MAX_CONDITIONS, f"commitments[{i}].conditions")
        png = commitment.signature_png
        if png is not None and len(png) > limits.MAX_SIGNATURE_BYTES:
            yield Problem(f"commitments[{i}].signature_png", f"larger than {limits.MAX_SIGNATURE_BYTES} bytes")
        elif png is not None and not png.startswith(PNG_MAGIC):
            yield Problem(f"commitments[{i}].signature_png", "not a PNG image")


def _amounts(plan: Plan) -> Iterator[tuple[str, Decimal | None]]:
    yield "reservation.value", plan.reservation.value
    yield "target", plan.target
    yield "opening", plan.opening
    for i, alternative in enumerate(plan.alternatives):
        yield f"alternatives[{i}].value", alternative.value
        yield f"alternatives[{i}].likelihood", alternative.likelihood
    for i, round_ in enumerate(plan.rounds):
        yield f"rounds[{i}].their_offer", round_.their_offer
        yield f"rounds[{i}].our_offer", round_.our_offer
        yield f"rounds[{i}].hours", round_.hours
    yield "their_side.walk_away", plan.their_side.walk_away
    for i, commitment in enumerate(plan.commitments):
        yield f"commitments[{i}].reservation_value", commitment.reservation_value
    if plan.outcome is not None:
        yield "outcome.amount", plan.outcome.amount


def _amount_problems(plan: Plan) -> Iterator[Problem]:
    for path, value in _amounts(plan):
        if value is None:
            continue
        try:
            check_plan_amount(value)
        except AmountError as error:
            yield Problem(path, str(error))
            continue
        if path.endswith(".likelihood") and value > 1:
            yield Problem(path, "must be between 0 and 1")


def signal_problems(signals: Sequence[Signal]) -> Iterator[Problem]:
    """Thresholds in range, labels for custom signals only, no signal twice (labels ignoring case).

    Takes the list as written (a plan file's own order), since the plan adds and sorts the standard ones.
    """
    seen: set[str] = set()
    for i, signal in enumerate(signals):
        label = text_problem(signal.label, LINE)
        if label:
            yield Problem(f"signals[{i}].label", label)
        if isinstance(signal.threshold, bool) or not isinstance(signal.threshold, int):
            yield Problem(f"signals[{i}].threshold", "must be a whole number")
        elif not 1 <= signal.threshold <= limits.MAX_SIGNAL_THRESHOLD:
            yield Problem(f"signals[{i}].threshold", f"must be a whole number from 1 to {limits.MAX_SIGNAL_THRESHOLD}")
        if signal.kind is SignalKind.CUSTOM:
            if not signal.label.strip():
                yield Problem(f"signals[{i}]", "a custom signal needs a label")
            key = "custom:" + signal.label.casefold()  # the room matches labels ignoring case
        else:
            if signal.label:
                yield Problem(f"signals[{i}]", "only custom signals take a label")
            key = signal.kind.value
        if key in seen:
            yield Problem(f"signals[{i}]", "this signal is declared twice")
        seen.add(key)


def _round_problems(plan: Plan) -> Iterator[Problem]:
    conditions = plan.reservation.conditions
    folded: set[str] = set()
    for i, condition in enumerate(conditions):
        if condition.casefold() in folded:  # the room matches conditions ignoring case
            yield Problem(f"reservation.conditions[{i}]", "listed twice")
        folded.add(condition.casefold())
    declared = {s.label for s in plan.signals if s.kind is SignalKind.CUSTOM}
    for i, round_ in enumerate(plan.rounds):
        where = f"rounds[{i}]"
        if is_empty_round(round_):
            yield Problem(where, EMPTY_ROUND)
        if round_.phase not in (0, 1) or isinstance(round_.phase, bool):
            yield Problem(f"{where}.phase", "must be 0 or 1")
        elif round_.phase == 1 and plan.reopened is None:
            yield Problem(f"{where}.phase", "phase 1 is for rounds after a reopening, and the deal was not reopened")
        for j, condition in enumerate(round_.unmet_conditions):
            if condition not in conditions:
                yield Problem(f"{where}.unmet_conditions[{j}]", "not one of reservation.conditions")
            elif condition in round_.unmet_conditions[:j]:
                yield Problem(f"{where}.unmet_conditions[{j}]", "listed twice")
        for j, event in enumerate(round_.events):
            if event.kind is SignalKind.CUSTOM:
                if event.label not in declared:
                    yield Problem(f"{where}.events[{j}].label", "not the label of a declared custom signal")
            elif event.label:
                yield Problem(f"{where}.events[{j}].label", "only custom signal events take a label")


def _history_problems(plan: Plan) -> Iterator[Problem]:
    walked, reopened, outcome = plan.walked, plan.reopened, plan.outcome
    if walked is not None and walked.follow_up_on is not None and walked.follow_up_on < moment_day(walked.at):
        yield Problem("walked.follow_up_on", f"before the walk ({moment_day(walked.at).isoformat()})")
    if reopened is not None:
        if walked is None:
            yield Problem("reopened", "only a walked deal can be reopened, and this plan has no 'walked'")
        elif not not_before(reopened.at, walked.at):
            yield Problem("reopened.at", f"before the walk ({moment_day(walked.at).isoformat()})")
    if outcome is not None:
        problem = outcome_problem(outcome.status, outcome.amount)
        if problem:
            yield Problem("outcome.amount" if outcome.status in (Status.AGREED, Status.DROPPED) else "outcome", problem)
        if walked is None:
            yield Problem("outcome", "outcomes are for walked or reopened deals, and this plan has no 'walked'")
        elif outcome.status is Status.AGREED and reopened is None:
            yield Problem("outcome", "a walked deal is reopened before an agreement, and this plan has no 'reopened'")
        started = reopened.at if reopened is not None else walked.at if walked is not None else None
        if started is not None and not not_before(outcome.at, started):
            day = moment_day(started).isoformat()
            yield Problem("outcome.at", f"before {day}, when the deal was walked away from or reopened")


def _commitment_problems(plan: Plan) -> Iterator[Problem]:
    for i, commitment in enumerate(plan.commitments):
        where = f"commitments[{i}]"
        if commitment.revision != i + 1:
            yield Problem(f"{where}.revision", f"expected {i + 1}")
        if commitment.signed_at.tzinfo is None:
            yield Problem(f"{where}.signed_at", "needs a time zone")
        elif i and _aware_before(commitment.signed_at, plan.commitments[i - 1].signed_at):
            yield Problem(f"{where}.signed_at", "before the revision it revises")
        if i and not commitment.reason.strip():
            yield Problem(f"{where}.reason", "a revision needs a reason")


def _aware_before(moment: datetime, previous: datetime) -> bool:
    return previous.tzinfo is not None and moment < previous
