"""The store service: the only code that opens database sessions.

Callers get and give plain :class:`planner.model.Plan` dataclasses, never
live ORM rows. Every public method that writes is one transaction: one user
action, all or nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from planner.dates import utc_now
from planner.errors import StoreFileError, UnknownDeal
from planner.listing import DealSummary
from planner.model import Plan, Status
from planner.store import schema
from planner.store.engine import WRITE, make_engine
from planner.store.mapping import fill_row, plan_from_row
from planner.store.tables import DealRow, RoundRow

_FULL_PLAN = (
    selectinload(DealRow.conditions),
    selectinload(DealRow.alternatives),
    selectinload(DealRow.signals),
    selectinload(DealRow.rounds).selectinload(RoundRow.unmet),
    selectinload(DealRow.rounds).selectinload(RoundRow.events),
    selectinload(DealRow.commitments),
)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)


class Store:
    """A Walkaway file, open for reading and writing."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser().resolve()
        state = schema.inspect_file(self.path)
        if state == "missing":
            _create_private_file(self.path)
        self.engine = make_engine(self.path)
        self._writer = self.engine.execution_options(**{WRITE: True})
        if state != "current":
            try:
                schema.create_or_upgrade(self.engine)
            except OperationalError as error:
                self.engine.dispose()
                raise StoreFileError(f"{self.path}: cannot be prepared ({error.orig})") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sessions ---------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One transaction that takes the write lock at its start and commits at the end."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    # -- reading ----------------------------------------------------------

    def list_deals(self, *, search: str = "", statuses: Iterable[Status] | None = None) -> list[DealSummary]:
        """Every deal, most recently changed first; optionally filtered."""
        columns = (
            DealRow.id,
            DealRow.title,
            DealRow.counterparty,
            DealRow.status,
            DealRow.side,
            DealRow.currency,
            DealRow.unit,
            DealRow.reservation_value,
            DealRow.follow_up_on,
            DealRow.updated_at,
        )
        query = select(*columns).order_by(DealRow.updated_at.desc(), DealRow.id.desc())
        if search:
            needle = search.casefold()
            query = query.where(
                or_(func.lower(DealRow.title).contains(needle), func.lower(DealRow.counterparty).contains(needle))
            )
        if statuses is not None:
            query = query.where(DealRow.status.in_([s.value for s in statuses]))
        with self._reading() as session:
            rows = session.execute(query).all()
        return [
            DealSummary(
                id=r[0],
                title=r[1],
                counterparty=r[2],
                status=Status(r[3]),
                side=r[4],
                currency=r[5],
                unit=r[6],
                reservation=r[7],
                follow_up_on=r[8],
                updated_at=r[9],
            )
            for r in rows
        ]

    def get_plan(self, deal_id: int) -> Plan:
        with self._reading() as session:
            row = session.scalars(select(DealRow).where(DealRow.id == deal_id).options(*_FULL_PLAN)).first()
            if row is None:
                raise UnknownDeal(deal_id)
            return plan_from_row(row)

    def count_deals(self) -> int:
        with self._reading() as session:
            return session.scalar(select(func.count(DealRow.id))) or 0

    # -- writing ----------------------------------------------------------

    def add_plan(self, plan: Plan) -> int:
        """Store a new deal; returns its id (``plan.id`` is ignored)."""
        return self.add_plans([plan])[0]

    def add_plans(self, plans: Iterable[Plan]) -> list[int]:
        """Store several new deals in one transaction: all of them or none."""
        now = utc_now()
        with self._writing() as session:
            rows = []
            for plan in plans:
                row = DealRow(created_at=now, updated_at=now)
                fill_row(row, plan)
                session.add(row)
                rows.append(row)
            session.flush()
            return [row.id for row in rows]

    def save_plan(self, plan: Plan) -> None:
        """Replace the stored deal ``plan.id`` with ``plan``, in one transaction."""
        if plan.id is None:
            raise ValueError("save_plan needs a plan with an id; use add_plan for a new one")
        with self._writing() as session:
            row = session.scalars(select(DealRow).where(DealRow.id == plan.id).options(*_FULL_PLAN)).first()
            if row is None:
                raise UnknownDeal(plan.id)
            # Remove the old child rows first so the new ones can take their positions.
            for collection in (row.conditions, row.alternatives, row.signals, row.rounds, row.commitments):
                collection.clear()
            session.flush()
            fill_row(row, plan)
            row.updated_at = utc_now()

    def delete_deal(self, deal_id: int) -> Plan:
        """Delete a deal and return it as it was, so the caller can offer undo."""
        with self._writing() as session:
            row = session.scalars(select(DealRow).where(DealRow.id == deal_id).options(*_FULL_PLAN)).first()
            if row is None:
                raise UnknownDeal(deal_id)
            plan = plan_from_row(row)
            session.execute(delete(DealRow).where(DealRow.id == deal_id))
            return plan

    def restore_deal(self, plan: Plan) -> int:
        """Put back a deleted deal under its old id (undo of :meth:`delete_deal`)."""
        if plan.id is None:
            return self.add_plan(plan)
        now = utc_now()
        with self._writing() as session:
            row = DealRow(id=plan.id, created_at=now, updated_at=now)
            fill_row(row, plan)
            session.add(row)
        return plan.id
