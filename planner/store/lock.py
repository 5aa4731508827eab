"""One window writes to a file at a time.

SQLite's own locks keep every transaction whole, but two windows editing the
same deal would still overwrite each other's work. So the window that opens a
file first holds an advisory lock on ``.NAME.lock`` beside it for as long as it
is open; a second window finds the lock taken and opens the file read-only.
The command line does not take this lock: its edits are single transactions
that queue on SQLite's busy timeout.

The lock is on a separate file, never on the database itself: on POSIX,
closing any descriptor of the database would silently drop SQLite's own locks.
The operating system releases the lock when the process ends, even after
``kill -9``, so a crash never leaves a file locked.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


def lock_path(db_path: Path) -> Path:
    # Hidden, and left in place on release: deleting a lock file while another
    # process is about to lock it would let two processes each "hold" a lock.
    return db_path.with_name(f".{db_path.name}.lock")


class InstanceLock:
    """The advisory "this file is open for writing here" lock of one database file."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = Path(db_path).expanduser().resolve()
        self.path = lock_path(self.db_path)
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> bool:
        """Take the lock if no other process holds it; True when this process now holds it."""
        if self._descriptor is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not try_lock(descriptor):
            os.close(descriptor)
            return False
        # Who holds it, for the message the second window shows. Not needed for correctness.
        os.ftruncate(descriptor, 0)
        os.write(descriptor, json.dumps({"pid": os.getpid(), "host": platform.node()}).encode())
        self._descriptor = descriptor
        return True

    def holder(self) -> dict[str, object]:
        """What the holder wrote into the lock file (``pid``, ``host``), or ``{}``."""
        try:
            found = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        with contextlib.suppress(OSError):
            os.ftruncate(descriptor, 0)
        unlock(descriptor)
        os.close(descriptor)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def is_open_elsewhere(db_path: str | os.PathLike[str]) -> bool:
    """True when another process holds the instance lock of ``db_path``."""
    probe = InstanceLock(db_path)
    if probe.acquire():
        probe.release()
        return False
    return True
