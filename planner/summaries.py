"""One line per deal: what the lists show, read without loading whole plans (see :mod:`planner.store.reader`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from planner.dates import Moment
from planner.model import Side, Status


@dataclass(frozen=True, slots=True)
class DealSummary:
    """One line of the deal list: what the list views and ``walkaway list`` show."""

    id: int
    title: str
    counterparty: str
    status: Status
    side: Side
    currency: str
    unit: str
    reservation: Decimal
    follow_up_on: date | None
    updated_at: datetime

    @property
    def next_follow_up(self) -> date | None:
        """The follow-up still ahead: only a walked deal waits for one (a reopened one was answered)."""
        return self.follow_up_on if self.status is Status.WALKED else None


@dataclass(frozen=True, slots=True)
class WalkedSummary:
    """A walked deal waiting for its follow-up: one line of the follow-ups list, as stored."""

    id: int
    title: str
    counterparty: str
    walked_at: Moment
    reason: str | None
    follow_up_on: date
    currency: str
    unit: str
    reservation: Decimal
    moves: int  # times the follow-up date was moved by hand
    walk: int = 1  # which walk of the deal it follows up (2 after walking away again)
