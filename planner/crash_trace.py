"""A hard crash leaves a trace, and the next start says so once.

While the window runs, :class:`CrashWatch` keeps two files in the log folder:

- ``crash-<stamp>-<pid>.txt``: where :mod:`faulthandler` writes the Python stack of every thread
  if the process dies of a fatal signal (an abort in Qt, a segfault). A stack names files,
  functions and line numbers only, never values: no amounts or plan text reach it.
- ``session-<pid>.json``: when the session began and which Walkaway file it had open. The
  process holds an advisory lock on it while it runs; the system drops the lock when the
  process ends, however it ends.

A clean exit removes both. On the next start, :func:`unclean_endings` finds markers whose lock
is free (their process ended without closing: a crash, a kill, a power cut), returns them once
and removes them; a trace with something in it is kept for the bug report.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from planner.paths import log_dir, private_dir
from planner.store.lock import try_lock, unlock

#: Traces kept in the log folder; older ones are removed when a new one is kept.
KEEP_TRACES = 5


@dataclass(frozen=True)
class UncleanEnding:
    """A window session that did not close: when it began, its file, and its trace if one was written."""

    started: datetime
    db_path: Path | None
    trace: Path | None


class CrashWatch:
    """Arms :mod:`faulthandler` and marks this session as running until :meth:`stop`."""

    def __init__(self, db_path: Path, folder: Path | None = None) -> None:
        self.db_path = Path(db_path)
        self.folder = folder or log_dir()
        self._marker: int | None = None
        self._trace: IO[str] | None = None
        self.trace_path: Path | None = None
        self.marker_path: Path | None = None

    def start(self) -> None:
        private_dir(self.folder)  # every level made on the way is 0700, not only the last
        pid = os.getpid()
        self.marker_path = self.folder / f"session-{pid}.json"
        self.trace_path = self.folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}-{pid}.txt"
        descriptor = os.open(self.marker_path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        try_lock(descriptor)
        record = {"started": datetime.now().isoformat(timespec="seconds"), "db": str(self.db_path)}
        record["trace"] = self.trace_path.name
        os.write(descriptor, json.dumps(record).encode())
        self._marker = descriptor
        # Kept open for the life of the process: faulthandler writes to its descriptor at the crash.
        self._trace = open(self.trace_path, "w", encoding="utf-8", opener=_private)  # noqa: SIM115
        faulthandler.enable(file=self._trace, all_threads=True)

    def stop(self) -> None:
        """A clean end: disarm, and remove the marker and the (empty) trace."""
        if self._trace is not None:
            faulthandler.disable()
            self._trace.close()
            self._trace = None
            if self.trace_path is not None:
                with contextlib.suppress(OSError):
                    self.trace_path.unlink()
        if self._marker is not None:
            descriptor, self._marker = self._marker, None
            if self.marker_path is not None:
                with contextlib.suppress(OSError):
                    self.marker_path.unlink()
            unlock(descriptor)
            os.close(descriptor)


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def unclean_endings(folder: Path | None = None) -> list[UncleanEnding]:
    """Sessions that ended without closing, each reported once (oldest first)."""
    folder = folder or log_dir()
    found: list[UncleanEnding] = []
    for marker in sorted(folder.glob("session-*.json")):
        ending = _claim(marker, folder)
        if ending is not None:
            found.append(ending)
    _prune_traces(folder)
    return sorted(found, key=lambda ending: ending.started)


def _claim(marker: Path, folder: Path) -> UncleanEnding | None:
    try:
        descriptor = os.open(marker, os.O_RDWR)
    except OSError:
        return None
    try:
        if not try_lock(descriptor):
            return None  # its session is still running
        try:
            record = json.loads(os.read(descriptor, 65536) or b"{}")
            started = datetime.fromisoformat(str(record.get("started")))
        except ValueError:
            record, started = {}, datetime.fromtimestamp(marker.stat().st_mtime)
        marker.unlink()
        unlock(descriptor)
    finally:
        os.close(descriptor)
    trace = folder / Path(str(record.get("trace", "-"))).name
    kept: Path | None = trace
    if not trace.is_file() or trace.stat().st_size == 0:
        with contextlib.suppress(OSError):
            trace.unlink()
        kept = None
    db = record.get("db")
    return UncleanEnding(started=started, db_path=Path(db) if db else None, trace=kept)


def _prune_traces(folder: Path) -> None:
    # Only traces with something in them: an empty one may belong to a session still running.
    traces = [path for path in folder.glob("crash-*.txt") if path.stat().st_size > 0]
    traces.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    for old in traces[KEEP_TRACES:]:
        with contextlib.suppress(OSError):
            old.unlink()
