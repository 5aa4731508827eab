"""Telling a Walkaway file from others, and its schema revision, with nothing but ``sqlite3``.

Kept apart from :mod:`planner.store.schema` (Alembic, SQLAlchemy) and light to import,
so that the lean readers (the deal list before the window's first paint, a brief's
plan) can classify and read a file without loading SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from planner.errors import FileDamaged, FileTooNew, NotAWalkawayFile, StoreFileError

#: ``PRAGMA application_id`` of a Walkaway file: "WALK" in ASCII.
APPLICATION_ID = 0x57414C4B
#: The newest schema revision this version of Walkaway knows. A test checks it
#: against the migration scripts, so the two never drift apart.
HEAD_REVISION = "0004"
#: Every revision, oldest first: their order decides "older" and "newer".
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004")

SQLITE_HEADER = b"SQLite format 3\x00"


def not_ours_message(path: Path, what: str) -> str:
    return f"{path}: not a Walkaway file ({what}); it was left as it is: choose a Walkaway file"


def damaged_message(path: Path) -> str:
    return (
        f"{path}: the file is damaged and cannot be read safely; it was left as it is: "
        f"restore the latest backup with 'walkaway backup --list --db {path}' then '--restore 1'"
    )


def too_new_message(path: Path, version: str | None) -> str:
    return (
        f"{path}: made by a newer version of Walkaway (schema {version}, this version knows up to "
        f"{HEAD_REVISION}); it was left as it is: update Walkaway to open it"
    )


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a probe found in a database: enough to tell ours, empty and foreign apart."""

    app_id: int
    user_version: int
    entries: int  # rows of sqlite_master: tables, indexes, views, triggers
    version: str | None  # alembic_version, when there is such a table

    @property
    def empty(self) -> bool:
        """Nothing anybody put there: no schema, no application id, no user version."""
        return self.app_id == 0 and self.user_version == 0 and self.entries == 0


def _probe(uri: str) -> _Facts:
    probe = sqlite3.connect(uri, uri=True)
    try:
        app_id = probe.execute("PRAGMA application_id").fetchone()[0]
        user_version = probe.execute("PRAGMA user_version").fetchone()[0]
        entries = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return _Facts(app_id, user_version, entries, read_revision(probe))
    finally:
        probe.close()


def read_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision stored in an open database (Alembic's table), or None when it has none.

    The one place that reads it: the classification, the lean readers and the Store (on its
    engine's own connection) all ask here.
    """
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if found is None else str(found[0])


def _probe_through_wal(path: Path) -> _Facts:
    """Probe the file as its WAL makes it, on a private copy of both: the originals stay untouched.

    Opening the file itself through its WAL would write the -shm beside it (a reader rebuilds
    the WAL index after a crash, and marks what it reads); a copy in a folder of our own costs
    one small file (the main file looks empty here) and the WAL.
    """
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="walkaway-probe-") as folder:
        copy = Path(folder) / "probe.db"
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        return _probe(sqlite_uri(copy, "write"))


def inspect_file(path: Path) -> str:
    """Classify a file without changing a byte of it (nor of its -wal and -shm).

    Returns ``"missing"``, ``"empty"``, ``"current"`` or ``"older"``; raises
    :class:`StoreFileError` for a file Walkaway must not open. A database of another
    program is refused whatever its journal mode: when the main file looks empty, what
    a WAL beside it holds (another program writing, or killed before a checkpoint) is
    looked at too.
    """
    if path.is_dir():
        raise StoreFileError(f"{path}: is a folder, not a Walkaway file")
    exists = path.exists()
    if exists and not path.is_file():
        raise NotAWalkawayFile(not_ours_message(path, "it is a device or a pipe, not a file"))
    size = path.stat().st_size if exists else 0
    if not size:
        if has_live_wal(path) or _nonempty(Path(f"{path}-journal")):
            # SQLite would delete that -wal or journal on opening the file (it does so beside an
            # empty file), and Walkaway never leaves one there: it is another program's.
            raise NotAWalkawayFile(not_ours_message(path, "a database of another program, in the -wal beside it"))
        return "empty" if exists else "missing"
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAWalkawayFile(not_ours_message(path, "it is not a database"))
    try:
        # immutable=1 reads the main file without taking locks or touching a -wal or -shm.
        facts = _probe(sqlite_uri(path, "immutable"))
        if facts.empty and has_live_wal(path):
            facts = _probe_through_wal(path)
    except sqlite3.DatabaseError:
        raise FileDamaged(damaged_message(path)) from None
    except OSError as error:
        raise StoreFileError(f"{path}: cannot be read ({error.strerror}); it was left as it is") from None
    if facts.empty:
        if _nonempty(Path(f"{path}-journal")):
            # A rollback journal: another program is in the middle of writing it (or died there).
            raise NotAWalkawayFile(not_ours_message(path, "another program is writing a database there"))
        return "empty"
    if facts.app_id != APPLICATION_ID:
        raise NotAWalkawayFile(not_ours_message(path, "a database of another program"))
    if facts.version == HEAD_REVISION:
        return "current"
    if facts.version in KNOWN_REVISIONS or facts.version is None:
        return "older"
    raise FileTooNew(too_new_message(path, facts.version))


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def has_live_wal(path: Path) -> bool:
    return _nonempty(Path(f"{path}-wal"))


def uri_path(path: Path) -> str:
    """``path`` for an SQLite ``file:`` URI: ``?``, ``#`` and ``%`` in a name must not end or bend it."""
    return quote(Path(path).as_posix(), safe="/")


#: How a connection may use the file: ``write`` (a live file: reads and writes, with locks),
#: ``read`` (read-only, with SQLite's locks and through the WAL: a second window), ``immutable``
#: (read-only, no lock, the WAL ignored: a file no one can be writing), ``untouched`` (see
#: :func:`untouched_uri`).
Access = Literal["write", "read", "immutable", "untouched"]


def sqlite_uri(path: Path, access: Access) -> str:
    """The SQLite URI that opens ``path`` for ``access``: every connection to a file is made from one."""
    where = uri_path(path)
    if access == "untouched":
        return untouched_uri(path)
    return {
        "write": f"file:{where}",
        "read": f"file:{where}?mode=ro",
        "immutable": f"file:{where}?mode=ro&immutable=1",
    }[access]


def untouched_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing a byte of it, nor leaving a file beside it.

    ``immutable`` (no lock, no -shm) when no one has the file open; plain read-only, with
    SQLite's locks and through the WAL, when a WAL left beside it (a crash) holds committed
    edits or another process has it open (its -wal and -shm are there): an unlocked read
    could meet that process's checkpoint halfway. A plain read-only open of a file with
    neither companion would create both and leave them there.
    """
    in_use = Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    return sqlite_uri(path, "read" if in_use or has_live_wal(path) else "immutable")


@contextmanager
def connect_current(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection to ``path`` if it is a current Walkaway file, else ``None``.

    Classified by :func:`inspect_file` first (the main file immutable, a WAL only on a copy):
    a file that is not ours is never opened in a way that could touch it or its -shm.
    """
    try:
        current = path.is_file() and inspect_file(path) == "current"
    except StoreFileError:
        current = False
    if not current:
        yield None
        return
    try:
        connection = sqlite3.connect(untouched_uri(path), uri=True, isolation_level=None)
    except sqlite3.Error:
        yield None
        return
    try:
        current = False
        try:
            # One read transaction for all that is read here: a plan takes several SELECTs, and
            # a window saving meanwhile must not give half of one save and half of the next.
            connection.execute("BEGIN")
            if connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
                current = read_revision(connection) == HEAD_REVISION
        except sqlite3.Error:
            current = False
        yield connection if current else None
    finally:
        connection.close()
