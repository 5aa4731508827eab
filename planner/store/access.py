"""What can be done to a Walkaway file: writes that cannot happen, new files, and waiting one's turn.

Kept apart from :mod:`planner.store.store` so that the Store reads as what it does with
deals; everything here is about the file and the other processes that share it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from planner.errors import StoreFileError, WriteRefused
from planner.store.health import COMPANIONS

#: The longest a command waits behind other writers that keep committing (see :class:`TurnWait`).
MAX_TURN_WAIT_S = 120.0


def is_lock_error(error: Exception) -> bool:
    """SQLite gave up waiting for another connection's lock (``error`` from SQLAlchemy or ``sqlite3``)."""
    text = str(getattr(error, "orig", error)).lower()
    return "locked" in text or "busy" in text


#: What SQLite's refusal to write means for the user, by its primary result code.
_WRITE_REFUSALS = {
    "SQLITE_FULL": "the disk is full; nothing was written (free some space and try again)",
    "SQLITE_READONLY": "the file or its folder cannot be written (read-only); nothing was written",
    "SQLITE_IOERR": "a disk error stopped the write; nothing was written",
    "SQLITE_CANTOPEN": "the file's journal cannot be created beside it; nothing was written",
}


def write_refusal(path: Path, error: Exception) -> WriteRefused | None:
    """SQLite refused the write (the transaction was rolled back): one line saying why, or None.

    ``error`` from SQLAlchemy (the driver's error is its ``orig``) or from ``sqlite3`` itself.
    """
    name = str(getattr(getattr(error, "orig", error), "sqlite_errorname", ""))
    primary = next((code for code in _WRITE_REFUSALS if name == code or name.startswith(code + "_")), None)
    return None if primary is None else WriteRefused(f"{path}: {_WRITE_REFUSALS[primary]}")


def cannot_write_message(path: Path, reason: str) -> str:
    return f"{path}: cannot be written ({reason}): is the file or its folder read-only? Nothing was changed"


def check_writable(path: Path) -> None:
    """Refuse before SQLite opens a file it could only read.

    SQLite falls back to reading such a file and leaves an empty -wal and a -shm beside it;
    the write then fails anyway. ``access`` also sees what binds root: an immutable file or
    folder, a read-only file system. A folder that cannot take new files is fine as long as
    the -wal and -shm are already there (another process has the file open).
    """
    companions = [Path(f"{path}{suffix}") for suffix in COMPANIONS]
    if not os.access(path, os.W_OK):
        raise WriteRefused(cannot_write_message(path, "the file is read-only"))
    if not os.access(path.parent, os.W_OK | os.X_OK) and not all(
        part.exists() and os.access(part, os.W_OK) for part in companions
    ):
        raise WriteRefused(cannot_write_message(path, "its folder is read-only"))


def create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner only, before SQLite opens it.

    False when another process created it first (it is classified again then); a folder
    made on the way is private too.
    """
    from planner.paths import private_dir

    try:
        private_dir(path.parent)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as error:
        raise StoreFileError(f"{path}: cannot be created ({error.strerror}); nothing was written") from None
    os.close(descriptor)
    return True


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class TurnWait:
    """Whether a writer that found the write lock taken for a whole busy timeout should wait on.

    SQLite's busy handler is not a queue: with many writers each waiting out the same timeout,
    one of them can lose every round while the others all get through. A command waits its
    turn for as long as the others keep committing (the file or its WAL changes), and gives
    up only when nothing moved for a whole timeout: then a program holds the lock and does
    nothing with it, and the user is told so.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started = time.monotonic()
        self.mark = self._mark()

    def _mark(self) -> tuple[object, ...]:
        return (_stamp(self.path), _stamp(Path(f"{self.path}-wal")))

    def others_moved_on(self) -> bool:
        """True (and a new mark taken) when someone committed since the last look, within the limit."""
        mark = self._mark()
        moved, self.mark = mark != self.mark, mark
        return moved and time.monotonic() - self.started < MAX_TURN_WAIT_S
