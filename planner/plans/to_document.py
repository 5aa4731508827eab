"""A plan as a ``walkaway-plan/1`` document (the JSON object a plan file holds).

Amounts become strings, which every JSON reader keeps exact; keys a plan leaves empty are left out.
"""

from __future__ import annotations

import base64
from decimal import Decimal
from typing import Any

from planner.dates import moment_to_text
from planner.model import (
    Commitment,
    FollowUpMove,
    Plan,
    Reopen,
    Round,
    RoundCorrection,
    Walk,
)
from planner.money import amount_to_text
from planner.plans.package_doc import (
    issue_to_document,
    package_to_document,
    terms_to_document,
)
from planner.plans.schema import FORMAT


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set optional keys only when they carry something, so files stay readable."""
    if value is None or value == "" or value == [] or value == {}:
        return
    if isinstance(value, Decimal):
        value = amount_to_text(value)
    target[key] = value


def plan_to_document(plan: Plan) -> dict[str, Any]:
    """The plan as a ``walkaway-plan/1`` JSON object (a dict of JSON-ready values)."""
    doc: dict[str, Any] = {"format": FORMAT, "title": plan.title, "counterparty": plan.counterparty}
    doc["side"] = plan.side.value
    doc["currency"] = plan.currency
    _put(doc, "unit", plan.unit)
    reservation: dict[str, Any] = {"value": amount_to_text(plan.reservation.value)}
    _put(reservation, "conditions", list(plan.reservation.conditions))
    _put(reservation, "rationale", plan.reservation.rationale)
    if plan.reservation.decided_at is not None:
        reservation["decided_at"] = moment_to_text(plan.reservation.decided_at)
    _put(reservation, "min_score", plan.reservation.min_score)
    doc["reservation"] = reservation
    _put(doc, "target", plan.target)
    _put(doc, "opening", plan.opening)
    _put(doc, "price_weight", plan.price_weight)
    _put(doc, "issues", [issue_to_document(i) for i in plan.issues])
    _put(doc, "signer", plan.signer)
    alternatives = []
    for a in plan.alternatives:
        item: dict[str, Any] = {"name": a.name}
        _put(item, "value", a.value)
        _put(item, "likelihood", a.likelihood)
        _put(item, "notes", a.notes)
        alternatives.append(item)
    _put(doc, "alternatives", alternatives)
    signals = []
    for s in plan.signals:
        item = {"kind": s.kind.value}
        _put(item, "label", s.label)
        item["threshold"] = s.threshold
        signals.append(item)
    doc["signals"] = signals
    script: dict[str, Any] = {}
    _put(script, "acknowledge", plan.script.acknowledge)
    _put(script, "reason", plan.script.reason)
    _put(script, "door", plan.script.door)
    _put(doc, "script", script)
    # With a reopening, every round says its phase: dates alone can be ambiguous on the day.
    with_phase = plan.current_phase > 0
    _put(doc, "rounds", [_round_to_document(r, with_phase) for r in plan.rounds])
    _put(doc, "corrections", [_correction_to_document(c, with_phase) for c in plan.corrections])
    if plan.walked is not None:
        doc["walked"] = _walk_to_document(plan.walked)
    if plan.reopened is not None:
        doc["reopened"] = _reopen_to_document(plan.reopened)
    _put(
        doc,
        "history",
        [{"walked": _walk_to_document(p.walked), "reopened": _reopen_to_document(p.reopened)} for p in plan.history],
    )
    if not plan.their_side.is_empty():
        their: dict[str, Any] = {}
        _put(their, "decision_maker", plan.their_side.decision_maker)
        _put(their, "at_table", plan.their_side.at_table)
        _put(their, "walk_away", plan.their_side.walk_away)
        _put(their, "alternatives", plan.their_side.alternatives)
        doc["their_side"] = their
    _put(doc, "commitments", [_commitment_to_document(c) for c in plan.commitments])
    if plan.outcome is not None:
        outcome: dict[str, Any] = {"status": plan.outcome.status.value, "at": moment_to_text(plan.outcome.at)}
        _put(outcome, "amount", plan.outcome.amount)
        _put(outcome, "note", plan.outcome.note)
        doc["outcome"] = outcome
    return doc


def _round_to_document(r: Round, with_phase: bool) -> dict[str, Any]:
    item: dict[str, Any] = {"at": moment_to_text(r.at)}
    _put(item, "their_offer", r.their_offer)
    _put(item, "our_offer", r.our_offer)
    _put(item, "unmet_conditions", list(r.unmet_conditions))
    events = []
    for e in r.events:
        event: dict[str, Any] = {"kind": e.kind.value}
        _put(event, "label", e.label)
        _put(event, "note", e.note)
        events.append(event)
    _put(item, "events", events)
    if r.first_time_today is not None:
        item["first_time_today"] = r.first_time_today
    _put(item, "hours", r.hours)
    _put(item, "note", r.note)
    if r.phase or with_phase:
        item["phase"] = r.phase
    if r.final:
        item["final"] = True
    _put(item, "their_terms", terms_to_document(r.their_terms))
    return item


def _correction_to_document(c: RoundCorrection, with_phase: bool) -> dict[str, Any]:
    item: dict[str, Any] = {"at": moment_to_text(c.at), "action": c.action.value, "round": c.number}
    item["before"] = _round_to_document(c.before, with_phase)
    if c.after is not None:
        item["after"] = _round_to_document(c.after, with_phase)
    return item


def _walk_to_document(walk: Walk) -> dict[str, Any]:
    walked: dict[str, Any] = {"at": moment_to_text(walk.at), "reason": walk.reason}
    if walk.follow_up_on is not None:
        walked["follow_up_on"] = walk.follow_up_on.isoformat()
    _put(walked, "script_delivered", walk.script_delivered)
    _put(walked, "follow_up_moves", [_move_to_document(m) for m in walk.moves])
    return walked


def _reopen_to_document(reopen: Reopen) -> dict[str, Any]:
    reopened: dict[str, Any] = {"at": moment_to_text(reopen.at)}
    _put(reopened, "note", reopen.note)
    if reopen.first_time_today is not None:
        reopened["first_time_today"] = reopen.first_time_today
    return reopened


def _move_to_document(m: FollowUpMove) -> dict[str, Any]:
    item: dict[str, Any] = {"at": moment_to_text(m.at)}
    if m.from_date is not None:
        item["from_date"] = m.from_date.isoformat()
    item["to_date"] = m.to_date.isoformat()
    _put(item, "note", m.note)
    return item


def _commitment_to_document(c: Commitment) -> dict[str, Any]:
    item: dict[str, Any] = {
        "revision": c.revision,
        "signer": c.signer,
        "signed_at": moment_to_text(c.signed_at),
        "fingerprint": c.fingerprint,
    }
    _put(item, "statement", c.statement)
    _put(item, "reason", c.reason)
    _put(item, "reservation_value", c.reservation_value)
    _put(item, "conditions", list(c.conditions))
    if c.side is not None:
        item["side"] = c.side.value
    if c.signature_png:
        item["signature_png"] = base64.b64encode(c.signature_png).decode("ascii")
    if c.certificate:
        item["certificate"] = base64.b64encode(c.certificate).decode("ascii")
    if c.package is not None:
        item["package"] = package_to_document(c.package)
    return item
