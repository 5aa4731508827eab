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
from planner.dates import Moment, moment_sort_key
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
from planner.plan_rules import first_problem, signal_problems
from planner.plans.package_doc import (
    issues_from_documents,
    package_from_document,
    terms_from_document,
)
from planner.plans.schema import FORMAT, FollowUpMoveDoc, PlanDoc, ReopenedDoc, RoundDoc, WalkedDoc, field_path
from planner.plans.to_document import plan_to_document

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


def dump_plan(plan: Plan) -> str:
    return json.dumps(plan_to_document(plan), ensure_ascii=False, indent=2) + "\n"


def write_plan_file(plan: Plan, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, dump_plan(plan))
