"""The window's team server: the counterpart of :class:`ui.session.file_session.FileSession`.

Same signals and the same calls (``claim``, ``store``, ``open``, ``retry``, ``close``,
``deal_summaries``, ``writable``), so the controller, the window and every feature work on
either. What only a file has is not here: no instance lock (the server's row locks and the
deal versions keep two people from overwriting each other), no ``quick_check``, no daily
backups and no restore (a server's backups are its owner's: ``pg_dump``). The window hides
Save a Copy and Restore from Backup in team mode and offers Save a Local Copy (every deal
shared with you into a new Walkaway file) instead.

Loaded only when a team server is opened: file mode never imports this module.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner.errors import WalkawayError
from ui.session.file_session import FileState
from ui.tasks import Tasks, shared_tasks

if TYPE_CHECKING:
    from planner.store.server.address import ServerAddress
    from planner.store.server.store import ServerStore
    from planner.summaries import DealSummary

log = logging.getLogger("walkaway.ui")


class TeamSession(QObject):
    state_changed = Signal(object)  # FileState
    writable_changed = Signal(bool)
    opened = Signal()
    refused = Signal(object)  # the WalkawayError of an explicit open or retry

    #: A team server, not a file: the window hides what only a file has.
    team = True
    #: Never read-only for another window's sake: every window writes, the server keeps them apart.
    read_only = False

    def __init__(self, address: ServerAddress, parent: QObject | None = None, *, tasks: Tasks | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self.tasks: Tasks = tasks if tasks is not None else shared_tasks()
        self._store: ServerStore | None = None
        self._state = FileState.CLOSED
        self._writable = True
        self.error: WalkawayError | None = None

    # -- what the window shows --------------------------------------------------------

    @property
    def target(self) -> ServerAddress:
        """What this session opened (a window per target)."""
        return self.address

    @property
    def location(self) -> str:
        """Where the deals are, for the status bar: the server's address (it never holds a password)."""
        return self.address.display

    @property
    def name(self) -> str:
        """For the window's title."""
        return f"{self.address.database or self.address.display} (team)"

    # -- state ---------------------------------------------------------------------------

    @property
    def state(self) -> FileState:
        return self._state

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
        writable = state in (FileState.CLOSED, FileState.OPEN)
        if writable != self._writable:
            self._writable = writable
            self.writable_changed.emit(writable)

    # -- opening -------------------------------------------------------------------------

    def claim(self) -> bool:
        """Nothing to claim on a server: every window writes."""
        return True

    @property
    def store(self) -> ServerStore:
        if self._store is None:
            self._open()
        assert self._store is not None
        return self._store

    def open(self) -> ServerStore:
        try:
            return self.store
        except WalkawayError as error:
            self.refused.emit(error)
            raise

    def _open(self) -> None:
        from planner.store.server.store import ServerStore

        try:
            self._store = ServerStore(self.address)
        except WalkawayError as error:
            self.error = error
            self._set_state(FileState.REFUSED)
            raise
        self.error = None
        self._set_state(FileState.OPEN)
        self.opened.emit()

    def retry(self) -> ServerStore:
        self._close_store()
        return self.open()

    def deal_summaries(self) -> list[DealSummary]:
        """Every deal shared with this role (the server is asked: there is no lean read of a server)."""
        return self.store.list_deals()

    # -- closing -------------------------------------------------------------------------

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        self._set_state(FileState.CLOSED)

    def close(self) -> None:
        self._close_store()
