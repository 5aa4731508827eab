"""Opening Walkaway files in windows: one window per file, the store opened after the first paint."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from planner.errors import FileDamaged, FileLocked, WalkawayError
from ui.controller import PlanController
from ui.main_window import MainWindow

log = logging.getLogger("walkaway.ui")

#: Open windows, kept referenced so Python does not collect them.
WINDOWS: list[MainWindow] = []
#: Upper bound on the wait for the first paint before the store opens anyway.
FIRST_PAINT_TIMEOUT_MS = 300


def find_window(path: Path) -> MainWindow | None:
    resolved = path.expanduser().resolve()
    return next((w for w in WINDOWS if w.controller.path == resolved), None)


def open_window(
    path: Path, *, plan_file: Path | None = None, on_error: Callable[[str], None] | None = None
) -> MainWindow | None:
    """Show ``path`` in a window (raising the one that has it already); ``None`` if it cannot be opened."""
    existing = find_window(path)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        if plan_file is not None:
            import_plan_files(existing, [plan_file])
        return existing
    report = on_error or _report_at_start
    controller = PlanController(path)
    try:
        window = MainWindow(controller, build_sections=False)
        window.refresh_deal_list()
    except (FileDamaged, FileLocked) as error:
        # A file this window can still help with: keep the window, say what is wrong and offer
        # the way out there (restore a backup, try again). Not ours or too new: reported below.
        window.show()
        from ui.open_errors import show_open_error

        show_open_error(window, error)
    except WalkawayError as error:
        controller.close()
        report(str(error))
        return None
    WINDOWS.append(window)
    window.destroyed.connect(lambda *_: WINDOWS.remove(window) if window in WINDOWS else None)
    window.show()
    _after_first_paint(window, lambda: _finish_opening(window, plan_file))
    return window


def _finish_opening(window: MainWindow, plan_file: Path | None) -> None:
    # The store first: features installed by build_sections() may read it at once, and a
    # refused file gets its explanation instead of errors from every feature.
    try:
        window.controller.open_store()
    except WalkawayError as error:
        from ui.open_errors import show_open_error

        show_open_error(window, error)
        return
    window.build_sections()
    from ui.file_actions import remember_recent

    remember_recent(window.controller.path)
    if plan_file is not None:
        import_plan_files(window, [plan_file])


def import_plan_files(window: MainWindow, paths: list[Path]) -> None:
    """Import plan files in one transaction, then show the first imported deal."""
    from planner.plans.files import read_plan_file

    try:
        plans = [read_plan_file(path) for path in paths]
        ids = window.controller.store.add_plans(plans)
    except WalkawayError as error:
        window.show_error(str(error))
        return
    log.info("imported %d plan file(s)", len(ids))
    window.refresh_deal_list()
    window.controller.select_deal(ids[0])
    window.statusBar().showMessage(
        QCoreApplication.translate("WindowManager", "Imported {count} plan(s)").format(count=len(ids)), 5000
    )
    from planner.signing.made_here import check_commitment

    # A commitment that does not match its own fingerprint is said at once, not only when the deal is open.
    mismatches = [report.message for report in (check_commitment(plan).report for plan in plans) if not report.ok]
    if mismatches:
        window.show_error("\n".join(mismatches))


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
