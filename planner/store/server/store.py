"""The team server's backend: the same methods as :class:`planner.store.Store`, on PostgreSQL.

- **Reads** go through the same :class:`planner.store.reader.Reader` and codec, at REPEATABLE
  READ in a read-only transaction (one snapshot: a plan read while a teammate saves is one
  version or the other, never half of each), a plan's SELECTs sent in one round trip.
- **Writes** go through the ORM at READ COMMITTED, one transaction per action. ``update_plan``
  (every command) locks the deal's row first (``SELECT … FOR UPDATE``), reads it as the last
  writer left it, changes and writes it: two people logging rounds at once both keep theirs.
  ``save_plan`` (the window) names the version it read in its UPDATE (SQLAlchemy's
  ``version_id_col``): a teammate's newer save is never overwritten, the save is refused
  (:class:`EditConflict`) and the change stays on screen. Only what changed is written (the
  plan as last read or written here, at that version, is the other side of the comparison):
  an autosave of one field is one UPDATE.
- **Commitments and revisions** are only ever added (the server grants no UPDATE or DELETE
  on them); the server stamps who added each and when (``made_by``, ``made_at``), and the
  moments of saves (``statement_timestamp()``).
- A lock held longer than the lock timeout, a deadlock or a serialization failure is
  :class:`ServerBusy` ("busy", as a locked file is); the window retries it by itself.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import delete, func
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import EditConflict, ReadOnlyFile, UnknownDeal, WalkawayError
from planner.model import Plan, Status
from planner.store.fits import check_fits
from planner.store.mapping import CHILD_TABLES, child_rows, deal_columns, new_deal_row
from planner.store.reader import Reader
from planner.store.server.address import ServerAddress
from planner.store.server.engine import PgConnection, driver, make_engine
from planner.store.server.errors import KeptForGood, ServerBusy, server_error
from planner.store.tables import DealRow
from planner.summaries import DealSummary, WalkedSummary

log = logging.getLogger("walkaway.store")

#: How many times a command waits its turn again behind a lock held past the lock timeout.
TURN_RETRIES = 6


def _parts(plan: Plan) -> dict[str, Any]:
    """Each child table's content in ``plan``, comparable (dataclasses): what a save compares."""
    return {
        "conditions": plan.reservation.conditions,
        "alternatives": plan.alternatives,
        "signals": plan.signals,
        "rounds": plan.rounds,
        "commitments": plan.commitments,
        "follow_up_moves": plan.walked.moves if plan.walked else [],
        "past_walks": plan.history,
        "corrections": plan.corrections,
    }


class ServerStore:
    """A team server, open for reading and writing (``read_only``: read-only transactions only)."""

    #: The file backend's attributes that have no meaning here, for callers that ask both.
    created = False
    mode_fix = None

    def __init__(self, address: ServerAddress, *, read_only: bool = False) -> None:
        self.address = address
        self.read_only = read_only
        #: Set by the command line: wait behind another person's lock however long they hold it.
        self.wait_for_turn = False
        #: The version of each deal as last read or written here, and the plan at that version.
        self._seen: dict[int, tuple[int, Plan]] = {}
        self.engine = make_engine(address)
        self._reader_engine = self.engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        # One statement (or one batch, which makes its own snapshot) needs no BEGIN and COMMIT of
        # their own round trips: reads of one statement, and saves of the deal's row alone.
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        try:
            self._check_server()
        except BaseException:
            self.engine.dispose()
            raise
        log.info("team server opened%s", " read-only" if read_only else "")

    @property
    def location(self) -> str:
        """Where the deals are, for people (the address, which never holds a password)."""
        return self.address.display

    @property
    def notices(self) -> list[str]:
        return []

    def _check_server(self) -> None:
        from planner.store.server.setup import check_revision

        with self._translated(), self.engine.connect() as connection:
            check_revision(connection, self.address)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ServerStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """The server's refusals as the user's one-line messages (see :mod:`.errors`)."""
        try:
            yield
        except StaleDataError:
            raise  # the callers know which deal
        except (DBAPIError, StatementError) as error:
            mapped = server_error(error, self.address)
            if mapped is not None:
                raise mapped from None
            raise
        except Exception as error:
            mapped = server_error(error, self.address)
            if mapped is not None:
                raise mapped from None
            raise

    @contextmanager
    def reading(self) -> Iterator[Reader]:
        """A reader in one REPEATABLE READ, read-only transaction (for several statements)."""
        with self._translated(), self._reader_engine.connect() as connection, connection.begin():
            yield Reader(PgConnection(driver(connection)))

    @contextmanager
    def _reading_one(self) -> Iterator[Reader]:
        """A reader for one statement (its own snapshot) or one batch (a snapshot transaction sent in the
        batch's round trip): no round trips for BEGIN and COMMIT."""
        with self._translated(), self._autocommit.connect() as connection:
            yield Reader(PgConnection(driver(connection), snapshot=True))

    @contextmanager
    def writing(self, *, autocommit: bool = False) -> Iterator[Session]:
        """One READ COMMITTED transaction, committed at the end, rolled back on error (``autocommit``:
        a write of one statement, which is a transaction of its own)."""
        if self.read_only:
            raise ReadOnlyFile(f"{self.location}: opened read-only; make changes in a writing window or command")
        bind = self._autocommit if autocommit else self.engine
        with self._translated(), Session(bind, expire_on_commit=False) as session, session.begin():
            yield session

    # -- reading -----------------------------------------------------------------

    def list_deals(self, *, search: str = "", statuses: Iterable[Status] | None = None) -> list[DealSummary]:
        """Every deal shared with this role, most recently changed first; optionally filtered."""
        with self._reading_one() as reader:
            return reader.deal_list(search=search, statuses=statuses)

    def get_plan(self, deal_id: int) -> Plan:
        with self._reading_one() as reader:
            plan, version = reader.plan_and_version(deal_id)
        self._seen[deal_id] = (version, copy.deepcopy(plan))
        return plan

    def count_deals(self) -> int:
        with self._reading_one() as reader:
            return reader.count_deals()

    def walked_with_follow_up(self, *, due_by: date | None = None) -> list[WalkedSummary]:
        with self._reading_one() as reader:
            return reader.walked_with_follow_up(due_by=due_by)

    def walked_plans_for_record(self) -> list[Plan]:
        with self.reading() as reader:
            return reader.walked_plans_for_record()

    def plans_for_commitment_check(self) -> list[Plan]:
        with self.reading() as reader:
            return reader.plans_for_commitment_check()

    def all_plans(self) -> list[Plan]:
        """Every deal shared with this role, whole, in one snapshot (``walkaway export --all``)."""
        with self.reading() as reader:
            ids = [summary.id for summary in reader.deal_list()]
            return [reader.plan(deal_id) for deal_id in sorted(ids)]

    # -- writing -----------------------------------------------------------------

    def add_plan(self, plan: Plan) -> int:
        return self.add_plans([plan])[0]

    def add_plans(self, plans: Iterable[Plan]) -> list[int]:
        """New deals in one transaction; each is shared with its creator (the role logged in) only."""
        plans = list(plans)
        for plan in plans:
            check_fits(plan)
        with self.writing() as session:
            rows = [new_deal_row(plan, None) for plan in plans]  # the server stamps the moments
            session.add_all(rows)
            session.flush()
            ids = [row.id for row in rows]
        for deal_id, plan in zip(ids, plans, strict=True):
            stored = copy.deepcopy(plan)
            stored.id = deal_id
            self._seen[deal_id] = (1, stored)
        log.info("deals added: %s", ",".join(map(str, ids)))
        return ids

    def save_plan(self, plan: Plan) -> None:
        """Replace deal ``plan.id`` with ``plan``; :class:`EditConflict` when a teammate saved it since
        it was last read here."""
        if plan.id is None:
            raise ValueError("save_plan needs a plan with an id; use add_plan for a new one")
        deal_id = plan.id
        check_fits(plan)
        seen = self._seen.get(deal_id)
        # Only the deal's own row changed (an autosave of a field): one UPDATE, which names the
        # version it read, is its own transaction.
        alone = seen is not None and _parts(seen[1]) == _parts(plan)
        try:
            with self.writing(autocommit=alone) as session:
                if seen is None:  # never read here: as the file store does, no conflict to look for
                    old, version = _reader(session).plan_and_version(deal_id, lock=True)
                else:
                    version, old = seen
                version = self._write_changes(session, deal_id, old, plan, version)
        except StaleDataError:
            raise self._conflict(deal_id) from None
        self._seen[deal_id] = (version, copy.deepcopy(plan))
        log.info("deal %d saved", deal_id)

    def update_plan(self, deal_id: int, change: Callable[[Plan], Plan | None]) -> Plan:
        """Read deal ``deal_id`` under its row lock, ``change`` it and write it back, in one transaction.

        Waiting for the lock is the only part done again when it takes too long (and only for a
        command, ``wait_for_turn``): ``change`` has not run yet then.
        """
        attempts = TURN_RETRIES if self.wait_for_turn else 1
        for attempt in range(attempts):
            changing = False
            try:
                with self.writing() as session:
                    plan, version = _reader(session).plan_and_version(deal_id, lock=True)
                    old = copy.deepcopy(plan)
                    changing = True
                    changed = change(plan)
                    new = plan if changed is None else changed
                    new.id = deal_id
                    check_fits(new)
                    version = self._write_changes(session, deal_id, old, new, version)
                break
            except ServerBusy:
                if changing or attempt == attempts - 1:
                    raise
                log.info("deal %d busy, waiting again", deal_id)
            except StaleDataError:  # cannot happen under the row lock; said plainly if it ever does
                raise self._conflict(deal_id) from None
        self._seen[deal_id] = (version, copy.deepcopy(new))
        log.info("deal %d changed", deal_id)
        return new

    def _write_changes(self, session: Session, deal_id: int, old: Plan, new: Plan, version: int) -> int:
        """Write what differs between ``old`` (the deal at ``version``) and ``new``; the new version.

        The deal's row is updated first, naming ``version``: a row saved meanwhile by someone
        else matches nothing (:class:`StaleDataError`), and the row stays locked to the end.
        """
        row = DealRow(id=deal_id, version=version)
        make_transient_to_detached(row)
        session.add(row)
        before = deal_columns(old)
        for key, value in deal_columns(new).items():
            if value != before[key] or type(value) is not type(before[key]):
                setattr(row, key, value)
        row.updated_at = func.statement_timestamp()  # the server sets it (and the trigger again)
        session.flush()
        rows = child_rows(new)
        old_parts, new_parts = _parts(old), _parts(new)
        for table, model in CHILD_TABLES.items():
            before_rows, after_rows = old_parts[table], new_parts[table]
            if before_rows == after_rows:
                continue
            appended = after_rows[: len(before_rows)] == before_rows
            if table == "commitments" and not appended:
                raise KeptForGood(
                    f"deal {deal_id}: a team server keeps commitments and their revisions for good; "
                    "they cannot be changed or taken away (nothing was changed)"
                )
            if not appended:
                # Rounds take their unmet conditions and events with them (ON DELETE CASCADE).
                session.execute(delete(model).where(model.__table__.c.deal_id == deal_id))
            added = rows[table][len(before_rows) :] if appended else rows[table]
            for child in added:
                child.deal_id = deal_id
            session.add_all(added)
        session.flush()
        return version + 1

    def _conflict(self, deal_id: int) -> WalkawayError:
        """A save that matched no row: changed by a teammate meanwhile, or no longer shared."""
        self._seen.pop(deal_id, None)
        try:
            with self.reading() as reader:
                reader.plan(deal_id)
        except UnknownDeal:
            return UnknownDeal(deal_id)
        return EditConflict(deal_id)

    def delete_deal(self, deal_id: int) -> Plan:
        """Delete a deal (not one with a commitment: the server keeps those) and return it as it was."""
        with self.writing() as session:
            plan = _reader(session).plan(deal_id, lock=True)
            if plan.commitments:
                raise KeptForGood(
                    f"deal {deal_id} holds a signed commitment, which a team server keeps for good: "
                    "it cannot be deleted (nothing was changed)"
                )
            session.execute(delete(DealRow).where(DealRow.id == deal_id))
        self._seen.pop(deal_id, None)
        log.info("deal %d deleted", deal_id)
        return plan

    def restore_deal(self, plan: Plan) -> int:
        """Put back a deleted deal under its old id (undo of :meth:`delete_deal`); shared with this role."""
        if plan.id is None:
            return self.add_plan(plan)
        check_fits(plan)
        with self.writing() as session:
            session.add(new_deal_row(plan, None, deal_id=plan.id))
        self._seen[plan.id] = (1, copy.deepcopy(plan))
        log.info("deal %d restored", plan.id)
        return plan.id

    # -- what only a team server has ---------------------------------------------------

    def team_certificates(self) -> list[tuple[bytes, str]]:
        """The certificates stored with the commitments of the deals shared with this role, and who stored each."""
        with self.reading() as reader:
            cursor = reader.connection.execute(
                "SELECT DISTINCT certificate, made_by FROM commitments WHERE certificate IS NOT NULL"
            )
            return [(bytes(der), str(who)) for der, who in cursor.fetchall()]

    def commitment_makers(self, deal_id: int) -> dict[int, tuple[str, Any]]:
        """Who stored each revision of deal ``deal_id``'s commitment, and when (the server's clock)."""
        with self.reading() as reader:
            cursor = reader.connection.execute(
                "SELECT revision, made_by, made_at FROM commitments WHERE deal_id = ? ORDER BY revision", (deal_id,)
            )
            return {int(revision): (str(who), when) for revision, who, when in cursor.fetchall()}


def _reader(session: Session) -> Reader:
    """A reader inside ``session``'s transaction."""
    return Reader(PgConnection(driver(session.connection())))
