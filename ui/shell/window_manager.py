"""Opening Walkaway files (and team servers) in windows: one window per file or server, the store
opened after the first paint (a team server's deal list is asked for before it: there is no lean read)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from planner.errors import FileDamaged, FileLocked, WalkawayError
from ui.session.controller import PlanController
from ui.session.file_session import FileState
from ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from planner.store.server.address import ServerAddress

log = logging.getLogger("walkaway.ui")

#: Open windows, kept referenced so Python does not collect them.
WINDOWS: list[MainWindow] = []
#: Upper bound on the wait for the first paint before the store opens anyway.
FIRST_PAINT_TIMEOUT_MS = 300


def find_window(target: Path | ServerAddress) -> MainWindow | None:
    resolved = target.expanduser().resolve() if isinstance(target, Path) else target
    return next((w for w in WINDOWS if w.session.target == resolved), None)


def open_window(
    target: Path | ServerAddress, *, plan_file: Path | None = None, on_error: Callable[[str], None] | None = None
) -> MainWindow | None:
    """Show ``target`` (a file or a team server) in a window (raising the one that has it already);
    ``None`` if it cannot be opened."""
    existing = find_window(target)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        if plan_file is not None:
            existing.file_actions.import_paths([plan_file])
        return existing
    report = on_error or _report_at_start
    controller = PlanController(target)
    window = MainWindow(controller, build_sections=False)
    try:
        window.refresh_deal_list()
    except (FileDamaged, FileLocked) as error:
        # A file this window can still help with: keep the window, say what is wrong and offer
        # the way out there (restore a backup, try again). Not ours or too new: reported below.
        window.show()
        window.file_notices.explain_refusal(error)
    except WalkawayError as error:
        controller.close()
        window.deleteLater()
        report(str(error))
        return None
    window.open_requested.connect(lambda other: open_window(other, on_error=window.show_error))
    WINDOWS.append(window)
    window.destroyed.connect(lambda *_: WINDOWS.remove(window) if window in WINDOWS else None)
    window.show()
    _after_first_paint(window, lambda: _finish_opening(window, plan_file))
    return window


def _finish_opening(window: MainWindow, plan_file: Path | None) -> None:
    # The store first: features installed by build_sections() may read it at once, and a
    # refused file gets its explanation (the session's ``refused``) instead of errors from every
    # feature. Opening claims the file: a second window on it opens it read-only.
    if window.session.state is FileState.REFUSED:
        return  # explained already, when the deal list was read; Try Again or Restore… from there
    try:
        window.session.open()
    except WalkawayError:
        return
    window.build_sections()
    from ui.session.file_actions import remember_recent

    remember_recent(window.session.target)
    if plan_file is not None:
        window.file_actions.import_paths([plan_file])


def _report_at_start(message: str) -> None:
    # At start-up there is no window to hold a sheet yet: a plain modal box is right here.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("WindowManager", "Walkaway"), message)


class _FirstPaint(QObject):
    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()
            self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            # Let this paint finish and reach the screen, then do the slow part.
            QTimer.singleShot(0, self.fire)
        return False


def _after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    watcher = _FirstPaint(window, then)
    for widget in (window.deal_list.table.viewport(), window.empty_state):
        widget.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, watcher.fire)
