"""In the room: logging a round, and walking away.

The pure functions (:func:`make_round`, :func:`add_round`, :func:`record_walk`) check
their input and change a :class:`Plan`; :mod:`planner.services` (``log_round``,
``walk_away``) applies them to a stored deal in one transaction.
Every refusal is a :class:`RoomError` with one line saying what to fix; nothing is
changed when one is raised.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

from planner import limits
from planner.dates import Moment, moment_day
from planner.errors import WalkawayError
from planner.model import (
    IssueKind,
    PastWalk,
    Plan,
    Round,
    Script,
    SignalEvent,
    SignalKind,
    Status,
    TermValue,
    Walk,
    signal_key,
)
from planner.money import AmountError, parse_amount
from planner.plan_rules import (
    EMPTY_ROUND,
    RuleError,
    check_new_round,
    is_empty_round,
    keep_rules,
    not_before,
    require_amount,
    require_characters,
    require_room,
    require_text,
)
from planner.reopen import round_phase
from planner.text_rules import GENERATED, NOTE, REASON, TextRule
from planner.walk_script import script_text

#: A walk is followed up this many days later unless the user picks another date.
FOLLOW_UP_DAYS = 3
MAX_REASON = limits.REASON_CHARS

_CAN_LOG = {Status.COMMITTED, Status.NEGOTIATING, Status.REOPENED}
#: A reopened deal can be walked away from again: the earlier walk and reopening go to its history.
CAN_WALK = frozenset({Status.COMMITTED, Status.NEGOTIATING, Status.REOPENED})


class RoomError(WalkawayError):
    """A round or a walk that cannot be recorded as given."""


def _why_not_log(plan: Plan) -> str:
    if plan.status is Status.PLANNING:
        return f"is still being planned: commit to the walk-away point first ('walkaway commit {plan.id}')"
    if plan.status is Status.WALKED:
        return f"was walked away from: if they come back, reopen it ('walkaway reopen {plan.id}') and log new rounds"
    return f"is {plan.status.value}: no more rounds can be logged"


def _not_future(at: Moment, today: date, advice: str) -> None:
    if moment_day(at) > today:
        raise RoomError(f"{moment_day(at).isoformat()} is in the future: {advice}")


def _amount(name: str, value: Decimal | None) -> Decimal | None:
    try:
        return require_amount(value, name)
    except RuleError as error:
        raise RoomError(str(error)) from None


def _keep_rules(before: Plan, plan: Plan) -> None:
    try:
        keep_rules(before, plan)  # the whole plan, as an import would check it
    except RuleError as error:
        raise RoomError(str(error)) from None


def _characters(value: str, rule: TextRule, name: str) -> None:
    try:
        require_characters(value, rule, name)
    except RuleError as error:
        raise RoomError(str(error)) from None


def _text(value: str, rule: TextRule, name: str) -> str:
    try:
        return require_text(value, rule, name)
    except RuleError as error:
        raise RoomError(str(error)) from None


def _conditions(plan: Plan, unmet: Iterable[str]) -> list[str]:
    """Unmet conditions as declared in the plan (matched ignoring case), without repeats."""
    declared = {c.casefold(): c for c in plan.reservation.conditions}
    found: list[str] = []
    for text in unmet:
        condition = declared.get(text.strip().casefold())
        if condition is None:
            known = "; ".join(plan.reservation.conditions) or "none declared"
            raise RoomError(f"'{text}' is not a condition of the walk-away point (conditions: {known})")
        if condition not in found:
            found.append(condition)
    return found


def _events(plan: Plan, events: Iterable[SignalEvent]) -> list[SignalEvent]:
    checked: list[SignalEvent] = []
    for event in events:
        if len(checked) >= limits.MAX_EVENTS:
            raise RoomError(f"more than {limits.MAX_EVENTS} signal events in one round")
        _text(event.note, NOTE, "the note of a signal event")
        if event.kind is SignalKind.CUSTOM:
            signal = next(
                (
                    s
                    for s in plan.signals
                    if s.kind is SignalKind.CUSTOM and s.label.casefold() == event.label.casefold()
                ),
                None,
            )
            if signal is None:
                known = "; ".join(s.label for s in plan.signals if s.kind is SignalKind.CUSTOM) or "none declared"
                raise RoomError(f"'{event.label}' is not a custom signal of this plan (custom signals: {known})")
            event = SignalEvent(SignalKind.CUSTOM, signal.label, event.note)
        elif plan.signal(signal_key(event.kind)) is None:  # pragma: no cover - standard signals always exist
            raise RoomError(f"'{event.kind.value}' is not a signal of this plan")
        checked.append(event)
    return checked


def _terms(plan: Plan, given: Mapping[str, TermValue]) -> dict[str, TermValue]:
    """Their terms as the plan's own: keys and option names matched ignoring case, numbers parsed
    from text (the command line's ``--term KEY=VALUE``) or checked as given, in the plan's order."""
    if given and not plan.has_package:
        raise RoomError("this plan has no terms besides the price: add them to its package first")
    found: dict[str, TermValue] = {}
    for key, value in given.items():
        issue = plan.issue(key) or next((i for i in plan.issues if i.key.casefold() == key.casefold()), None)
        if issue is None:
            known = ", ".join(i.key for i in plan.issues)
            raise RoomError(f"'{key}' is not a term of this plan (terms: {known})")
        if issue.key in found:
            raise RoomError(f"the term '{issue.key}' is given twice")
        if issue.kind is IssueKind.OPTIONS:
            names = {name.casefold(): name for name in issue.options}
            option = names.get(value.strip().casefold()) if isinstance(value, str) else None
            if option is None:
                raise RoomError(f"'{value}' is not an option of {issue.key} (options: {', '.join(issue.options)})")
            found[issue.key] = option
            continue
        try:
            number = parse_amount(value.strip() if isinstance(value, str) else value)
        except AmountError as error:
            raise RoomError(f"{issue.key}: '{value}' is not a number ({error})") from None
        found[issue.key] = number
    return {i.key: found[i.key] for i in plan.issues if i.key in found}


def make_round(
    plan: Plan,
    *,
    at: Moment,
    today: date,
    their_offer: Decimal | None = None,
    our_offer: Decimal | None = None,
    unmet_conditions: Sequence[str] = (),
    events: Sequence[SignalEvent] = (),
    first_time_today: bool | None = None,
    final: bool = False,
    hours: Decimal | None = None,
    note: str = "",
    their_terms: Mapping[str, TermValue] | None = None,
) -> Round:
    """A checked round for ``plan``: conditions and custom signals must be the plan's own."""
    if plan.status not in _CAN_LOG:
        raise RoomError(f"'{plan.title}' {_why_not_log(plan)}")
    return build_round(
        plan,
        phase=round_phase(plan),
        at=at,
        today=today,
        their_offer=their_offer,
        our_offer=our_offer,
        unmet_conditions=unmet_conditions,
        events=events,
        first_time_today=first_time_today,
        final=final,
        hours=hours,
        note=note,
        their_terms=their_terms,
    )


def build_round(
    plan: Plan,
    *,
    phase: int,
    at: Moment,
    today: date,
    their_offer: Decimal | None = None,
    our_offer: Decimal | None = None,
    unmet_conditions: Sequence[str] = (),
    events: Sequence[SignalEvent] = (),
    first_time_today: bool | None = None,
    final: bool = False,
    hours: Decimal | None = None,
    note: str = "",
    their_terms: Mapping[str, TermValue] | None = None,
) -> Round:
    """A round of ``phase`` checked field by field, whatever the deal's status (a correction uses it too)."""
    _not_future(at, today, "a round is logged once it happened")
    hours = _amount("hours", hours)
    made = Round(
        at=at,
        their_offer=_amount("their offer", their_offer),
        our_offer=_amount("our offer", our_offer),
        unmet_conditions=_conditions(plan, unmet_conditions),
        events=_events(plan, events),
        first_time_today=first_time_today,
        hours=hours,
        note=_text(note, NOTE, "note").strip(),
        phase=phase,
        final=bool(final),
        their_terms=_terms(plan, their_terms or {}),
    )
    if is_empty_round(made):
        raise RoomError(EMPTY_ROUND)
    return made


def add_round(plan: Plan, round_: Round) -> None:
    """Append a checked round; the first round moves a committed deal to negotiating."""
    if plan.status not in _CAN_LOG:
        raise RoomError(f"'{plan.title}' {_why_not_log(plan)}")
    try:
        require_room(plan.rounds, limits.MAX_ROUNDS, "rounds", adding=1)
    except RuleError as error:
        raise RoomError(str(error)) from None
    plan.rounds.append(round_)
    try:
        check_new_round(plan, round_)  # what an import would say of it, within the time of a frame
    except RuleError as error:
        plan.rounds.pop()
        raise RoomError(str(error)) from None
    if plan.status is Status.COMMITTED:
        plan.status = Status.NEGOTIATING


def default_follow_up(walked_at: Moment) -> date:
    return moment_day(walked_at) + timedelta(days=FOLLOW_UP_DAYS)


def delivered_script(script: Script, reason: str) -> str:
    """The script as it will be said: the plan's opening and closing around the reason given."""
    return script_text(Script(script.acknowledge, reason, script.door))


def record_walk(
    plan: Plan,
    *,
    reason: str,
    at: Moment,
    today: date,
    follow_up_on: date | None = None,
    script_delivered: str | None = None,
) -> Walk:
    """Record that the user walked away: date, reason, script as said, follow-up date."""
    if plan.status not in CAN_WALK:
        if plan.status is Status.WALKED and plan.walked is not None:
            raise RoomError(f"'{plan.title}' was already walked away from on {moment_day(plan.walked.at)}")
        if plan.status is Status.PLANNING:
            raise RoomError(f"'{plan.title}' is still being planned: there is nothing to walk away from yet")
        raise RoomError(
            f"'{plan.title}' is {plan.status.value}: record how it ends instead ('walkaway outcome {plan.id} dropped')"
        )
    _not_future(at, today, "record the walk once it happened")
    _characters(reason, REASON, "the reason")  # as given: strip() would drop U+001F or U+0085 at the ends
    reason = reason.strip()
    if not reason:
        raise RoomError("the reason is empty: say what ends it, e.g. 'Given a price of …, we cannot go ahead'")
    _text(reason, REASON, "the reason")
    follow_up = follow_up_on if follow_up_on is not None else default_follow_up(at)
    if follow_up < moment_day(at):
        raise RoomError(f"the follow-up date {follow_up} is before the walk ({moment_day(at)})")
    if script_delivered is not None:
        _characters(script_delivered, GENERATED, "the script as said")
    delivered = delivered_script(plan.script, reason) if script_delivered is None else script_delivered.strip()
    _text(delivered, GENERATED, "the script as said")
    walk = Walk(at=at, reason=reason, follow_up_on=follow_up, script_delivered=delivered)
    if plan.reopened is not None and not not_before(at, plan.reopened.at):
        reopened_on = moment_day(plan.reopened.at)
        raise RoomError(f"the deal was reopened on {reopened_on}: the walk cannot be dated before that")
    if plan.status is Status.REOPENED and len(plan.history) + 2 > limits.MAX_WALKS:
        raise RoomError(f"'{plan.title}' was walked away from {limits.MAX_WALKS} times already: record how it ends")
    before = copy.deepcopy(plan)
    if plan.walked is not None and plan.reopened is not None:
        # Walking again: the walk and reopening so far become history, kept with their phases.
        plan.history.append(PastWalk(plan.walked, plan.reopened))
        plan.reopened = None
    plan.walked = walk
    plan.status = Status.WALKED
    _keep_rules(before, plan)
    return walk
