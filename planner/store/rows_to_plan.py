"""From stored rows, decoded, to the plain :class:`planner.model.Plan` dataclasses.

``row`` is anything with the column names as attributes and values decoded by the codec
(:mod:`planner.store.codec`): the rows :mod:`planner.store.reader` builds from ``sqlite3``,
or ORM rows (:class:`planner.store.tables.DealRow`, whose column types decode with the same
codec) for a backend that reads through the ORM. A test reads plans both ways.
"""

from __future__ import annotations

from typing import Any

from planner.model import (
    Alternative,
    Commitment,
    FollowUpMove,
    Outcome,
    PastWalk,
    Plan,
    Reopen,
    Reservation,
    Round,
    RoundCorrection,
    Script,
    Signal,
    SignalEvent,
    TheirSide,
    Walk,
)


def plan_from_row(row: Any) -> Plan:
    return Plan(
        id=row.id,
        title=row.title,
        counterparty=row.counterparty,
        side=row.side,
        currency=row.currency,
        unit=row.unit,
        status=row.status,
        signer=row.signer,
        reservation=Reservation(
            value=row.reservation_value,
            conditions=[c.text for c in row.conditions],
            rationale=row.reservation_rationale,
            decided_at=row.reservation_decided_at,
            min_score=row.reservation_min_score,
        ),
        target=row.target,
        opening=row.opening,
        alternatives=[
            Alternative(name=a.name, value=a.value, likelihood=a.likelihood, notes=a.notes) for a in row.alternatives
        ],
        signals=[Signal(kind=s.kind, label=s.label, threshold=s.threshold) for s in row.signals],
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
            Outcome(status=row.outcome_status, at=row.outcome_at, amount=row.outcome_amount, note=row.outcome_note)
            if row.outcome_status is not None and row.outcome_at is not None
            else None
        ),
        history=[_past_walk_from_row(p) for p in row.past_walks],
        issues=list(row.issues_json),
        price_weight=row.price_weight,
        corrections=[
            RoundCorrection(at=c.at, action=c.action, number=c.round_number, before=c.before_json, after=c.after_json)
            for c in row.corrections
        ],
    )


def _past_walk_from_row(p: Any) -> PastWalk:
    return PastWalk(
        walked=Walk(
            at=p.walked_at,
            reason=p.walk_reason,
            follow_up_on=p.follow_up_on,
            script_delivered=p.walk_script,
            moves=list(p.follow_up_moves_json),
        ),
        reopened=Reopen(at=p.reopened_at, note=p.reopen_note, first_time_today=p.reopen_first_time_today),
    )


def _round_from_row(r: Any) -> Round:
    return Round(
        at=r.at,
        their_offer=r.their_offer,
        our_offer=r.our_offer,
        unmet_conditions=[u.text for u in r.unmet],
        events=[SignalEvent(kind=e.kind, label=e.label, note=e.note) for e in r.events],
        first_time_today=r.first_time_today,
        hours=r.hours,
        note=r.note,
        phase=r.phase,
        final=bool(r.final),
        their_terms=dict(r.their_terms_json),
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
        conditions=list(c.conditions_json),
        side=c.side,
        signature_png=c.signature_png,
        certificate=c.certificate,
        package=c.package_json,
    )
