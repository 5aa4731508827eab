"""Checking a file before trusting it, and setting a bad one aside without changing it.

A damaged file is never repaired, reset, backed up over or deleted: it is
renamed out of the way (with its -wal and -shm companions, so nothing the
WAL holds is lost) and the user restores a backup in its place.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from planner.errors import FileDamaged, FileLocked
from planner.store.schema import damaged_message

log = logging.getLogger("walkaway.store")

#: The companions SQLite keeps beside a file in WAL mode; they move with it.
COMPANIONS = ("-wal", "-shm")


def locked_message(path: Path) -> str:
    return (
        f"{path}: locked by another program (another copy of Walkaway, or a program reading the file, "
        "holds it); nothing was changed: close that program or try again in a moment"
    )


def has_live_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def quick_check(path: Path) -> None:
    """Run ``PRAGMA quick_check``; raise :class:`FileDamaged` or :class:`FileLocked`.

    Without a WAL to replay the check opens the file ``immutable``: no lock, no
    -shm, not a byte written. When a WAL is left over (a crash, or another
    window has the file open) the committed edits in it must be checked too, so
    the check reads through it, still read-only.
    """
    live_wal = has_live_wal(path)
    uri = f"file:{path}?mode=ro" if live_wal else f"file:{path}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise FileLocked(locked_message(path)) from None
        raise FileDamaged(damaged_message(path)) from None
    except sqlite3.DatabaseError:
        raise FileDamaged(damaged_message(path)) from None
    if rows != [("ok",)]:
        log.warning("quick_check failed with %d problem(s)", len(rows))
        raise FileDamaged(damaged_message(path))


def integrity_ok(path: Path) -> bool:
    """The slower full ``PRAGMA integrity_check``, for tests and for checking a backup copy."""
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def set_aside(path: Path, reason: str, now: datetime) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``NAME.REASON-STAMP``; return the new name.

    A rename keeps every byte and is atomic on one file system, so a file
    set aside is exactly the file that was there.
    """
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
    # Companions first: a main file without its WAL beside it would look older than it is.
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    os.replace(path, target)
    log.info("file set aside (%s)", reason)
    return target
