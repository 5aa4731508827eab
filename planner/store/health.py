"""Checking a file before trusting it, and setting a bad one aside without changing it.

A damaged file is never repaired, reset, backed up over or deleted: it is
renamed out of the way (with its -wal and -shm companions, so nothing the
WAL holds is lost) and the user restores a backup in its place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from planner.atomic import atomic_write_text
from planner.errors import FileDamaged, FileLocked
from planner.store.file_kind import damaged_message, has_live_wal, sqlite_uri, untouched_uri

log = logging.getLogger("walkaway.store")

#: The companions SQLite keeps beside a file in WAL mode; they move with it.
COMPANIONS = ("-wal", "-shm")


def locked_message(path: Path) -> str:
    return (
        f"{path}: locked by another program (another copy of Walkaway, or a program reading the file, "
        "holds it); nothing was changed: close that program or try again in a moment"
    )


def quick_check(path: Path) -> None:
    """Run ``PRAGMA quick_check``; raise :class:`FileDamaged` or :class:`FileLocked`.

    Read through :func:`untouched_uri`: committed edits still in a WAL are checked too.
    """
    try:
        connection = sqlite3.connect(untouched_uri(path), uri=True, timeout=5)
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


#: A file changed less than this long before its stamp was taken may change again within the
#: same file-system timestamp tick; such a "racy" stamp is never trusted (git's rule for its index).
RACY_NS = 2_000_000_000


def _stat_stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "inode": st.st_ino}


def _stamp_path(path: Path) -> Path:
    from planner.paths import data_dir

    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return data_dir() / "checked" / f"{digest}.json"


def _remember_checked(path: Path, taken: dict[str, int], now_ns: int) -> None:
    """Note that ``path``, as ``taken`` saw it, passed its check (unless that stamp is racy)."""
    if now_ns - max(taken["mtime_ns"], taken["ctime_ns"]) < RACY_NS:
        return
    with contextlib.suppress(OSError):  # only a cache: a read-only home folder just means checking again
        from planner.paths import private_dir

        target = _stamp_path(path)
        private_dir(target.parent)
        atomic_write_text(target, json.dumps(taken))


def check_on_open(path: Path, *, now_ns: Callable[[], int] = time.time_ns) -> bool:
    """``quick_check`` unless the file is exactly as it was when it last passed; True when it ran.

    The check reads the whole file: about a quarter of a second for 10,000 deals. A file that
    no one has touched since it passed (same size, times and inode, no WAL) is not read again;
    any change, and every daily backup (which checks its copy), brings the check back.
    """
    if has_live_wal(path):
        quick_check(path)
        return True
    before = _stat_stamp(path)
    try:
        known = json.loads(_stamp_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = None
    if known == before:
        return False
    quick_check(path)
    _remember_checked(path, before, now_ns())
    return True


def integrity_ok(path: Path) -> bool:
    """The slower full ``PRAGMA integrity_check``, for tests and for checking a backup copy."""
    connection = sqlite3.connect(sqlite_uri(path, "immutable"), uri=True)
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
