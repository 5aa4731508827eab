"""Read and write ``walkaway-plan/1`` files (JSON).

Numbers are parsed straight to ``Decimal`` (``parse_float=Decimal``) so an
amount never passes through float. Amounts are written as JSON strings, which
every reader keeps exact.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner import limits
from planner.atomic import atomic_write_text
from planner.dates import Moment, moment_sort_key, moment_to_text
from planner.errors import PlanFileError
from planner.input_files import InputFileError, read_input_file
from planner.model import (
    STANDARD_SIGNALS,
    Alternative,
    Commitment,
    CorrectionAction,
    FollowUpMove,
    Issue,
    Outcome,
    PastWalk,
    Plan,
    Reopen,
    Reservation,
    Round,
    RoundCorrection,
    Script,
    Side,
    Signal,
    SignalEvent,
    Status,
    TheirSide,
    Walk,
    status_from_content,
)
from planner.money import amount_to_text
from planner.plan_rules import first_problem, signal_problems
from planner.plans.package_doc import (
    issue_to_document,
    issues_from_documents,
    package_from_document,
    package_to_document,
    terms_from_document,
    terms_to_document,
)
from planner.plans.schema import FORMAT, FollowUpMoveDoc, PlanDoc, ReopenedDoc, RoundDoc, WalkedDoc, field_path

MAX_FILE_BYTES = limits.MAX_PLAN_FILE_BYTES


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


class _DuplicateKey(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys; a file that says two things is refused instead.
    made = dict(pairs)
    if len(made) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return made


def read_plan_text(text: str | bytes, source: str = "<plan>") -> Plan:
    """Parse and validate a plan document; raise :class:`PlanFileError` naming the bad field."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PlanFileError(source, "", "not a UTF-8 text file") from None
    try:
        raw = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant, object_pairs_hook=_object)
    except _DuplicateKey as error:
        raise PlanFileError(source, "", f"the key '{error}' appears twice in one object") from None
    except (ValueError, RecursionError) as error:
        where = f" (line {error.lineno}, column {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise PlanFileError(source, "", f"not a JSON plan file{where}") from None
    if not isinstance(raw, dict):
        raise PlanFileError(source, "", "not a plan: the file must hold a JSON object")
    if raw.get("format") != FORMAT:
        found = raw.get("format")
        hint = f"'{found}'" if isinstance(found, str) else "missing"
        raise PlanFileError(source, "format", f"expected '{FORMAT}', found {hint}")
    try:
        doc = PlanDoc.model_validate(raw)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        path = field_path(first["loc"])
        message = first["msg"]
        if first["type"] == "missing":
            message = "required field is missing"
        elif first["type"] == "extra_forbidden":
            message = "unknown field"
        # Messages raised inside a model validator name their own sub-path.
        if ": " in message and message.split(": ", 1)[0].endswith("]"):
            sub, message = message.split(": ", 1)
            path = f"{path}.{sub}" if path else sub
        raise PlanFileError(source, path, message) from None
    return plan_from_document(doc, source)


def read_plan_file(path: str | os.PathLike[str]) -> Plan:
    """Read a plan file: a regular file of at most :data:`MAX_FILE_BYTES`, refused otherwise at once."""
    try:
        data = read_input_file(path, MAX_FILE_BYTES, what="plan file")
    except InputFileError as error:
        raise PlanFileError(error.source, "", error.reason) from None
    return read_plan_text(data, str(path))


def _reopenings(doc: PlanDoc) -> list[Moment]:
    return [past.reopened.at for past in doc.history] + ([doc.reopened.at] if doc.reopened is not None else [])


def _round_phase(round_: RoundDoc, reopenings: list[Moment]) -> int:
    if round_.phase is not None:
        return round_.phase
    # Older files carry no phase: a round on or after a reopening belongs to the phase it started.
    return sum(1 for at in reopenings if moment_sort_key(round_.at) >= moment_sort_key(at))


def _round_from_document(r: RoundDoc, reopenings: list[Moment], issues: list[Issue], path: str, source: str) -> Round:
    return Round(
        at=r.at,
        their_offer=r.their_offer,
        our_offer=r.our_offer,
        unmet_conditions=list(r.unmet_conditions),
        events=[SignalEvent(kind=e.kind, label=e.label, note=e.note) for e in r.events],
        first_time_today=r.first_time_today,
        hours=r.hours,
        note=r.note,
        phase=_round_phase(r, reopenings),
        final=r.final,
        their_terms=terms_from_document(r.their_terms, issues, path, source),
    )


def _walk_from_document(walked: WalkedDoc, path: str, source: str) -> Walk:
    return Walk(
        at=walked.at,
        reason=walked.reason,
        follow_up_on=walked.follow_up_on,
        script_delivered=walked.script_delivered,
        moves=[
            _move_from_document(m, f"{path}.follow_up_moves[{i}]", source) for i, m in enumerate(walked.follow_up_moves)
        ],
    )


def _reopen_from_document(reopened: ReopenedDoc) -> Reopen:
    return Reopen(at=reopened.at, note=reopened.note, first_time_today=reopened.first_time_today)


def _corrections_from_document(
    doc: PlanDoc, reopenings: list[Moment], issues: list[Issue], source: str
) -> list[RoundCorrection]:
    found = []
    for i, c in enumerate(doc.corrections):
        where = f"corrections[{i}]"
        after = c.after
        found.append(
            RoundCorrection(
                at=_utc_moment(c.at, f"{where}.at", source),
                action=CorrectionAction(c.action),
                number=c.round,
                before=_round_from_document(c.before, reopenings, issues, f"{where}.before", source),
                after=_round_from_document(after, reopenings, issues, f"{where}.after", source) if after else None,
            )
        )
    return found


def plan_from_document(doc: PlanDoc, source: str = "<plan>") -> Plan:
    """The plan a checked document describes, once it keeps every rule of :mod:`planner.plan_rules`."""
    signals = [
        Signal(
            kind=s.kind,
            label=s.label,
            threshold=s.threshold if s.threshold is not None else STANDARD_SIGNALS.get(s.kind, 1),
        )
        for s in doc.signals
    ]
    reopenings = _reopenings(doc)
    issues = issues_from_documents(doc.issues)
    # In the file's own order, before the plan adds the standard signals and sorts them.
    problem = next(signal_problems(signals), None)
    if problem is not None:
        raise PlanFileError(source, problem.path, problem.message)
    commitments = []
    for index, c in enumerate(doc.commitments):
        try:
            png = base64.b64decode(c.signature_png, validate=True) if c.signature_png else None
        except (binascii.Error, ValueError):
            raise PlanFileError(source, f"commitments[{index}].signature_png", "not base64 data") from None
        try:
            certificate = base64.b64decode(c.certificate, validate=True) if c.certificate else None
        except (binascii.Error, ValueError):
            raise PlanFileError(source, f"commitments[{index}].certificate", "not base64 data") from None
        signed_at = c.signed_at
        if not isinstance(signed_at, datetime):
            raise PlanFileError(source, f"commitments[{index}].signed_at", "needs a date and a time")
        if signed_at.tzinfo is None:  # a moment without an offset is taken as UTC
            signed_at = signed_at.replace(tzinfo=UTC)
        commitments.append(
            Commitment(
                revision=c.revision,
                signer=c.signer,
                signed_at=signed_at,
                fingerprint=c.fingerprint,
                statement=c.statement,
                reason=c.reason,
                reservation_value=c.reservation_value,
                conditions=list(c.conditions),
                side=Side(c.side) if c.side else None,
                signature_png=png,
                certificate=certificate,
                package=package_from_document(c.package),
            )
        )
    plan = Plan(
        title=doc.title,
        counterparty=doc.counterparty,
        side=Side(doc.side),
        currency=doc.currency,
        unit=doc.unit,
        reservation=Reservation(
            value=doc.reservation.value,
            conditions=list(doc.reservation.conditions),
            rationale=doc.reservation.rationale,
            decided_at=doc.reservation.decided_at,
            min_score=doc.reservation.min_score,
        ),
        target=doc.target,
        opening=doc.opening,
        signer=doc.signer,
        alternatives=[
            Alternative(name=a.name, value=a.value, likelihood=a.likelihood, notes=a.notes) for a in doc.alternatives
        ],
        signals=signals,
        script=Script(acknowledge=doc.script.acknowledge, reason=doc.script.reason, door=doc.script.door),
        rounds=[_round_from_document(r, reopenings, issues, f"rounds[{i}]", source) for i, r in enumerate(doc.rounds)],
        issues=issues,
        price_weight=doc.price_weight,
        walked=_walk_from_document(doc.walked, "walked", source) if doc.walked else None,
        reopened=_reopen_from_document(doc.reopened) if doc.reopened else None,
        history=[
            PastWalk(_walk_from_document(p.walked, f"history[{i}].walked", source), _reopen_from_document(p.reopened))
            for i, p in enumerate(doc.history)
        ],
        corrections=_corrections_from_document(doc, reopenings, issues, source),
        their_side=(
            TheirSide(
                decision_maker=doc.their_side.decision_maker,
                at_table=doc.their_side.at_table,
                walk_away=doc.their_side.walk_away,
                alternatives=doc.their_side.alternatives,
            )
            if doc.their_side
            else TheirSide()
        ),
        commitments=commitments,
        outcome=(
            Outcome(
                status=Status(doc.outcome.status), at=doc.outcome.at, amount=doc.outcome.amount, note=doc.outcome.note
            )
            if doc.outcome
            else None
        ),
    )
    plan.status = status_from_content(plan)
    problem = first_problem(plan)
    if problem is not None:
        raise PlanFileError(source, problem.path, problem.message)
    return plan


def _utc_moment(at: Moment, path: str, source: str) -> datetime:
    if not isinstance(at, datetime):
        raise PlanFileError(source, path, "needs a date and a time")
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)  # a moment without an offset is UTC


def _move_from_document(move: FollowUpMoveDoc, path: str, source: str) -> FollowUpMove:
    at = _utc_moment(move.at, f"{path}.at", source)
    return FollowUpMove(at=at, from_date=move.from_date, to_date=move.to_date, note=move.note)


# -- writing ---------------------------------------------------------------


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


def dump_plan(plan: Plan) -> str:
    return json.dumps(plan_to_document(plan), ensure_ascii=False, indent=2) + "\n"


def write_plan_file(plan: Plan, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, dump_plan(plan))
