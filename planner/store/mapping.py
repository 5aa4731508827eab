"""From the plain :class:`planner.model.Plan` dataclasses to ORM rows: the write side of the store.

The ORM only writes; reads go through :mod:`planner.store.reader`. Values are handed to the
rows as they are: the column types (:mod:`planner.store.types`) encode them with the codec.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from planner.model import Commitment, PastWalk, Plan, Round, RoundCorrection
from planner.store.tables import (
    AlternativeRow,
    Base,
    CommitmentRow,
    ConditionRow,
    DealRow,
    EventRow,
    FollowUpMoveRow,
    PastWalkRow,
    RoundCorrectionRow,
    RoundRow,
    SignalRow,
    UnmetConditionRow,
)

#: The deal's child tables, by the name of the DealRow relationship that holds them.
CHILD_TABLES: dict[str, type[Base]] = {
    "conditions": ConditionRow,
    "alternatives": AlternativeRow,
    "signals": SignalRow,
    "rounds": RoundRow,
    "commitments": CommitmentRow,
    "follow_up_moves": FollowUpMoveRow,
    "past_walks": PastWalkRow,
    "corrections": RoundCorrectionRow,
}


def deal_columns(plan: Plan) -> dict[str, Any]:
    """Every column of the deal's own row but its id and timestamps."""
    walked, reopened, outcome = plan.walked, plan.reopened, plan.outcome
    return {
        "title": plan.title,
        "counterparty": plan.counterparty,
        "side": plan.side,
        "currency": plan.currency,
        "unit": plan.unit,
        "status": plan.status,
        "signer": plan.signer,
        "reservation_value": plan.reservation.value,
        "reservation_rationale": plan.reservation.rationale,
        "reservation_decided_at": plan.reservation.decided_at,
        "target": plan.target,
        "opening": plan.opening,
        "script_acknowledge": plan.script.acknowledge,
        "script_reason": plan.script.reason,
        "script_door": plan.script.door,
        "their_decision_maker": plan.their_side.decision_maker,
        "their_at_table": plan.their_side.at_table,
        "their_walk_away": plan.their_side.walk_away,
        "their_alternatives": plan.their_side.alternatives,
        "walked_at": walked.at if walked else None,
        "walk_reason": walked.reason if walked else None,
        "walk_script": walked.script_delivered if walked else "",
        "follow_up_on": walked.follow_up_on if walked else None,
        "reopened_at": reopened.at if reopened else None,
        "reopen_note": reopened.note if reopened else "",
        "reopen_first_time_today": reopened.first_time_today if reopened else None,
        "outcome_status": outcome.status if outcome else None,
        "outcome_at": outcome.at if outcome else None,
        "outcome_amount": outcome.amount if outcome else None,
        "outcome_note": outcome.note if outcome else "",
        "issues_json": list(plan.issues),
        "price_weight": plan.price_weight,
        "reservation_min_score": plan.reservation.min_score,
    }


def child_rows(plan: Plan) -> dict[str, list[Any]]:
    """The rows of each child table (keys of :data:`CHILD_TABLES`), each list in the plan's order."""
    walked = plan.walked
    return {
        "conditions": [ConditionRow(position=i, text=t) for i, t in enumerate(plan.reservation.conditions)],
        "alternatives": [
            AlternativeRow(position=i, name=a.name, value=a.value, likelihood=a.likelihood, notes=a.notes)
            for i, a in enumerate(plan.alternatives)
        ],
        "signals": [
            SignalRow(position=i, kind=s.kind, label=s.label, threshold=s.threshold) for i, s in enumerate(plan.signals)
        ],
        "rounds": [_round_row(i, r) for i, r in enumerate(plan.rounds)],
        "commitments": [_commitment_row(c) for c in plan.commitments],
        "follow_up_moves": [
            FollowUpMoveRow(position=i, at=m.at, from_date=m.from_date, to_date=m.to_date, note=m.note)
            for i, m in enumerate(walked.moves if walked else [])
        ],
        "past_walks": [_past_walk_row(i, p) for i, p in enumerate(plan.history)],
        "corrections": [_correction_row(i, c) for i, c in enumerate(plan.corrections)],
    }


def new_deal_row(plan: Plan, now: datetime | None, *, deal_id: int | None = None) -> DealRow:
    """A new deal's row with its children (``deal_id`` None: the database gives one; ``now`` None:
    the database sets the moments, as a team server does)."""
    moments = {} if now is None else {"created_at": now, "updated_at": now}
    return DealRow(id=deal_id, **moments, **deal_columns(plan), **child_rows(plan))


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
        final=r.final,
        their_terms_json=dict(r.their_terms),
        unmet=[UnmetConditionRow(position=i, text=t) for i, t in enumerate(r.unmet_conditions)],
        events=[EventRow(position=i, kind=e.kind, label=e.label, note=e.note) for i, e in enumerate(r.events)],
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
        conditions_json=list(c.conditions),
        side=c.side,
        signature_png=c.signature_png,
        certificate=c.certificate,
        package_json=c.package,
    )


def _past_walk_row(position: int, past: PastWalk) -> PastWalkRow:
    walked, reopened = past.walked, past.reopened
    return PastWalkRow(
        position=position,
        walked_at=walked.at,
        walk_reason=walked.reason,
        walk_script=walked.script_delivered,
        follow_up_on=walked.follow_up_on,
        follow_up_moves_json=list(walked.moves),
        reopened_at=reopened.at,
        reopen_note=reopened.note,
        reopen_first_time_today=reopened.first_time_today,
    )


def _correction_row(position: int, c: RoundCorrection) -> RoundCorrectionRow:
    return RoundCorrectionRow(
        position=position,
        at=c.at,
        action=c.action,
        round_number=c.number,
        before_json=c.before,
        after_json=c.after,
    )
