"""Every read of a Walkaway file: plain SQL on a ``sqlite3`` connection, decoded by the codec.

The :class:`planner.store.Store` reads through a :class:`Reader` on its engine's own
connection (inside the transaction it is in), and the commands that only read, and the
window's first paint, read through one on a lean read-only connection (:func:`open_current`)
without importing SQLAlchemy (about half a second). The ORM only writes. Every column is
decoded by :mod:`planner.store.codec`, the codec the ORM's column types write with.

A reader works inside one read transaction (the caller's): a plan takes several SELECTs, and
a save in between must not give half of one version and half of the next.

A team server's backend reads through the same class, on a psycopg connection wrapped to take
the same SQL (:class:`planner.store.server.pg_reader.PgConnection`): its ``batch()`` sends a
plan's SELECTs in one round trip (libpq's pipeline mode).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol

from planner.errors import UnknownDeal
from planner.model import Commitment, Outcome, PastWalk, Plan, Reopen, Reservation, Round, Status, Walk
from planner.store import codec
from planner.store.rows_to_plan import plan_from_row
from planner.summaries import DealSummary, WalkedSummary

#: The deal's child tables, by the attribute :func:`plan_from_row` reads each list from, with their order.
CHILDREN = {
    "conditions": ("conditions", "position"),
    "alternatives": ("alternatives", "position"),
    "signals": ("signals", "position"),
    "rounds": ("rounds", "position"),
    "commitments": ("commitments", "revision"),
    "follow_up_moves": ("follow_up_moves", "position"),
    "past_walks": ("past_walks", "position"),
    "corrections": ("round_corrections", "position"),
}
#: What a commitment does not cover: left out of the plans read for the commitment check.
_NOT_COMMITTED = ("rounds", "follow_up_moves", "past_walks", "corrections")
#: A round's child tables, the same way.
ROUND_CHILDREN = {"unmet": "round_unmet_conditions", "events": "round_events"}

_SUMMARY = "id, title, counterparty, status, side, currency, unit, reservation_value, follow_up_on, updated_at"
_WALKED = "id, title, counterparty, walked_at, walk_reason, follow_up_on, currency, unit, reservation_value"


class Cursor(Protocol):
    """What the reader uses of a DB-API cursor (``sqlite3``'s, or psycopg's)."""

    @property
    def description(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchone(self) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the reader uses of a connection: ``execute(sql, params)`` with ``?`` placeholders."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


class Reader:
    """Reads plans and summaries on ``connection`` (a ``sqlite3`` connection in a read or write transaction,
    or a team server's, see the module)."""

    def __init__(self, connection: sqlite3.Connection | Connection) -> None:
        self.connection = connection

    def _batch(self) -> AbstractContextManager[Any]:
        """Queries sent together (a server's pipeline), or one by one (SQLite)."""
        batch = getattr(self.connection, "batch", None)
        return batch() if batch is not None else nullcontext()

    def _all_rows(self, queries: list[tuple[str, str, Sequence[object]]]) -> list[list[SimpleNamespace]]:
        """The rows of several queries (table, sql, params), sent in one batch, each decoded."""
        with self._batch():
            cursors = [(table, self.connection.execute(sql, params)) for table, sql, params in queries]
        return [self._decoded(table, cursor) for table, cursor in cursors]

    @staticmethod
    def _decoded(table: str, cursor: Any) -> list[SimpleNamespace]:
        rows = cursor.fetchall()
        names = [column[0] for column in cursor.description]
        decode = codec.decoders(table, names)
        return [SimpleNamespace(**dict(zip(names, codec.decode_row(row, decode), strict=True))) for row in rows]

    # -- decoding ---------------------------------------------------------------------

    def _values(self, table: str, sql: str, params: Sequence[object] = ()) -> Iterator[list[Any]]:
        """Each row of ``sql`` (columns of ``table``, by name) as a list of decoded values."""
        cursor = self.connection.execute(sql, params)
        decode = codec.decoders(table, [column[0] for column in cursor.description])
        for row in cursor:
            yield codec.decode_row(row, decode)

    def _rows(self, table: str, sql: str, params: Sequence[object] = ()) -> list[SimpleNamespace]:
        """The rows of ``sql`` with their columns as attributes, decoded."""
        cursor = self.connection.execute(sql, params)
        names = [column[0] for column in cursor.description]
        decode = codec.decoders(table, names)
        return [SimpleNamespace(**dict(zip(names, codec.decode_row(row, decode), strict=True))) for row in cursor]

    def _grouped(self, table: str, sql: str, params: Sequence[object], key: str) -> dict[int, list[SimpleNamespace]]:
        grouped: dict[int, list[SimpleNamespace]] = defaultdict(list)
        for row in self._rows(table, sql, params):
            grouped[getattr(row, key)].append(row)
        return grouped

    # -- the deal list ----------------------------------------------------------------

    def count_deals(self) -> int:
        return int(self.connection.execute("SELECT count(id) FROM deals").fetchone()[0])

    def deal_list(self, *, search: str = "", statuses: Iterable[Status] | None = None) -> list[DealSummary]:
        """Every deal, most recently changed first; optionally only those whose title or counterparty
        contains ``search`` (ignoring case) and whose status is one of ``statuses``."""
        where: list[str] = []
        params: list[object] = []
        if search:
            needle = search.casefold()
            where.append("(lower(title) LIKE '%' || ? || '%' OR lower(counterparty) LIKE '%' || ? || '%')")
            params += [needle, needle]
        if statuses is not None:
            chosen = [codec.STATUS.encode(status) for status in statuses]
            where.append(f"status IN ({', '.join('?' * len(chosen))})" if chosen else "1 = 0")
            params += chosen
        condition = f" WHERE {' AND '.join(where)}" if where else ""
        sql = f"SELECT {_SUMMARY} FROM deals{condition} ORDER BY updated_at DESC, id DESC"
        return [DealSummary(*values) for values in self._values("deals", sql, params)]

    # -- whole plans --------------------------------------------------------------------

    def stamp(self, deal_id: int) -> datetime | None:
        """When deal ``deal_id`` was last saved (None: there is no such deal)."""
        found = self.connection.execute("SELECT updated_at FROM deals WHERE id = ?", (deal_id,)).fetchone()
        return None if found is None else codec.INSTANT.decode(found[0])

    def plan(self, deal_id: int, *, lock: bool = False) -> Plan:
        return self.plan_and_row(deal_id, lock=lock)[0]

    def plan_and_stamp(self, deal_id: int) -> tuple[Plan, datetime]:
        """Deal ``deal_id`` whole, and when it was last saved; :class:`UnknownDeal` when there is none."""
        plan, deal = self.plan_and_row(deal_id)
        return plan, deal.updated_at

    def plan_and_version(self, deal_id: int, *, lock: bool = False) -> tuple[Plan, int]:
        """Deal ``deal_id`` whole, and its version (how many times it was saved); ``lock``: see :meth:`plan_and_row`."""
        plan, deal = self.plan_and_row(deal_id, lock=lock)
        return plan, int(deal.version)

    def plan_and_row(self, deal_id: int, *, lock: bool = False) -> tuple[Plan, SimpleNamespace]:
        """Deal ``deal_id`` whole, and its own row, decoded; :class:`UnknownDeal` when there is none.

        ``lock`` (a team server, in a write transaction): the deal's row is locked first
        (``FOR UPDATE``), so the rest is read as the last writer left it and no one else
        writes the deal until this transaction ends.
        """
        rounds = "SELECT id FROM rounds WHERE deal_id = ?"
        queries: list[tuple[str, str, Sequence[object]]] = [
            ("deals", "SELECT * FROM deals WHERE id = ?" + (" FOR UPDATE" if lock else ""), (deal_id,))
        ]
        for table, order in CHILDREN.values():
            queries.append((table, f"SELECT * FROM {table} WHERE deal_id = ? ORDER BY {order}", (deal_id,)))
        for table in ROUND_CHILDREN.values():
            sql = f"SELECT * FROM {table} WHERE round_id IN ({rounds}) ORDER BY round_id, position"
            queries.append((table, sql, (deal_id,)))
        found, *children = self._all_rows(queries)
        if not found:
            raise UnknownDeal(deal_id)
        deal = found[0]
        for attribute, rows in zip(CHILDREN, children, strict=False):
            setattr(deal, attribute, rows)
        for attribute, rows in zip(ROUND_CHILDREN, children[len(CHILDREN) :], strict=True):
            grouped: dict[int, list[SimpleNamespace]] = defaultdict(list)
            for row in rows:
                grouped[row.round_id].append(row)
            for round_row in deal.rounds:
                setattr(round_row, attribute, grouped.get(round_row.id, []))
        return plan_from_row(deal), deal

    # -- across deals (lean: the columns a view needs) --------------------------------

    def walked_with_follow_up(self, *, due_by: date | None = None) -> list[WalkedSummary]:
        """Walked deals that have a follow-up date (up to ``due_by`` when given), oldest follow-up first."""
        moves = "(SELECT count(id) FROM follow_up_moves WHERE follow_up_moves.deal_id = deals.id) AS moves"
        walk = "(SELECT count(id) FROM past_walks WHERE past_walks.deal_id = deals.id) + 1 AS walk"
        params: list[object] = [codec.STATUS.encode(Status.WALKED)]
        due = ""
        if due_by is not None:
            due, params = " AND follow_up_on <= ?", [*params, codec.DAY.encode(due_by)]
        sql = (
            f"SELECT {_WALKED}, {moves}, {walk} FROM deals WHERE status = ? AND follow_up_on IS NOT NULL{due}"
            " ORDER BY follow_up_on, id"
        )
        return [WalkedSummary(*values) for values in self._values("deals", sql, params)]

    def walked_plans_for_record(self) -> list[Plan]:
        """Every deal ever walked, as *partial* plans: enough for the walking record, never for editing.

        They carry side, currency, the reservation value, rounds (date, their offer, phase),
        commitments (revision, date, value), every walk and reopening (dates), and the outcome;
        conditions, alternatives, signals, scripts and events are left out. A deal still reopened
        is read whole: the record shows its verdict, which needs all of it (the few in the room).
        """
        walked = "SELECT id FROM deals WHERE walked_at IS NOT NULL"
        history: dict[int, list[PastWalk]] = defaultdict(list)
        sql = (
            "SELECT deal_id, walked_at, reopened_at FROM past_walks"
            f" WHERE deal_id IN ({walked}) ORDER BY deal_id, position"
        )
        for deal_id, walked_at, reopened_at in self._values("past_walks", sql):
            history[deal_id].append(PastWalk(Walk(at=walked_at, reason=""), Reopen(at=reopened_at)))
        rounds: dict[int, list[Round]] = defaultdict(list)
        sql = (
            f"SELECT deal_id, at, their_offer, phase FROM rounds WHERE deal_id IN ({walked}) ORDER BY deal_id, position"
        )
        for deal_id, at, offer, phase in self._values("rounds", sql):
            rounds[deal_id].append(Round(at=at, their_offer=offer, phase=phase))
        commitments: dict[int, list[Commitment]] = defaultdict(list)
        sql = (
            "SELECT deal_id, revision, signed_at, reservation_value FROM commitments"
            f" WHERE deal_id IN ({walked}) ORDER BY deal_id, revision"
        )
        for deal_id, revision, signed_at, value in self._values("commitments", sql):
            commitments[deal_id].append(Commitment(revision, "", signed_at, "", reservation_value=value))
        sql = (
            "SELECT id, title, side, currency, status, reservation_value, walked_at, reopened_at,"
            " outcome_status, outcome_at, outcome_amount FROM deals WHERE walked_at IS NOT NULL ORDER BY id"
        )
        plans = []
        for values in self._values("deals", sql):
            deal_id, title, side, currency, status, value, walked_at, reopened_at, outcome, outcome_at, amount = values
            if status is Status.REOPENED:
                plans.append(self.plan(deal_id))
                continue
            plans.append(
                Plan(
                    id=deal_id,
                    title=title,
                    counterparty="",
                    side=side,
                    currency=currency,
                    status=status,
                    reservation=Reservation(value=value),
                    rounds=rounds[deal_id],
                    commitments=commitments[deal_id],
                    walked=Walk(at=walked_at, reason=""),
                    reopened=Reopen(at=reopened_at) if reopened_at is not None else None,
                    outcome=Outcome(outcome, outcome_at, amount) if outcome and outcome_at is not None else None,
                    history=history[deal_id],
                )
            )
        return plans

    def plans_for_commitment_check(self) -> list[Plan]:
        """Every deal that holds a commitment, for its commitment check only (``walkaway list``'s mark).

        The fingerprint covers the point, its conditions, side, currency, alternatives, signals
        and script, so those are read; rounds and follow-up moves are not, and the plans have none.
        """
        committed = "SELECT DISTINCT deal_id FROM commitments"
        deals = self._rows("deals", f"SELECT * FROM deals WHERE id IN ({committed})")
        children = {
            attribute: self._grouped(
                table, f"SELECT * FROM {table} WHERE deal_id IN ({committed}) ORDER BY deal_id, {order}", (), "deal_id"
            )
            for attribute, (table, order) in CHILDREN.items()
            if attribute not in _NOT_COMMITTED
        }
        plans = []
        for deal in deals:
            for attribute, grouped in children.items():
                setattr(deal, attribute, grouped.get(deal.id, []))
            for attribute in _NOT_COMMITTED:
                setattr(deal, attribute, [])
            plans.append(plan_from_row(deal))
        return plans


# -- the lean path: a current file, read-only, without SQLAlchemy --------------------------


@contextmanager
def open_current(path: Path) -> Iterator[Reader | None]:
    """A reader on ``path`` in one read transaction if it is a current Walkaway file, else ``None``.

    Anything else (missing, empty, not ours, another schema revision) gives ``None``: the
    caller opens the :class:`planner.store.Store`, which migrates, refuses or explains.
    """
    from planner.store.file_kind import connect_current

    with connect_current(path) as connection:
        yield None if connection is None else Reader(connection)


def read_plan(path: Path, deal_id: int) -> Plan | None:
    """The plan of ``deal_id`` from a current, checked file, or ``None`` when the Store must open it.

    Checked as the Store checks a file on opening (:func:`planner.store.health.check_on_open`);
    raises :class:`UnknownDeal` when the file is fine but holds no such deal, and what that
    check raises for a damaged or locked file.
    """
    from planner.store.health import check_on_open

    path = path.expanduser().resolve()
    with open_current(path) as reader:
        if reader is None:
            return None
        check_on_open(path)
        try:
            return reader.plan(deal_id)
        except (sqlite3.Error, ValueError, ArithmeticError):
            return None


def read_deal_list(path: Path) -> list[DealSummary] | None:
    """Every deal, most recently changed first, for the window's first paint; ``None``: the Store decides."""
    with open_current(path) as reader:
        if reader is None:
            return None
        try:
            return reader.deal_list()
        except (sqlite3.Error, ValueError, ArithmeticError):
            return None
