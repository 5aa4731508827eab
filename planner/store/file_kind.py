"""Telling a Walkaway file from others, and its schema revision, with nothing but ``sqlite3``.

Kept apart from :mod:`planner.store.schema` (Alembic, SQLAlchemy) and light to import,
so that the lean readers (the deal list before the window's first paint, a brief's
plan) can classify and read a file without loading SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.errors import FileDamaged, FileTooNew, NotAWalkawayFile, StoreFileError

#: ``PRAGMA application_id`` of a Walkaway file: "WALK" in ASCII.
APPLICATION_ID = 0x57414C4B
#: The newest schema revision this version of Walkaway knows. A test checks it
#: against the migration scripts, so the two never drift apart.
HEAD_REVISION = "0001"
#: Every revision, oldest first: their order decides "older" and "newer".
KNOWN_REVISIONS = ("0001",)

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


def inspect_file(path: Path) -> str:
    """Classify a file without changing a byte of it.

    Returns ``"missing"``, ``"empty"``, ``"current"`` or ``"older"``; raises
    :class:`StoreFileError` for a file Walkaway must not open.
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise StoreFileError(f"{path}: is a folder, not a Walkaway file")
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotAWalkawayFile(not_ours_message(path, "it is not a database"))
    try:
        # immutable=1 reads without taking locks or touching a -wal file, so the
        # file stays byte-identical whatever it turns out to be.
        uri = f"file:{path}?mode=ro&immutable=1"
        probe = sqlite3.connect(uri, uri=True)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = None
            if "alembic_version" in tables:
                found = probe.execute("SELECT version_num FROM alembic_version").fetchone()
                version = found[0] if found else None
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        raise FileDamaged(damaged_message(path)) from None
    if app_id != APPLICATION_ID:
        if app_id == 0 and not tables:
            return "empty"
        raise NotAWalkawayFile(not_ours_message(path, "a database of another program"))
    if version == HEAD_REVISION:
        return "current"
    if version in KNOWN_REVISIONS or version is None:
        return "older"
    raise FileTooNew(too_new_message(path, version))


def has_live_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing a byte of it.

    ``immutable`` (no lock, no -shm) unless a WAL left beside it (a crash, or another
    window has the file open) holds committed edits, which must be read too: then
    plain read-only, through the WAL.
    """
    return f"file:{path}?mode=ro" if has_live_wal(path) else f"file:{path}?mode=ro&immutable=1"


@contextmanager
def connect_current(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection to ``path`` if it is a current Walkaway file, else ``None``.

    Through :func:`read_only_uri`: a file Walkaway then refuses stays exactly as it was.
    """
    if not path.is_file() or path.stat().st_size == 0:
        yield None
        return
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
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
                version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                current = version is not None and version[0] == HEAD_REVISION
        except sqlite3.Error:
            current = False
        yield connection if current else None
    finally:
        connection.close()
