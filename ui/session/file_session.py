"""The one owner of the open file: its instance lock, its Store, and what state it is in.

A window's file is in one of five states (:class:`FileState`): not open yet (``CLOSED``), open for
writing (``OPEN``), open only for reading because another Walkaway window has it (``READ_ONLY``),
refused by its checks (``REFUSED``: damaged, locked, not ours, too new; the file is never touched),
or being replaced by a backup copy (``RESTORING``).

- :meth:`claim` takes the file's instance lock (``planner.store.lock``) once: the first window on a
  file writes, any other reads. Opening claims first (a file that is not ours is refused before);
  the main window also claims when it builds its sections, so a read-only window says so at once.
- :attr:`store` opens the file on first use (SQLAlchemy loads then, after the first paint);
  :meth:`open` does it now and reports a refusal through :attr:`refused` as well as raising it.
- :meth:`retry` opens a refused file again; :meth:`restore` puts a backup copy in place (on the
  file's task queue) and opens it; :meth:`close` lets go of the store and the lock.
- :attr:`writable` is what every writing action follows (``writable_changed``): false in a
  read-only window, for a refused file and during a restore.

Once a day the first writing open makes the file's daily backup, on the task runner's ``FILE``
queue: one writer at a time, never on the GUI thread.
"""

from __future__ import annotations

import contextlib
import enum
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner.dates import utc_now
from planner.errors import WalkawayError
from ui.tasks import FILE, Tasks, shared_tasks

if TYPE_CHECKING:
    from planner.store import Store
    from planner.store.backup import BackupInfo
    from planner.store.lock import InstanceLock
    from planner.summaries import DealSummary

log = logging.getLogger("walkaway.ui")


class FileState(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    READ_ONLY = "read_only"
    REFUSED = "refused"
    RESTORING = "restoring"


class FileBusy(WalkawayError):
    """The file is being restored from a backup; it opens again when that is done."""


class FileSession(QObject):
    state_changed = Signal(object)  # FileState
    writable_changed = Signal(bool)
    opened = Signal()  # the file passed its checks and is open (after open, retry or restore)
    refused = Signal(object)  # the WalkawayError of an explicit open, retry or restore's reopening

    #: A Walkaway file (its counterpart for a team server is ui.session.team_session.TeamSession).
    team = False

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        *,
        tasks: Tasks | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path).expanduser().resolve()
        self.tasks: Tasks = tasks if tasks is not None else shared_tasks()
        self.now = now
        self._lock: InstanceLock | None = None  # made when claimed: nothing to import before the first paint
        self._claimed = False
        self._store: Store | None = None
        self._state = FileState.CLOSED
        self._writable = True
        #: Why the file was last refused (``None`` once it opened).
        self.error: WalkawayError | None = None

    @property
    def target(self) -> Path:
        """What this session opened (a window per target)."""
        return self.path

    @property
    def location(self) -> str:
        """Where the deals are, for the status bar: the file's path."""
        return str(self.path)

    @property
    def name(self) -> str:
        """For the window's title."""
        return self.path.name

    @property
    def lock(self) -> InstanceLock:
        """The file's instance lock (held when this window writes the file)."""
        if self._lock is None:
            from planner.store.lock import InstanceLock

            self._lock = InstanceLock(self.path)
            # Let go with the file's owner even if nobody called close() (a test, a crash in a slot).
            self.destroyed.connect(self._lock.release)
        return self._lock

    # -- state ------------------------------------------------------------------

    @property
    def state(self) -> FileState:
        return self._state

    @property
    def read_only(self) -> bool:
        """Another window has the file: this one only reads it, for as long as it is open."""
        return self._claimed and not (self._lock is not None and self._lock.held)

    @property
    def writable(self) -> bool:
        return self._writable

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def _set_state(self, state: FileState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
        writable = not self.read_only and state in (FileState.CLOSED, FileState.OPEN)
        if writable != self._writable:
            self._writable = writable
            self.writable_changed.emit(writable)

    # -- opening ----------------------------------------------------------------

    def claim(self) -> bool:
        """Take the file's instance lock (once); False when another window has it: read-only from now on."""
        if not self._claimed:
            self._claimed = True
            self.lock.acquire()
            self._set_state(self._state)
        return not self.read_only

    @property
    def store(self) -> Store:
        """The open Store, opened now if need be (raises :class:`WalkawayError` for a file we must not use)."""
        if self._store is None:
            self._open()
        assert self._store is not None
        return self._store

    def open(self) -> Store:
        """Open the file now; a refusal is raised and also announced through :attr:`refused`."""
        try:
            return self.store
        except WalkawayError as error:
            self.refused.emit(error)
            raise

    def _open(self) -> None:
        if self._state is FileState.RESTORING:
            raise FileBusy(f"{self.path}: being restored from a backup copy; it opens again in a moment")
        from planner.store import Store  # imports SQLAlchemy: ~0.5 s, after the first paint
        from planner.store.file_kind import inspect_file

        try:
            if not self._claimed:
                inspect_file(self.path)  # not ours or too new: refused before a lock file appears beside it
                self.claim()
            self._store = Store(self.path, read_only=self.read_only)
        except WalkawayError as error:
            self.error = error
            self._set_state(FileState.REFUSED)
            raise
        self.error = None
        self._set_state(FileState.READ_ONLY if self.read_only else FileState.OPEN)
        self.opened.emit()
        if not self.read_only:
            self._back_up_daily(self._store)

    def retry(self) -> Store:
        """Try a refused (or busy) file again, from the start."""
        self._close_store()
        return self.open()

    def deal_summaries(self) -> list[DealSummary]:
        """Every deal for the list; before the store is open, read lean with sqlite3 (no SQLAlchemy)."""
        if self._store is None:
            if self._state is FileState.RESTORING:
                raise FileBusy(f"{self.path}: being restored from a backup copy; it opens again in a moment")
            from planner.store.reader import read_deal_list

            lean = read_deal_list(self.path)
            if lean is not None:
                return lean
        return self.store.list_deals()

    # -- backups ----------------------------------------------------------------

    def _back_up_daily(self, store: Store) -> None:
        """Today's copy of a file that passed its checks (never of a refused one), off the GUI thread."""
        try:
            if not store.count_deals():
                return
        except WalkawayError as error:
            log.warning("daily backup not made: %s", type(error).__name__)
            return
        from planner.store.backup import ensure_daily_backup

        path, now = self.path, self.now()
        self.tasks.run(lambda: ensure_daily_backup(path, now=now), failed=_backup_failed, queue=FILE)

    def restore(
        self,
        backup: BackupInfo,
        *,
        done: Callable[[Path | None], object],
        failed: Callable[[Exception], object],
    ) -> None:
        """Put ``backup`` in place of the file (on the ``FILE`` queue), then open it again.

        The caller has let go of the deal on screen. The current file is renamed aside, never
        overwritten; ``done`` gets its new path (``None`` if there was no file). A reopening the
        restored file refuses is announced through :attr:`refused`; ``failed`` gets an error of
        the restore itself, after which the file is as it was.
        """
        from planner.store.backup import restore_backup

        self._close_store()  # the store must be closed before its file is renamed
        self._set_state(FileState.RESTORING)
        path, now = self.path, self.now()
        lock = self._lock if self._lock is not None and self._lock.held else None

        def restored(aside: Path | None) -> None:
            self._set_state(FileState.CLOSED)
            with contextlib.suppress(WalkawayError):  # announced through ``refused``: the window explains it
                self.open()
            done(aside)

        def refused(error: BaseException) -> None:
            self._set_state(FileState.CLOSED)
            if not isinstance(error, WalkawayError | OSError):
                raise error
            failed(error)

        self.tasks.run(
            lambda: restore_backup(path, backup, now=now, lock=lock), done=restored, failed=refused, queue=FILE
        )

    # -- closing ----------------------------------------------------------------

    def _close_store(self) -> None:
        self.tasks.wait(FILE)  # a backup in flight finishes before the file is let go
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._state is not FileState.RESTORING:
            self._set_state(FileState.CLOSED)

    def close(self) -> None:
        """Let go of the store and of the instance lock (another window may then write the file)."""
        self._close_store()
        if self._lock is not None:
            self._lock.release()
        self._claimed = False
        self._set_state(FileState.CLOSED)


def _backup_failed(error: BaseException) -> None:
    # A backup that cannot be made must not stop the user from working; the log says why.
    if not isinstance(error, OSError | WalkawayError):
        raise error
    log.warning("daily backup not made: %s", type(error).__name__)
