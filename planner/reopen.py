"""Reopening a walked deal, and recording how it ended.

Reopening adds to the plan and never removes from it: the signed commitment,
the rounds before the walk and the walk itself stay as they were. Rounds
logged after the ``n``-th reopening carry ``phase=n``. A reopened deal can be
walked away from again (:func:`planner.room.record_walk`) and reopened again,
as often as it happens; every walk and reopening is kept (``Plan.history``).
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

from planner.dates import Moment, moment_day
from planner.errors import WalkawayError
from planner.model import Outcome, Plan, Reopen, Round, Status
from planner.plan_rules import RuleError, check_change, not_before, outcome_problem, require_amount, require_text
from planner.text_rules import NOTE

#: Reasons a walked deal comes back, offered in the Reopen dialog (the user may type another);
#: ``tests/test_translations.py`` checks the dialog's translatable copies match these.
COMMON_REASONS = (
    "They called back",
    "New budget",
    "New decision maker",
    "Their alternative fell through",
)

#: The question asked again on reopening, word for word in the CLI, the dialog and the brief.
FIRST_TIME_TODAY = "Would I sign this if it walked in today, for the first time?"

RENEWED_NOTE = "Their renewed approach"


def round_phase(plan: Plan) -> int:
    """The phase a round logged now belongs to: how often the deal was reopened."""
    return plan.current_phase


def reopened_plan(
    plan: Plan,
    *,
    at: Moment,
    note: str,
    today: date,
    first_time_today: bool | None = None,
    renewed_offer: Decimal | None = None,
) -> Plan:
    """A copy of ``plan``, reopened at ``at`` for the reason ``note``.

    With ``renewed_offer`` their new offer is logged as the first round of
    the new phase, carrying the first-time-today answer.
    """
    if plan.status is not Status.WALKED or plan.walked is None:
        raise WalkawayError(f"deal {plan.id} is {plan.status.value}: only a walked deal can be reopened")
    reason = " ".join(_checked_note(note).split())
    if not reason:
        raise WalkawayError("say why the deal is reopened (for example: they called back with a new budget)")
    if moment_day(at) > today:
        raise WalkawayError(f"{moment_day(at).isoformat()} is in the future: a deal is reopened today or earlier")
    if not not_before(at, plan.walked.at):
        walked_on = moment_day(plan.walked.at).isoformat()
        raise WalkawayError(f"the deal was walked on {walked_on}: it cannot be reopened before that")
    if renewed_offer is not None:
        _check(renewed_offer, "their renewed offer")
    changed = copy.deepcopy(plan)
    changed.reopened = Reopen(at=at, note=reason, first_time_today=first_time_today)
    if renewed_offer is not None:
        changed.rounds.append(
            Round(
                at=at,
                their_offer=renewed_offer,
                first_time_today=first_time_today,
                note=RENEWED_NOTE,
                phase=changed.current_phase,
            )
        )
    changed.status = Status.REOPENED
    return _checked(plan, changed)


def plan_with_outcome(
    plan: Plan, status: Status, *, at: Moment, today: date, amount: Decimal | None = None, note: str = ""
) -> Plan:
    """A copy of ``plan`` ended as agreed (with the amount) or dropped."""
    if status not in (Status.AGREED, Status.DROPPED):
        raise WalkawayError(f"an outcome is agreed or dropped, not {status.value}")
    if plan.outcome is not None:
        raise WalkawayError(f"deal {plan.id} already ended: {plan.outcome.status.value}")
    if plan.status is Status.WALKED and status is Status.AGREED:
        raise WalkawayError(f"deal {plan.id} is walked: reopen it before recording an agreement")
    if plan.status not in (Status.WALKED, Status.REOPENED):
        raise WalkawayError(f"deal {plan.id} is {plan.status.value}: outcomes here are for walked or reopened deals")
    problem = outcome_problem(status, amount)
    if problem:
        raise WalkawayError(problem)
    if amount is not None:
        _check(amount, "the agreed amount")
    note = _checked_note(note)
    if moment_day(at) > today:
        raise WalkawayError(f"{moment_day(at).isoformat()} is in the future: record an outcome once it happened")
    started = plan.reopened.at if plan.reopened is not None else plan.walked.at if plan.walked else None
    if started is not None and not not_before(at, started):
        raise WalkawayError(f"the outcome cannot be dated before {moment_day(started).isoformat()}")
    changed = copy.deepcopy(plan)
    changed.outcome = Outcome(status=status, at=at, amount=amount, note=note.strip())
    changed.status = status
    return _checked(plan, changed)


def _check(amount: Decimal, what: str) -> None:
    try:
        require_amount(amount, what)
    except RuleError as error:
        raise WalkawayError(str(error)) from None


def _checked(plan: Plan, changed: Plan) -> Plan:
    try:
        return check_change(plan, changed)  # the whole plan, as an import would check it
    except RuleError as error:
        raise WalkawayError(str(error)) from None


def _checked_note(note: str) -> str:
    try:
        return require_text(note, NOTE, "note")
    except RuleError as error:
        raise WalkawayError(str(error)) from None
