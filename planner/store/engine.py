"""The SQLAlchemy engine on one local SQLite file, with every connection set up alike.

This is the only place that speaks SQLite-specific SQL (PRAGMAs); the rest of
the store stays dialect-neutral so a shared PostgreSQL can follow.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from planner.store.file_kind import sqlite_uri

#: How long a connection waits for another process's lock before giving up.
BUSY_TIMEOUT_MS = 5000
#: Execution option that makes a transaction take the write lock up front.
WRITE = "walkaway_write"


def make_engine(path: Path, *, read_only: bool = False, untouched: bool = False) -> Engine:
    """An engine on ``path``; ``read_only`` never writes, ``untouched`` also leaves no -wal or -shm behind.

    A plain read-only connection to a WAL file creates both companions and leaves them there;
    ``untouched`` reads the file immutable instead, unless a live WAL (another process writing,
    or a crash) holds edits that must be read too (:func:`file_kind.untouched_uri`).
    """
    timeout = BUSY_TIMEOUT_MS / 1000
    target = sqlite_uri(path, "write" if not read_only else "untouched" if untouched else "read")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(target, uri=True, timeout=timeout, check_same_thread=False)

    # A creator, not the URL: SQLAlchemy's URL parsing would bend a file name with "?", "#" or "%".
    # The URL still names a file, which gives file databases' pooling.
    engine = create_engine("sqlite+pysqlite:///walkaway.sqlite", creator=connect)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself: pysqlite's own
        # implicit transactions start too late and never take the write lock early.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Foreign keys are off by default and the setting is per connection.
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            # WAL lets readers (a second window, the CLI) work while one writer
            # commits. synchronous=FULL makes every commit durable, even across a
            # power cut: each commit is one deliberate user action, so the cost of
            # an fsync per commit is small and a lost walk-away point is not.
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A writing transaction takes the lock at BEGIN, so two writers queue on
        # the busy timeout instead of failing halfway with "database is locked".
        if connection.get_execution_options().get(WRITE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def driver_connection(connection: Connection) -> sqlite3.Connection:
    """The ``sqlite3`` connection under one of the engine's connections (the reader reads on it,
    inside that connection's transaction)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection), "a connection of this engine, open"
    return driver
