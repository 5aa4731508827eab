"""The deal list, read lean: stdlib ``sqlite3`` only, for a fast start-up.

Importing SQLAlchemy costs more than half a second, several times what the
window needs to appear. The window's first paint therefore reads the deal
list here, read-only, and opens the full :class:`planner.store.Store` right
after. Any doubt about the file (not ours, another schema revision, damaged)
returns ``None`` and the caller takes the full path, which explains itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from planner.model import Status

_COLUMNS = "id, title, counterparty, status, side, currency, unit, reservation_value, follow_up_on, updated_at"


@dataclass(frozen=True, slots=True)
class DealSummary:
    """One line of the deal list: what the list views and ``walkaway list`` show."""

    id: int
    title: str
    counterparty: str
    status: Status
    side: str
    currency: str
    unit: str
    reservation: Decimal
    follow_up_on: date | None
    updated_at: datetime

    @property
    def next_follow_up(self) -> date | None:
        """The follow-up still ahead: only a walked deal waits for one (a reopened one was answered)."""
        return self.follow_up_on if self.status is Status.WALKED else None


def summary_from_columns(row: tuple) -> DealSummary:
    """A summary from the raw SQLite columns, in the order of ``_COLUMNS``."""
    return DealSummary(
        id=row[0],
        title=row[1],
        counterparty=row[2],
        status=Status(row[3]),
        side=row[4],
        currency=row[5],
        unit=row[6],
        reservation=Decimal(row[7]),
        follow_up_on=date.fromisoformat(row[8]) if row[8] else None,
        updated_at=datetime.fromisoformat(row[9]),
    )


def read_deal_list(path: Path) -> list[DealSummary] | None:
    """Every deal, most recently changed first, or ``None`` when the full store must decide."""
    from planner.store.file_kind import connect_current

    with connect_current(path) as connection:
        if connection is None:
            return None
        try:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM deals ORDER BY updated_at DESC, id DESC").fetchall()
            return [summary_from_columns(row) for row in rows]
        except (sqlite3.Error, ValueError, ArithmeticError):
            return None
