"""Reading a current Walkaway file with nothing but ``sqlite3``: for commands that only read.

Importing SQLAlchemy costs about half a second, more than a whole ``walkaway brief``
should take. A file that is ours, at the head schema revision and checked
(:func:`planner.store.health.check_on_open`, the same check the Store makes) is read
here, read-only; anything else returns ``None`` and the caller opens the full
:class:`planner.store.Store`, which migrates, refuses or explains.

:data:`DECODERS` turns SQLite's stored text back into the values the ORM's column
types give; ``tests/test_lean_read.py`` derives the same table from the ORM, so a
new column cannot be forgotten here, and compares whole plans read both ways.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from planner.dates import parse_moment
from planner.errors import UnknownDeal
from planner.model import Plan
from planner.store.file_kind import connect_current
from planner.store.health import check_on_open
from planner.store.rows_to_plan import plan_from_row

Decoder = Callable[[Any], Any]


def _amount(value: str) -> Decimal:  # Money: canonical text on SQLite
    return Decimal(value)


def _flag(value: int) -> bool:  # Boolean: 0 or 1
    return bool(value)


#: Per table, the columns whose stored form is not the value itself, and how to decode them.
DECODERS: dict[str, dict[str, Decoder]] = {
    "deals": {
        "reservation_value": _amount,
        "reservation_decided_at": parse_moment,
        "target": _amount,
        "opening": _amount,
        "their_walk_away": _amount,
        "walked_at": parse_moment,
        "follow_up_on": date.fromisoformat,
        "reopened_at": parse_moment,
        "reopen_first_time_today": _flag,
        "outcome_at": parse_moment,
        "outcome_amount": _amount,
        "created_at": datetime.fromisoformat,
        "updated_at": datetime.fromisoformat,
    },
    "alternatives": {"value": _amount, "likelihood": _amount},
    "rounds": {
        "at": parse_moment,
        "their_offer": _amount,
        "our_offer": _amount,
        "first_time_today": _flag,
        "hours": _amount,
    },
    "commitments": {"signed_at": datetime.fromisoformat, "reservation_value": _amount},
    "follow_up_moves": {"at": datetime.fromisoformat, "from_date": date.fromisoformat, "to_date": date.fromisoformat},
}

#: The deal's child tables, by the attribute name the ORM gives each list, in their order.
_CHILDREN = {
    "conditions": ("conditions", "position"),
    "alternatives": ("alternatives", "position"),
    "signals": ("signals", "position"),
    "rounds": ("rounds", "position"),
    "commitments": ("commitments", "revision"),
    "follow_up_moves": ("follow_up_moves", "position"),
}
_ROUND_CHILDREN = {"unmet": "round_unmet_conditions", "events": "round_events"}


def _rows(connection: sqlite3.Connection, table: str, where: str, key: object, order: str) -> list[SimpleNamespace]:
    decoders = DECODERS.get(table, {})
    cursor = connection.execute(f"SELECT * FROM {table} WHERE {where} = ? ORDER BY {order}", (key,))
    names = [column[0] for column in cursor.description]
    found = []
    for values in cursor:
        fields = {
            name: decoders[name](value) if value is not None and name in decoders else value
            for name, value in zip(names, values, strict=True)
        }
        found.append(SimpleNamespace(**fields))
    return found


def _deal(connection: sqlite3.Connection, deal_id: int) -> SimpleNamespace | None:
    found = _rows(connection, "deals", "id", deal_id, "id")
    if not found:
        return None
    deal = found[0]
    for attribute, (table, order) in _CHILDREN.items():
        setattr(deal, attribute, _rows(connection, table, "deal_id", deal_id, order))
    for round_row in deal.rounds:
        for attribute, table in _ROUND_CHILDREN.items():
            setattr(round_row, attribute, _rows(connection, table, "round_id", round_row.id, "position"))
    return deal


def read_plan(path: Path, deal_id: int) -> Plan | None:
    """The plan of ``deal_id``, or ``None`` when the full Store must open the file.

    Raises :class:`UnknownDeal` when the file is fine but holds no such deal, and
    what :func:`check_on_open` raises for a damaged or locked file.
    """
    path = path.expanduser().resolve()
    with connect_current(path) as connection:
        if connection is None:
            return None
        check_on_open(path)
        try:
            deal = _deal(connection, deal_id)
        except (sqlite3.Error, ValueError, ArithmeticError):
            return None
    if deal is None:
        raise UnknownDeal(deal_id)
    return plan_from_row(deal)
