"""Follow-ups of walked deals: which are due, overdue or upcoming, and moving their dates.

``today`` is always passed in: the list, the notice at start-up and the
tests all decide "due" against a day the caller chose, never the wall clock.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from planner import limits
from planner.dates import Moment, moment_day
from planner.errors import WalkawayError
from planner.model import FollowUpMove, Plan, Status
from planner.plan_rules import check_change, require_room, require_text
from planner.summaries import WalkedSummary
from planner.text_rules import NOTE

#: Snoozing further than this is almost certainly a typing mistake.
MAX_SNOOZE_DAYS = 3650


class Urgency(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"  # today
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A walked deal whose follow-up date is set, as seen on ``today``."""

    deal_id: int
    title: str
    counterparty: str
    walked_at: Moment
    reason: str
    follow_up_on: date
    days_overdue: int  # negative: days until it is due
    currency: str
    unit: str
    reservation: Decimal
    moves: int = 0  # times the date was snoozed or rescheduled
    walk: int = 1  # which walk of the deal this follows up: 2 after walking away a second time

    @property
    def urgency(self) -> Urgency:
        if self.days_overdue > 0:
            return Urgency.OVERDUE
        return Urgency.DUE if self.days_overdue == 0 else Urgency.UPCOMING

    @property
    def walked_on(self) -> date:
        return moment_day(self.walked_at)


def follow_up(row: WalkedSummary, today: date) -> FollowUp:
    """The follow-up of a walked deal as read (:meth:`planner.store.Store.walked_with_follow_up`), seen on ``today``."""
    return FollowUp(
        deal_id=row.id,
        title=row.title,
        counterparty=row.counterparty,
        walked_at=row.walked_at,
        reason=row.reason or "",
        follow_up_on=row.follow_up_on,
        days_overdue=(today - row.follow_up_on).days,
        currency=row.currency,
        unit=row.unit,
        reservation=row.reservation,
        moves=row.moves,
        walk=row.walk,
    )


# -- moving the date ----------------------------------------------------------


def moved_follow_up(plan: Plan, to_date: date, *, today: date, now: datetime, note: str = "") -> Plan:
    """A copy of ``plan`` with its follow-up moved to ``to_date``, the move recorded.

    Raises :class:`WalkawayError` (and changes nothing) when the deal is not
    walked, or the date is in the past or already the follow-up date.
    """
    if plan.status is not Status.WALKED or plan.walked is None:
        raise WalkawayError(
            f"deal {plan.id} is {plan.status.value}, not walked: only a walked deal has a follow-up to move"
        )
    if to_date < today:
        raise WalkawayError(f"{to_date.isoformat()} is in the past: a follow-up can only move to today or later")
    if to_date == plan.walked.follow_up_on:
        raise WalkawayError(f"deal {plan.id} already follows up on {to_date.isoformat()}")
    require_text(note, NOTE, "note")
    require_room(plan.walked.moves, limits.MAX_FOLLOW_UP_MOVES, "walked.follow_up_moves", adding=1)
    changed = copy.deepcopy(plan)
    assert changed.walked is not None
    changed.walked.moves.append(
        FollowUpMove(at=now, from_date=plan.walked.follow_up_on, to_date=to_date, note=note.strip())
    )
    changed.walked.follow_up_on = to_date
    return check_change(plan, changed)  # the whole plan, as an import would check it


def snooze_date(today: date, days: int) -> date:
    """The day a snooze of ``days`` days lands on, counted from today."""
    if not 1 <= days <= MAX_SNOOZE_DAYS:
        raise WalkawayError(f"snooze by 1 to {MAX_SNOOZE_DAYS} days, not {days}")
    return today + timedelta(days=days)
