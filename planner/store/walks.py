"""Lean reads for what happens after a walk: the follow-ups list and the walking record.

Both run across many deals (the start-up notice, the record view), so they
select only the columns they need instead of loading whole plans.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from planner.dates import Moment
from planner.model import Commitment, Outcome, Plan, Reopen, Reservation, Round, Side, Status, Walk
from planner.store.tables import CommitmentRow, DealRow, FollowUpMoveRow, RoundRow

if TYPE_CHECKING:
    from planner.store.store import Store


@dataclass(frozen=True, slots=True)
class WalkedSummary:
    """A walked deal waiting for its follow-up: one line of the follow-ups list."""

    id: int
    title: str
    counterparty: str
    walked_at: Moment
    reason: str | None
    follow_up_on: date
    currency: str
    unit: str
    reservation: Decimal
    moves: int  # times the follow-up date was moved by hand


def walked_with_follow_up(store: Store, *, due_by: date | None = None) -> list[WalkedSummary]:
    """Walked deals that have a follow-up date, oldest follow-up first."""
    moves = (
        select(func.count(FollowUpMoveRow.id))
        .where(FollowUpMoveRow.deal_id == DealRow.id)
        .correlate(DealRow)
        .scalar_subquery()
    )
    query = (
        select(
            DealRow.id,
            DealRow.title,
            DealRow.counterparty,
            DealRow.walked_at,
            DealRow.walk_reason,
            DealRow.follow_up_on,
            DealRow.currency,
            DealRow.unit,
            DealRow.reservation_value,
            moves,
        )
        .where(DealRow.status == Status.WALKED.value, DealRow.follow_up_on.is_not(None))
        .order_by(DealRow.follow_up_on, DealRow.id)
    )
    if due_by is not None:
        query = query.where(DealRow.follow_up_on <= due_by)
    with store._reading() as session:
        return [WalkedSummary(*row) for row in session.execute(query).all()]


def walked_plans_for_record(store: Store) -> list[Plan]:
    """Every deal ever walked, as *partial* plans: enough for the walking record, never for editing.

    They carry side, currency, the reservation value, rounds (date, their offer,
    phase), commitments (revision, date, value), the walk, the reopening and the
    outcome; conditions, alternatives, signals, scripts and events are left out.
    """
    walked = DealRow.walked_at.is_not(None)
    with store._reading() as session:
        deals = session.execute(
            select(
                DealRow.id,
                DealRow.title,
                DealRow.side,
                DealRow.currency,
                DealRow.status,
                DealRow.reservation_value,
                DealRow.walked_at,
                DealRow.reopened_at,
                DealRow.outcome_status,
                DealRow.outcome_at,
                DealRow.outcome_amount,
            )
            .where(walked)
            .order_by(DealRow.id)
        ).all()
        rounds: dict[int, list[Round]] = defaultdict(list)
        for deal_id, at, offer, phase in session.execute(
            select(RoundRow.deal_id, RoundRow.at, RoundRow.their_offer, RoundRow.phase)
            .join(DealRow, RoundRow.deal_id == DealRow.id)
            .where(walked)
            .order_by(RoundRow.deal_id, RoundRow.position)
        ):
            rounds[deal_id].append(Round(at=at, their_offer=offer, phase=phase))
        commitments: dict[int, list[Commitment]] = defaultdict(list)
        for deal_id, revision, signed_at, value in session.execute(
            select(
                CommitmentRow.deal_id, CommitmentRow.revision, CommitmentRow.signed_at, CommitmentRow.reservation_value
            )
            .join(DealRow, CommitmentRow.deal_id == DealRow.id)
            .where(walked)
            .order_by(CommitmentRow.deal_id, CommitmentRow.revision)
        ):
            commitments[deal_id].append(Commitment(revision, "", signed_at, "", reservation_value=value))
    plans = []
    for row in deals:
        deal_id, title, side, currency, status, value, walked_at, reopened_at, outcome, outcome_at, amount = row
        plans.append(
            Plan(
                id=deal_id,
                title=title,
                counterparty="",
                side=Side(side),
                currency=currency,
                status=Status(status),
                reservation=Reservation(value=value),
                rounds=rounds[deal_id],
                commitments=commitments[deal_id],
                walked=Walk(at=walked_at, reason=""),
                reopened=Reopen(at=reopened_at) if reopened_at is not None else None,
                outcome=(Outcome(Status(outcome), outcome_at, amount) if outcome and outcome_at is not None else None),
            )
        )
    return plans
