"""From stored rows to the plain :class:`planner.model.Plan` dataclasses.

``row`` is anything with the ORM's attribute names and decoded values: a
:class:`planner.store.tables.DealRow` from the Store, or the plain rows that
:mod:`planner.store.lean_read` builds from ``sqlite3`` alone. One mapping for both
keeps the two reads of a plan identical (a test compares them on every field).
"""

from __future__ import annotations

import json
from typing import Any

from planner.model import (
    Alternative,
    Commitment,
    FollowUpMove,
    Outcome,
    Plan,
    Reopen,
    Reservation,
    Round,
    Script,
    Side,
    Signal,
    SignalEvent,
    SignalKind,
    Status,
    TheirSide,
    Walk,
)


def plan_from_row(row: Any) -> Plan:
    return Plan(
        id=row.id,
        title=row.title,
        counterparty=row.counterparty,
        side=Side(row.side),
        currency=row.currency,
        unit=row.unit,
        status=Status(row.status),
        signer=row.signer,
        reservation=Reservation(
            value=row.reservation_value,
            conditions=[c.text for c in row.conditions],
            rationale=row.reservation_rationale,
            decided_at=row.reservation_decided_at,
        ),
        target=row.target,
        opening=row.opening,
        alternatives=[
            Alternative(name=a.name, value=a.value, likelihood=a.likelihood, notes=a.notes) for a in row.alternatives
        ],
        signals=[Signal(kind=SignalKind(s.kind), label=s.label, threshold=s.threshold) for s in row.signals],
        script=Script(acknowledge=row.script_acknowledge, reason=row.script_reason, door=row.script_door),
        rounds=[_round_from_row(r) for r in row.rounds],
        walked=(
            Walk(
                at=row.walked_at,
                reason=row.walk_reason or "",
                follow_up_on=row.follow_up_on,
                script_delivered=row.walk_script,
                moves=[
                    FollowUpMove(at=m.at, from_date=m.from_date, to_date=m.to_date, note=m.note)
                    for m in row.follow_up_moves
                ],
            )
            if row.walked_at is not None
            else None
        ),
        reopened=(
            Reopen(at=row.reopened_at, note=row.reopen_note, first_time_today=row.reopen_first_time_today)
            if row.reopened_at is not None
            else None
        ),
        their_side=TheirSide(
            decision_maker=row.their_decision_maker,
            at_table=row.their_at_table,
            walk_away=row.their_walk_away,
            alternatives=row.their_alternatives,
        ),
        commitments=[_commitment_from_row(c) for c in row.commitments],
        outcome=(
            Outcome(
                status=Status(row.outcome_status), at=row.outcome_at, amount=row.outcome_amount, note=row.outcome_note
            )
            if row.outcome_status is not None and row.outcome_at is not None
            else None
        ),
    )


def _round_from_row(r: Any) -> Round:
    return Round(
        at=r.at,
        their_offer=r.their_offer,
        our_offer=r.our_offer,
        unmet_conditions=[u.text for u in r.unmet],
        events=[SignalEvent(kind=SignalKind(e.kind), label=e.label, note=e.note) for e in r.events],
        first_time_today=r.first_time_today,
        hours=r.hours,
        note=r.note,
        phase=r.phase,
    )


def _commitment_from_row(c: Any) -> Commitment:
    return Commitment(
        revision=c.revision,
        signer=c.signer,
        signed_at=c.signed_at,
        fingerprint=c.fingerprint,
        statement=c.statement,
        reason=c.reason,
        reservation_value=c.reservation_value,
        conditions=list(json.loads(c.conditions_json)),
        side=Side(c.side) if c.side else None,
        signature_png=c.signature_png,
    )
