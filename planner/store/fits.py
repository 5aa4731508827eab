"""What every backend can hold, checked before a plan is written: text lengths, NUL, broken characters.

SQLite keeps any text in any column; a team server (PostgreSQL) refuses a text longer than its
``VARCHAR(n)``, any NUL character, and UTF-8 cannot carry half of a UTF-16 pair. The rules that
keep plans clean (:mod:`planner.plan_rules`) stop these at every entry already; this is the
last check, the same in both modes, so that a plan one backend takes the other takes too and
the user gets one line naming the field instead of a database error. The lengths are read from
the ORM's columns, so a new column is checked without being listed here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from planner.errors import WalkawayError
from planner.model import Plan
from planner.store.mapping import child_rows, deal_columns
from planner.store.tables import DealRow

#: Where a deal's own column comes from in the plan, when its name does not say it.
_DEAL_FIELDS = {
    "reservation_value": "reservation.value",
    "reservation_rationale": "reservation.rationale",
    "reservation_decided_at": "reservation.decided_at",
    "script_acknowledge": "script.acknowledge",
    "script_reason": "script.reason",
    "script_door": "script.door",
    "their_decision_maker": "their_side.decision_maker",
    "their_at_table": "their_side.at_table",
    "their_walk_away": "their_side.walk_away",
    "their_alternatives": "their_side.alternatives",
    "walked_at": "walked.at",
    "walk_reason": "walked.reason",
    "walk_script": "walked.script_delivered",
    "follow_up_on": "walked.follow_up_on",
    "reopened_at": "reopened.at",
    "reopen_note": "reopened.note",
    "outcome_note": "outcome.note",
}
#: Where each child table's rows are in the plan, and the plan's names of their columns.
_CHILD_LISTS = {
    "conditions": ("reservation.conditions", {"text": ""}),
    "alternatives": ("alternatives", {}),
    "signals": ("signals", {}),
    "rounds": ("rounds", {}),
    "commitments": ("commitments", {"conditions_json": "conditions"}),
    "follow_up_moves": ("walked.follow_up_moves", {}),
    "past_walks": (
        "history",
        {
            "walk_reason": "walked.reason",
            "walk_script": "walked.script_delivered",
            "reopen_note": "reopened.note",
            "follow_up_moves_json": "walked.follow_up_moves",
        },
    ),
    "corrections": ("corrections", {"before_json": "before", "after_json": "after"}),
}
_ROUND_LISTS = {"unmet": ("unmet_conditions", {"text": ""}), "events": ("events", {})}


class TextDoesNotFit(WalkawayError):
    """A text no backend could store as it is; nothing was saved."""


def _length(column_type: Any) -> int | None:
    """The most characters a column holds (``None``: no limit)."""
    kind = column_type.impl if isinstance(column_type, TypeDecorator) else column_type
    return kind.length if isinstance(kind, String) else None


def _texts(row: Any, prefix: str, names: dict[str, str]) -> Iterator[tuple[str, str, int | None]]:
    """(field path, text, most characters) of every text column of an ORM row."""
    for column in row.__table__.columns:
        value = getattr(row, column.key, None)
        if isinstance(value, str):
            name = names.get(column.key, column.key)
            yield (f"{prefix}.{name}" if name else prefix), value, _length(column.type)
        elif isinstance(value, list):  # a list of texts stored as one column (a commitment's conditions)
            name = names.get(column.key, column.key)
            for index, text in enumerate(value):
                if isinstance(text, str):
                    yield f"{prefix}.{name}[{index}]", text, None


def plan_texts(plan: Plan) -> Iterator[tuple[str, str, int | None]]:
    """Every text ``plan`` is stored with: its field path, the text and the most characters its column takes."""
    deal = DealRow.__table__.columns
    for key, value in deal_columns(plan).items():
        if isinstance(value, str):
            yield _DEAL_FIELDS.get(key, key), value, _length(deal[key].type)
    for table, rows in child_rows(plan).items():
        where, names = _CHILD_LISTS[table]
        for index, row in enumerate(rows):
            yield from _texts(row, f"{where}[{index}]", names)
            for attribute, (inner, inner_names) in _ROUND_LISTS.items() if table == "rounds" else ():
                for position, child in enumerate(getattr(row, attribute)):
                    yield from _texts(child, f"{where}[{index}].{inner}[{position}]", inner_names)


def text_problem(text: str, most: int | None) -> str | None:
    if "\x00" in text:
        return "holds a NUL character (\\u0000), which cannot be saved"
    if most is not None and len(text) > most:
        return f"{len(text):,} characters, more than the {most:,} that can be saved"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "holds half of a UTF-16 pair (a broken character), which cannot be saved"
    return None


def check_fits(plan: Plan) -> None:
    """Raise :class:`TextDoesNotFit` (one line, the field named) for the first text no backend can store."""
    for where, text, most in plan_texts(plan):
        problem = text_problem(text, most)
        if problem:
            raise TextDoesNotFit(f"{where}: {problem}; remove it and save again (nothing was changed)")
