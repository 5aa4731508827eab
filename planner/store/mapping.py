"""From the plain :class:`planner.model.Plan` dataclasses to ORM rows (``rows_to_plan`` reads back)."""

from __future__ import annotations

import json

from planner.model import Commitment, Plan, Round
from planner.store.tables import (
    AlternativeRow,
    CommitmentRow,
    ConditionRow,
    DealRow,
    EventRow,
    FollowUpMoveRow,
    RoundRow,
    SignalRow,
    UnmetConditionRow,
)


def fill_row(row: DealRow, plan: Plan) -> None:
    """Copy every field of ``plan`` onto ``row``; child collections are rebuilt.

    The caller empties the old child collections and flushes first, so that
    the new rows can reuse the same positions.
    """
    row.title = plan.title
    row.counterparty = plan.counterparty
    row.side = plan.side.value
    row.currency = plan.currency
    row.unit = plan.unit
    row.status = plan.status.value
    row.signer = plan.signer
    row.reservation_value = plan.reservation.value
    row.reservation_rationale = plan.reservation.rationale
    row.reservation_decided_at = plan.reservation.decided_at
    row.target = plan.target
    row.opening = plan.opening
    row.script_acknowledge = plan.script.acknowledge
    row.script_reason = plan.script.reason
    row.script_door = plan.script.door
    row.their_decision_maker = plan.their_side.decision_maker
    row.their_at_table = plan.their_side.at_table
    row.their_walk_away = plan.their_side.walk_away
    row.their_alternatives = plan.their_side.alternatives
    walked = plan.walked
    row.walked_at = walked.at if walked else None
    row.walk_reason = walked.reason if walked else None
    row.walk_script = walked.script_delivered if walked else ""
    row.follow_up_on = walked.follow_up_on if walked else None
    row.reopened_at = plan.reopened.at if plan.reopened else None
    row.reopen_note = plan.reopened.note if plan.reopened else ""
    row.reopen_first_time_today = plan.reopened.first_time_today if plan.reopened else None
    outcome = plan.outcome
    row.outcome_status = outcome.status.value if outcome else None
    row.outcome_at = outcome.at if outcome else None
    row.outcome_amount = outcome.amount if outcome else None
    row.outcome_note = outcome.note if outcome else ""

    row.conditions = [ConditionRow(position=i, text=t) for i, t in enumerate(plan.reservation.conditions)]
    row.alternatives = [
        AlternativeRow(position=i, name=a.name, value=a.value, likelihood=a.likelihood, notes=a.notes)
        for i, a in enumerate(plan.alternatives)
    ]
    row.signals = [
        SignalRow(position=i, kind=s.kind.value, label=s.label, threshold=s.threshold)
        for i, s in enumerate(plan.signals)
    ]
    row.rounds = [_round_row(i, r) for i, r in enumerate(plan.rounds)]
    row.commitments = [_commitment_row(c) for c in plan.commitments]
    row.follow_up_moves = [
        FollowUpMoveRow(position=i, at=m.at, from_date=m.from_date, to_date=m.to_date, note=m.note)
        for i, m in enumerate(walked.moves if walked else [])
    ]


def _round_row(position: int, r: Round) -> RoundRow:
    return RoundRow(
        position=position,
        at=r.at,
        their_offer=r.their_offer,
        our_offer=r.our_offer,
        first_time_today=r.first_time_today,
        hours=r.hours,
        note=r.note,
        phase=r.phase,
        unmet=[UnmetConditionRow(position=i, text=t) for i, t in enumerate(r.unmet_conditions)],
        events=[EventRow(position=i, kind=e.kind.value, label=e.label, note=e.note) for i, e in enumerate(r.events)],
    )


def _commitment_row(c: Commitment) -> CommitmentRow:
    return CommitmentRow(
        revision=c.revision,
        signer=c.signer,
        signed_at=c.signed_at,
        fingerprint=c.fingerprint,
        statement=c.statement,
        reason=c.reason,
        reservation_value=c.reservation_value,
        conditions_json=json.dumps(c.conditions, ensure_ascii=False),
        side=c.side.value if c.side else None,
        signature_png=c.signature_png,
    )
