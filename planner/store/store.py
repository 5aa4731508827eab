"""The store service: the only code that opens database sessions.

Callers get and give plain :class:`planner.model.Plan` dataclasses, never
live ORM rows. Every public method that writes is one transaction: one user
action, all or nothing. Reads go through :class:`planner.store.reader.Reader` on the
engine's own connection; the ORM only writes (:mod:`planner.store.mapping`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session

from planner.dates import utc_now
from planner.errors import (
    EditConflict,
    FileLocked,
    FileTooNew,
    ReadOnlyFile,
    StoreFileError,
    UnknownDeal,
    WalkawayError,
)
from planner.model import Plan, Status
from planner.store import file_kind, health, schema
from planner.store.access import (
    TurnWait,
    check_writable,
    create_private_file,
    is_lock_error,
    write_refusal,
)
from planner.store.engine import WRITE, driver_connection, make_engine
from planner.store.file_mode import ModeFix, make_private
from planner.store.fits import check_fits
from planner.store.mapping import CHILD_TABLES, child_rows, deal_columns, new_deal_row
from planner.store.reader import Reader
from planner.store.tables import DealRow, EventRow, RoundRow, UnmetConditionRow
from planner.summaries import DealSummary, WalkedSummary

# INFO lines name actions and deal ids only: the log may be attached to a bug report.
log = logging.getLogger("walkaway.store")


_BROKEN_TEXT = (
    "a text contains half of a UTF-16 pair (a broken character), which cannot be saved; "
    "remove it and save again (nothing was changed)"
)


class Store:
    """A Walkaway file, open for reading and writing (or only reading, see ``read_only``).

    Opening never changes a file it refuses: it is classified and checked
    (``PRAGMA quick_check``) read-only first. A file from an older version is
    copied beside itself before it is migrated.

    Given a team server's address (``postgresql://…`` or ``service=NAME``, as text) instead of
    a path, ``Store(address)`` opens the server's backend,
    :class:`planner.store.server.store.ServerStore`, which has the same methods: the address is
    checked first (no password in it), and no file is ever made from it.
    """

    def __new__(cls, path: str | os.PathLike[str], *, read_only: bool = False, untouched: bool = False) -> Store:
        if isinstance(path, str):
            from planner.store.server.address import is_server_address

            if is_server_address(path):
                from planner.store.server.address import parse_address
                from planner.store.server.store import ServerStore

                # Not a Store: Python then skips Store.__init__, as it should.
                return ServerStore(parse_address(path), read_only=read_only)  # type: ignore[return-value]
        return super().__new__(cls)

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False, untouched: bool = False) -> None:
        """Open ``path``; ``read_only`` never writes (a second window); ``untouched`` (with ``read_only``,
        for commands that only read) also leaves no -wal or -shm behind and reads a file no one writes
        without locking it.
        """
        self.path = Path(path).expanduser().resolve()
        self.read_only = read_only
        #: True when this Store turned a missing or empty file into a new Walkaway file.
        self.created = False
        #: The file was readable by others and its mode was put right (or could not be): tell the user.
        self.mode_fix: ModeFix | None = None
        # updated_at of each deal as last read or written here: a save over a
        # newer version written by another process is refused, not lost.
        self._seen: dict[int, datetime] = {}
        #: Set by the command line: wait behind other writers for as long as they make progress.
        self.wait_for_turn = False
        state = file_kind.inspect_file(self.path)
        if read_only and state != "current":
            if state == "missing":
                raise StoreFileError(f"{self.path}: no such file")
            if state == "empty":
                raise StoreFileError(f"{self.path}: an empty file, not yet a Walkaway file")
            if untouched:
                raise ReadOnlyFile(
                    f"{self.path}: made by an older version of Walkaway; a command that changes it "
                    "(or the window) upgrades it first. Nothing was changed"
                )
            raise ReadOnlyFile(f"{self.path}: needs upgrading, which cannot be done while it is open read-only")
        if state in ("current", "older"):
            health.check_on_open(self.path)
            # Ours, so its mode is ours to put right (a refused file is never touched).
            self.mode_fix = make_private(self.path)
        if not read_only and state != "missing":
            check_writable(self.path)
        before = {suffix: Path(f"{self.path}{suffix}").exists() for suffix in ("", *health.COMPANIONS)}
        if state == "missing" and not create_private_file(self.path):
            # Another command made it in the meantime: take it as it is now.
            state = file_kind.inspect_file(self.path)
            check_writable(self.path)
        if state == "older":
            self._backup_before_migrating()
        self.engine = make_engine(self.path, read_only=read_only, untouched=untouched)
        self._writer = self.engine.execution_options(**{WRITE: True})
        try:
            if state != "current":
                schema.create_or_upgrade(self.engine, self.path)
            else:
                self._check_revision()
        except BaseException as error:
            self.engine.dispose()
            if state == "missing":
                self._remove_new(before)
            if isinstance(error, OperationalError):
                raise self._open_error(error) from None
            raise
        self.created = state in ("missing", "empty")
        if state == "empty":
            make_private(self.path)  # now a Walkaway file, private like every one we make
        log.info("file %s%s", "created" if self.created else "opened", " read-only" if read_only else "")

    @property
    def location(self) -> str:
        """Where the deals are, for people: the file's path."""
        return str(self.path)

    @property
    def notices(self) -> list[str]:
        """Lines for the user about the file itself, to say once (the command line prints them)."""
        return [self.mode_fix.message] if self.mode_fix else []

    def _open_error(self, error: OperationalError) -> StoreFileError:
        if is_lock_error(error):
            return FileLocked(health.locked_message(self.path))
        refusal = write_refusal(self.path, error)
        if refusal is not None:
            return refusal
        return StoreFileError(f"{self.path}: cannot be prepared ({error.orig})")

    def _remove_new(self, existed: dict[str, bool]) -> None:
        """Take away the file this Store made (and the companions SQLite made) when it could not finish."""
        for suffix, was_there in existed.items():
            if not was_there:
                with contextlib.suppress(OSError):
                    os.unlink(f"{self.path}{suffix}")

    def _backup_before_migrating(self) -> None:
        from planner.store.backup import backup_beside

        probe = sqlite3.connect(file_kind.sqlite_uri(self.path, "immutable"), uri=True)
        try:
            revision = file_kind.read_revision(probe)
        finally:
            probe.close()
        if revision:  # a stamped but empty file has nothing worth copying
            backup_beside(self.path, revision)
            log.info("copy written beside the file before migrating from schema %s", revision)

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
    def _reading(self) -> Iterator[Reader]:
        """A reader in one read transaction on the engine's own connection."""
        try:
            with self.engine.connect() as connection, connection.begin():
                yield Reader(driver_connection(connection))
        except (OperationalError, sqlite3.OperationalError) as error:
            if is_lock_error(error):
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
            with self._write_session() as session:
                yield session
        except (OperationalError, sqlite3.OperationalError) as error:
            # BEGIN IMMEDIATE waited the whole busy timeout: someone else holds the write lock.
            if is_lock_error(error):
                raise FileLocked(health.locked_message(self.path)) from None
            refusal = write_refusal(self.path, error)
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

    @contextmanager
    def _write_session(self) -> Iterator[Session]:
        """A session in a transaction that holds the write lock; commits at the end, rolls back on error."""
        wait = TurnWait(self.path) if self.wait_for_turn else None
        while True:
            session = Session(self._writer, expire_on_commit=False)
            transaction = session.begin()
            try:
                session.connection()  # BEGIN IMMEDIATE: waits up to the busy timeout for the lock
            except OperationalError as error:
                session.close()
                if wait is not None and is_lock_error(error) and wait.others_moved_on():
                    continue
                raise
            break
        with session, transaction:
            yield session

    # -- reading ----------------------------------------------------------

    def list_deals(self, *, search: str = "", statuses: Iterable[Status] | None = None) -> list[DealSummary]:
        """Every deal, most recently changed first; optionally filtered."""
        with self._reading() as reader:
            return reader.deal_list(search=search, statuses=statuses)

    def get_plan(self, deal_id: int) -> Plan:
        with self._reading() as reader:
            plan, self._seen[deal_id] = reader.plan_and_stamp(deal_id)
        return plan

    def count_deals(self) -> int:
        with self._reading() as reader:
            return reader.count_deals()

    def walked_with_follow_up(self, *, due_by: date | None = None) -> list[WalkedSummary]:
        """Walked deals that have a follow-up date (up to ``due_by``), oldest follow-up first."""
        with self._reading() as reader:
            return reader.walked_with_follow_up(due_by=due_by)

    def walked_plans_for_record(self) -> list[Plan]:
        """Every deal ever walked, as partial plans for the walking record (:meth:`Reader.walked_plans_for_record`)."""
        with self._reading() as reader:
            return reader.walked_plans_for_record()

    def plans_for_commitment_check(self) -> list[Plan]:
        """Every committed deal, for its commitment check only (:meth:`Reader.plans_for_commitment_check`)."""
        with self._reading() as reader:
            return reader.plans_for_commitment_check()

    def all_plans(self) -> list[Plan]:
        """Every deal, whole, by id, in one read transaction (``walkaway export --all``)."""
        with self._reading() as reader:
            ids = sorted(summary.id for summary in reader.deal_list())
            return [reader.plan(deal_id) for deal_id in ids]

    # -- writing ----------------------------------------------------------

    def add_plan(self, plan: Plan) -> int:
        """Store a new deal; returns its id (``plan.id`` is ignored)."""
        return self.add_plans([plan])[0]

    def add_plans(self, plans: Iterable[Plan], *, keep_ids: bool = False) -> list[int]:
        """Store several new deals in one transaction: all of them or none (``keep_ids``: under their own ids,
        as a copy of another store)."""
        plans = list(plans)
        for plan in plans:
            check_fits(plan)
        now = utc_now()
        with self._writing() as session:
            rows = [new_deal_row(plan, now, deal_id=plan.id if keep_ids else None) for plan in plans]
            session.add_all(rows)
            session.flush()
            ids = [row.id for row in rows]
        for deal_id in ids:
            self._seen[deal_id] = now
        log.info("deals added: %s", ",".join(map(str, ids)))
        return ids

    def save_plan(self, plan: Plan) -> None:
        """Replace the stored deal ``plan.id`` with ``plan``, in one transaction.

        Refused (:class:`EditConflict`) when another process saved the deal since this Store
        last read it: the window's edit must not silently overwrite that change.
        """
        if plan.id is None:
            raise ValueError("save_plan needs a plan with an id; use add_plan for a new one")
        check_fits(plan)
        with self._writing() as session:
            stamp = _reader(session).stamp(plan.id)
            if stamp is None:
                raise UnknownDeal(plan.id)
            seen = self._seen.get(plan.id)
            if seen is not None and stamp != seen:
                raise EditConflict(plan.id)
            now = self._replace(session, plan.id, plan, stamp)
        self._seen[plan.id] = now
        log.info("deal %d saved", plan.id)

    def update_plan(self, deal_id: int, change: Callable[[Plan], Plan | None]) -> Plan:
        """Read deal ``deal_id``, ``change`` it and write it back, in one write transaction.

        The write lock is taken before the read, so a command that changes a deal waits its
        turn behind every other writer and changes the deal as that writer left it: nothing
        to reopen, no change lost. ``change`` returns the new plan, or changes its argument and
        returns None; what it raises leaves the deal as it was.
        """
        with self._writing() as session:
            plan, stamp = _reader(session).plan_and_stamp(deal_id)
            changed = change(plan)
            new = plan if changed is None else changed
            new.id = deal_id
            check_fits(new)
            now = self._replace(session, deal_id, new, stamp)
        self._seen[deal_id] = now
        log.info("deal %d changed", deal_id)
        return new

    @staticmethod
    def _replace(session: Session, deal_id: int, plan: Plan, stamp: datetime) -> datetime:
        """Put ``plan`` in deal ``deal_id``, last saved at ``stamp`` (within the caller's transaction).

        Returns the new ``updated_at``: strictly later than ``stamp``, even within one second,
        so that a save elsewhere always shows as a changed ``updated_at`` (see ``_seen``).
        """
        rounds = select(RoundRow.id).where(RoundRow.deal_id == deal_id).scalar_subquery()
        for round_child in (UnmetConditionRow, EventRow):
            session.execute(delete(round_child).where(round_child.round_id.in_(rounds)))
        for child_table in CHILD_TABLES.values():
            session.execute(delete(child_table).where(child_table.__table__.c.deal_id == deal_id))
        now = max(utc_now(), stamp + timedelta(microseconds=1))
        counted = {"version": DealRow.version + 1}  # every save counts (a team server's conflict check)
        session.execute(
            update(DealRow).where(DealRow.id == deal_id).values(**deal_columns(plan), updated_at=now, **counted),
            execution_options={"synchronize_session": False},
        )
        for children in child_rows(plan).values():
            for child in children:
                child.deal_id = deal_id
            session.add_all(children)
        return now

    def delete_deal(self, deal_id: int) -> Plan:
        """Delete a deal and return it as it was, so the caller can offer undo."""
        with self._writing() as session:
            plan = _reader(session).plan(deal_id)
            session.execute(delete(DealRow).where(DealRow.id == deal_id))
        self._seen.pop(deal_id, None)
        log.info("deal %d deleted", deal_id)
        return plan

    def restore_deal(self, plan: Plan) -> int:
        """Put back a deleted deal under its old id (undo of :meth:`delete_deal`)."""
        if plan.id is None:
            return self.add_plan(plan)
        check_fits(plan)
        now = utc_now()
        with self._writing() as session:
            session.add(new_deal_row(plan, now, deal_id=plan.id))
        self._seen[plan.id] = now
        log.info("deal %d restored", plan.id)
        return plan.id


def _reader(session: Session) -> Reader:
    """A reader inside ``session``'s transaction (the write lock already held)."""
    return Reader(driver_connection(session.connection()))
