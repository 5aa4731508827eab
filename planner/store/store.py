"""The store service: the only code that opens database sessions.

Callers get and give plain :class:`planner.model.Plan` dataclasses, never
live ORM rows. Every public method that writes is one transaction: one user
action, all or nothing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session, selectinload

from planner.dates import utc_now
from planner.errors import (
    EditConflict,
    FileLocked,
    FileTooNew,
    ReadOnlyFile,
    StoreFileError,
    UnknownDeal,
    WalkawayError,
    WriteRefused,
)
from planner.listing import DealSummary
from planner.model import Plan, Status
from planner.store import file_kind, health, schema
from planner.store.engine import WRITE, make_engine
from planner.store.mapping import fill_row
from planner.store.rows_to_plan import plan_from_row
from planner.store.tables import DealRow, RoundRow

# INFO lines name actions and deal ids only: the log may be attached to a bug report.
log = logging.getLogger("walkaway.store")


_FULL_PLAN = (
    selectinload(DealRow.conditions),
    selectinload(DealRow.alternatives),
    selectinload(DealRow.signals),
    selectinload(DealRow.rounds).selectinload(RoundRow.unmet),
    selectinload(DealRow.rounds).selectinload(RoundRow.events),
    selectinload(DealRow.commitments),
    selectinload(DealRow.follow_up_moves),
)


_BROKEN_TEXT = (
    "a text contains half of a UTF-16 pair (a broken character), which cannot be saved; "
    "remove it and save again (nothing was changed)"
)


def _is_lock_error(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "locked" in text or "busy" in text


#: What SQLite's refusal to write means for the user, by its primary result code.
_WRITE_REFUSALS = {
    "SQLITE_FULL": "the disk is full; nothing was written (free some space and try again)",
    "SQLITE_READONLY": "the file or its folder cannot be written (read-only); nothing was written",
    "SQLITE_IOERR": "a disk error stopped the write; nothing was written",
    "SQLITE_CANTOPEN": "the file's journal cannot be created beside it; nothing was written",
}


def _write_refusal(path: Path, error: OperationalError) -> WriteRefused | None:
    name = str(getattr(error.orig, "sqlite_errorname", ""))
    primary = next((code for code in _WRITE_REFUSALS if name == code or name.startswith(code + "_")), None)
    return None if primary is None else WriteRefused(f"{path}: {_WRITE_REFUSALS[primary]}")


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)


class Store:
    """A Walkaway file, open for reading and writing (or only reading, see ``read_only``).

    Opening never changes a file it refuses: it is classified and checked
    (``PRAGMA quick_check``) read-only first. A file from an older version is
    copied beside itself before it is migrated.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser().resolve()
        self.read_only = read_only
        # updated_at of each deal as last read or written here: a save over a
        # newer version written by another process is refused, not lost.
        self._seen: dict[int, datetime] = {}
        state = file_kind.inspect_file(self.path)
        if read_only and state != "current":
            if state == "missing":
                raise StoreFileError(f"{self.path}: no such file")
            raise ReadOnlyFile(f"{self.path}: needs upgrading, which cannot be done while it is open read-only")
        if state in ("current", "older"):
            health.check_on_open(self.path)
        if state == "missing":
            _create_private_file(self.path)
        if state == "older":
            self._backup_before_migrating()
        self.engine = make_engine(self.path, read_only=read_only)
        self._writer = self.engine.execution_options(**{WRITE: True})
        try:
            if state != "current":
                schema.create_or_upgrade(self.engine)
            else:
                self._check_revision()
        except OperationalError as error:
            self.engine.dispose()
            if _is_lock_error(error):
                raise FileLocked(health.locked_message(self.path)) from None
            raise StoreFileError(f"{self.path}: cannot be prepared ({error.orig})") from None
        except StoreFileError:
            self.engine.dispose()
            raise
        log.info("file opened%s", " read-only" if read_only else "")

    def _backup_before_migrating(self) -> None:
        from planner.store.backup import backup_beside

        probe = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
        try:
            has_version = probe.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            revision = probe.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        finally:
            probe.close()
        if revision:  # a stamped but empty file has nothing worth copying
            backup_beside(self.path, revision[0])
            log.info("copy written beside the file before migrating from schema %s", revision[0])

    def _check_revision(self) -> None:
        # The classification above reads the main file only; edits still in a
        # WAL left by a crash could carry a newer schema. Ask SQLite properly.
        with self.engine.connect() as connection:
            revision = schema.stored_revision(connection)
        if revision not in file_kind.KNOWN_REVISIONS:
            raise FileTooNew(file_kind.too_new_message(self.path, revision))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sessions ---------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except OperationalError as error:
            if _is_lock_error(error):
                raise FileLocked(health.locked_message(self.path)) from None
            raise

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One transaction that takes the write lock at its start and commits at the end."""
        if self.read_only:
            raise ReadOnlyFile(
                f"{self.path}: open read-only because another Walkaway window has it open; make changes there"
            )
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as error:
            # BEGIN IMMEDIATE waited the whole busy timeout: someone else holds the write lock.
            if _is_lock_error(error):
                raise FileLocked(health.locked_message(self.path)) from None
            refusal = _write_refusal(self.path, error)
            if refusal is not None:
                raise refusal from None
            raise
        except StatementError as error:
            # Text pasted from elsewhere can carry half of a UTF-16 pair, which UTF-8 cannot hold.
            if isinstance(error.orig, UnicodeEncodeError):
                raise WalkawayError(_BROKEN_TEXT) from None
            raise
        except UnicodeEncodeError:
            # The same, from a bulk insert, which SQLAlchemy does not wrap.
            raise WalkawayError(_BROKEN_TEXT) from None

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
        # The columns are selected in DealSummary's field order; only the status needs its type.
        return [DealSummary(*r[:3], Status(r[3]), *r[4:]) for r in rows]

    def get_plan(self, deal_id: int) -> Plan:
        with self._reading() as session:
            row = session.scalars(select(DealRow).where(DealRow.id == deal_id).options(*_FULL_PLAN)).first()
            if row is None:
                raise UnknownDeal(deal_id)
            self._seen[deal_id] = row.updated_at
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
            ids = [row.id for row in rows]
        for deal_id in ids:
            self._seen[deal_id] = now
        log.info("deals added: %s", ",".join(map(str, ids)))
        return ids

    def save_plan(self, plan: Plan) -> None:
        """Replace the stored deal ``plan.id`` with ``plan``, in one transaction."""
        if plan.id is None:
            raise ValueError("save_plan needs a plan with an id; use add_plan for a new one")
        with self._writing() as session:
            row = session.scalars(select(DealRow).where(DealRow.id == plan.id).options(*_FULL_PLAN)).first()
            if row is None:
                raise UnknownDeal(plan.id)
            seen = self._seen.get(plan.id)
            if seen is not None and row.updated_at != seen:
                raise EditConflict(plan.id)
            # Remove the old child rows first so the new ones can take their positions.
            for collection in (
                row.conditions,
                row.alternatives,
                row.signals,
                row.rounds,
                row.commitments,
                row.follow_up_moves,
            ):
                collection.clear()
            session.flush()
            fill_row(row, plan)
            # Strictly later than before, even within one second, so that a
            # save elsewhere always shows as a changed updated_at (see _seen).
            row.updated_at = now = max(utc_now(), row.updated_at + timedelta(microseconds=1))
        self._seen[plan.id] = now
        log.info("deal %d saved", plan.id)

    def delete_deal(self, deal_id: int) -> Plan:
        """Delete a deal and return it as it was, so the caller can offer undo."""
        with self._writing() as session:
            row = session.scalars(select(DealRow).where(DealRow.id == deal_id).options(*_FULL_PLAN)).first()
            if row is None:
                raise UnknownDeal(deal_id)
            plan = plan_from_row(row)
            session.execute(delete(DealRow).where(DealRow.id == deal_id))
        self._seen.pop(deal_id, None)
        log.info("deal %d deleted", deal_id)
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
        self._seen[plan.id] = now
        log.info("deal %d restored", plan.id)
        return plan.id
