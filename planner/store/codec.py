"""How every stored column is written and read back: one codec for the whole store.

Each typed column has a :class:`Codec`: ``encode`` gives the stored form, ``decode`` the
value again. The ORM's column types (:mod:`planner.store.types`) write through these
functions, and the ``sqlite3`` reader (:mod:`planner.store.reader`) reads through them,
so a column is never decoded in two places. Standard library only: the lean readers import
this without SQLAlchemy.

The stored forms are SQLite's: amounts as canonical text (SQLite has no exact decimal type),
dates and moments as ISO text, enums by their value, flags as 0 or 1, lists as JSON. A server
database may hand back native values instead (a ``NUMERIC``, a ``date``, a ``bool``); every
``decode`` takes those as they come, so a server backend reads through the same codec.

:data:`COLUMNS` lists, per table, every column whose stored form is not its value
(``tests/test_store_reader.py`` derives the same table from the ORM, so a new column cannot
be forgotten here). Text, whole numbers and bytes are stored as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from planner.dates import Moment, moment_to_text, parse_moment
from planner.model import (
    CorrectionAction,
    FollowUpMove,
    Issue,
    IssueKind,
    PackageDefinition,
    Round,
    Side,
    SignalEvent,
    SignalKind,
    Status,
    TermValue,
)
from planner.money import amount_to_text

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class Codec(Generic[T]):
    """The stored form of one kind of value, both ways; ``None`` is stored as NULL and never passed here."""

    name: str
    encode: Callable[[T], Any]
    decode: Callable[[Any], T]


def _decode_amount(value: Any) -> Decimal:
    # Text on SQLite (exactly what was written); a server's NUMERIC comes back padded to its scale
    # (18500.0000): read back as it was written, 18500, never in exponent form (1.85E+4).
    return Decimal(value) if isinstance(value, str) else Decimal(amount_to_text(Decimal(str(value))))


def _decode_day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _encode_instant(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime given where a UTC moment is required")
    return value.astimezone(UTC).isoformat()


def _decode_instant(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _encode_list(value: list[str]) -> str:
    return json.dumps(value, ensure_ascii=False)


def _decode_list(value: Any) -> list[str]:
    return list(json.loads(value))


#: An exact amount (``Decimal``), as canonical text: ``18500``, ``0.25``, never an exponent.
AMOUNT: Codec[Decimal] = Codec("amount", amount_to_text, _decode_amount)
#: A day or a moment of the user's (a date or a date-time), as ISO text, so the two stay distinct.
MOMENT: Codec[Moment] = Codec("moment", moment_to_text, parse_moment)
#: A calendar day, ``YYYY-MM-DD`` (what SQLAlchemy's ``Date`` writes on SQLite).
DAY: Codec[date] = Codec("day", date.isoformat, _decode_day)
#: A timezone-aware moment the program took (``utc_now``), as UTC ISO text.
INSTANT: Codec[datetime] = Codec("instant", _encode_instant, _decode_instant)
#: True or false, 1 or 0 (what SQLAlchemy's ``Boolean`` writes on SQLite).
FLAG: Codec[bool] = Codec("flag", int, bool)
#: A list of texts, as JSON.
TEXTS: Codec[list[str]] = Codec("texts", _encode_list, _decode_list)


def _encode_moves(moves: list[FollowUpMove]) -> str:
    return json.dumps(
        [
            {
                "at": _encode_instant(m.at),
                "from_date": m.from_date.isoformat() if m.from_date is not None else None,
                "to_date": m.to_date.isoformat(),
                "note": m.note,
            }
            for m in moves
        ],
        ensure_ascii=False,
    )


def _decode_moves(value: Any) -> list[FollowUpMove]:
    return [
        FollowUpMove(
            at=_decode_instant(m["at"]),
            from_date=_decode_day(m["from_date"]) if m["from_date"] is not None else None,
            to_date=_decode_day(m["to_date"]),
            note=m["note"],
        )
        for m in json.loads(value)
    ]


def _amount_or_none(value: Decimal | None) -> str | None:
    return None if value is None else amount_to_text(value)


def _issue_value(issue: Issue) -> dict[str, Any]:
    return {
        "key": issue.key,
        "label": issue.label,
        "kind": issue.kind.value,
        "weight": amount_to_text(issue.weight),
        "best": _amount_or_none(issue.best),
        "worst": _amount_or_none(issue.worst),
        "unit": issue.unit,
        "options": [[name, amount_to_text(score)] for name, score in issue.options.items()],
    }


def _issue_read(item: dict[str, Any]) -> Issue:
    return Issue(
        key=item["key"],
        label=item["label"],
        kind=IssueKind(item["kind"]),
        weight=Decimal(item["weight"]),
        best=_amount_read(item["best"]),
        worst=_amount_read(item["worst"]),
        unit=item["unit"],
        options={name: Decimal(score) for name, score in item["options"]},
    )


def _encode_issues(issues: list[Issue]) -> str:
    return json.dumps([_issue_value(i) for i in issues], ensure_ascii=False)


def _decode_issues(value: Any) -> list[Issue]:
    return [_issue_read(item) for item in json.loads(value)]


def _terms_value(terms: dict[str, TermValue]) -> list[list[str]]:
    # Tagged, so a term reads back as a number or an option's name without the plan's issues.
    return [
        [key, "option", value] if isinstance(value, str) else [key, "number", amount_to_text(value)]
        for key, value in terms.items()
    ]


def _terms_read(items: list[list[str]]) -> dict[str, TermValue]:
    return {key: value if tag == "option" else Decimal(value) for key, tag, value in items}


def _encode_terms(terms: dict[str, TermValue]) -> str:
    return json.dumps(_terms_value(terms), ensure_ascii=False)


def _decode_terms(value: Any) -> dict[str, TermValue]:
    return _terms_read(json.loads(value))


def _encode_package(package: PackageDefinition) -> str:
    return json.dumps(
        {
            "issues": [_issue_value(i) for i in package.issues],
            "price_weight": _amount_or_none(package.price_weight),
            "min_score": _amount_or_none(package.min_score),
        },
        ensure_ascii=False,
    )


def _decode_package(value: Any) -> PackageDefinition:
    item = json.loads(value)
    return PackageDefinition(
        issues=[_issue_read(i) for i in item["issues"]],
        price_weight=_amount_read(item["price_weight"]),
        min_score=_amount_read(item["min_score"]),
    )


def _encode_round(r: Round) -> str:
    return json.dumps(
        {
            "at": moment_to_text(r.at),
            "their_offer": _amount_or_none(r.their_offer),
            "our_offer": _amount_or_none(r.our_offer),
            "unmet_conditions": list(r.unmet_conditions),
            "events": [{"kind": e.kind.value, "label": e.label, "note": e.note} for e in r.events],
            "first_time_today": r.first_time_today,
            "hours": _amount_or_none(r.hours),
            "note": r.note,
            "phase": r.phase,
            "final": r.final,
            "their_terms": _terms_value(r.their_terms),
        },
        ensure_ascii=False,
    )


def _amount_read(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _decode_round(value: Any) -> Round:
    r = json.loads(value)
    amount = _amount_read  # written by _encode_round: canonical text or null
    return Round(
        at=parse_moment(r["at"]),
        their_offer=amount(r["their_offer"]),
        our_offer=amount(r["our_offer"]),
        unmet_conditions=list(r["unmet_conditions"]),
        events=[SignalEvent(SignalKind(e["kind"]), e["label"], e["note"]) for e in r["events"]],
        first_time_today=r["first_time_today"],
        hours=amount(r["hours"]),
        note=r["note"],
        phase=r["phase"],
        final=r["final"],
        their_terms=_terms_read(r.get("their_terms", [])),  # rounds kept before packages (0002) have none
    )


#: The snoozes and reschedules of an earlier walk's follow-up, as JSON.
MOVES: Codec[list[FollowUpMove]] = Codec("moves", _encode_moves, _decode_moves)
#: A round as it was before a correction (or after it), whole, as JSON.
ROUND: Codec[Round] = Codec("round", _encode_round, _decode_round)
#: A package's terms besides the price, as JSON (amounts as canonical text, options in their order).
ISSUES: Codec[list[Issue]] = Codec("issues", _encode_issues, _decode_issues)
#: A round's terms, as JSON ``[[key, "number", "3"], [key, "option", "Senior"], …]``.
TERMS: Codec[dict[str, TermValue]] = Codec("terms", _encode_terms, _decode_terms)
#: The package a commitment signed (terms, price weight, minimum score), as JSON.
PACKAGE: Codec[PackageDefinition] = Codec("package", _encode_package, _decode_package)


def choice(enum: type[E]) -> Codec[E]:
    """One of ``enum``'s members, by its value."""
    return Codec(f"choice:{enum.__name__}", lambda member: member.value, enum)


SIDE = choice(Side)
STATUS = choice(Status)
SIGNAL_KIND = choice(SignalKind)
CORRECTION_ACTION = choice(CorrectionAction)

#: Per table, the columns whose stored form is not the value itself, and their codec.
COLUMNS: dict[str, dict[str, Codec[Any]]] = {
    "deals": {
        "side": SIDE,
        "status": STATUS,
        "reservation_value": AMOUNT,
        "reservation_decided_at": MOMENT,
        "target": AMOUNT,
        "opening": AMOUNT,
        "their_walk_away": AMOUNT,
        "walked_at": MOMENT,
        "follow_up_on": DAY,
        "reopened_at": MOMENT,
        "reopen_first_time_today": FLAG,
        "outcome_status": STATUS,
        "outcome_at": MOMENT,
        "outcome_amount": AMOUNT,
        "issues_json": ISSUES,
        "price_weight": AMOUNT,
        "reservation_min_score": AMOUNT,
        "created_at": INSTANT,
        "updated_at": INSTANT,
    },
    "alternatives": {"value": AMOUNT, "likelihood": AMOUNT},
    "signals": {"kind": SIGNAL_KIND},
    "rounds": {
        "at": MOMENT,
        "their_offer": AMOUNT,
        "our_offer": AMOUNT,
        "first_time_today": FLAG,
        "hours": AMOUNT,
        "final": FLAG,
        "their_terms_json": TERMS,
    },
    "round_events": {"kind": SIGNAL_KIND},
    "commitments": {
        "signed_at": INSTANT,
        "reservation_value": AMOUNT,
        "conditions_json": TEXTS,
        "side": SIDE,
        "package_json": PACKAGE,
    },
    "follow_up_moves": {"at": INSTANT, "from_date": DAY, "to_date": DAY},
    "past_walks": {
        "walked_at": MOMENT,
        "follow_up_on": DAY,
        "follow_up_moves_json": MOVES,
        "reopened_at": MOMENT,
        "reopen_first_time_today": FLAG,
    },
    "round_corrections": {"at": INSTANT, "action": CORRECTION_ACTION, "before_json": ROUND, "after_json": ROUND},
}


def decoders(table: str, names: list[str]) -> list[Callable[[Any], Any] | None]:
    """For columns ``names`` of ``table`` as a query returns them: each one's decoder, or None (as stored)."""
    codecs = COLUMNS.get(table, {})
    return [codecs[name].decode if name in codecs else None for name in names]


def decode_row(row: tuple[Any, ...], decode: list[Callable[[Any], Any] | None]) -> list[Any]:
    """One row's values decoded (NULL stays ``None``)."""
    return [value if step is None or value is None else step(value) for step, value in zip(decode, row, strict=True)]


def encode(codec: Codec[T], value: T | None) -> Any:
    """The stored form of ``value`` (``None`` for NULL)."""
    return None if value is None else codec.encode(value)
