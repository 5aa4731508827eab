"""The window's side of "nothing lost": one writing window per file, daily backups, Restore….

Installed on every window (``ui.features.WINDOW_FEATURES``). A window that
finds its file already open in another Walkaway window opens it read-only and
says so: in the title, in a banner and in the status bar, with the actions
that would write switched off. The first window keeps writing; nobody's edits
are overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from planner.dates import utc_now
from planner.errors import WalkawayError
from planner.store.lock import InstanceLock

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger("walkaway.ui")


class FileGuard(QObject):
    """Holds the window's instance lock and reacts to the store opening."""

    def __init__(self, window: MainWindow, *, now: Callable[[], datetime] = utc_now) -> None:
        super().__init__(window)
        self.window = window
        self.now = now
        self.lock = InstanceLock(window.controller.path)
        self.read_only = not self.lock.acquire()
        self.banner: QLabel | None = None
        window.destroyed.connect(self.lock.release)

    def store_opened(self) -> None:
        """Say if the file's mode was put right; make today's backup once the file passed its checks."""
        self.report_mode_fix()
        if self.read_only:
            return
        # Taken again after the store was closed and reopened (a restore, a retry).
        self.lock.acquire()
        from planner.store.backup import ensure_daily_backup

        store = self.window.controller.store
        try:
            if store.count_deals():
                ensure_daily_backup(store.path, now=self.now())
        except (OSError, WalkawayError) as error:
            # A backup that cannot be made must not stop the user from working; the log says why.
            log.warning("daily backup not made: %s", type(error).__name__)

    def report_mode_fix(self) -> None:
        """A file found readable by other users was made private (or could not be): say so once."""
        fix = self.window.controller.store.mode_fix
        if fix is None:
            return
        if fix.error:
            text = self.tr("{path} is readable by other users and could not be made private ({reason})").format(
                path=fix.path, reason=fix.error
            )
        else:
            text = self.tr("{path} was readable by other users; it is now readable by you only").format(path=fix.path)
        log.info("file mode tightened from %04o", fix.before)
        self.window.statusBar().showMessage(text, 30_000)

    # -- read-only ---------------------------------------------------------------

    def show_read_only(self) -> None:
        window = self.window
        window.setWindowTitle(self.tr("{title} (read-only)").format(title=window.windowTitle()))
        text = self.tr(
            "Read-only: this file is open in another Walkaway window. You can read your plans here; "
            "make changes in that window, so that neither overwrites the other."
        )
        self.banner = QLabel(text)
        self.banner.setObjectName("read_only_banner")
        self.banner.setAccessibleName(self.tr("Read-only"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }"
        )
        window.editor.banner_area.insertWidget(0, self.banner)
        status = QLabel(self.tr("Read-only"))
        status.setObjectName("read_only_status")
        status.setToolTip(text)
        window.statusBar().addPermanentWidget(status)
        self.lock_editing()
        window.controller.plan_changed.connect(lambda _plan: self.lock_editing())

    def writing_actions(self) -> list[QAction]:
        names = ("new_plan_action", "quick_plan_action", "duplicate_action", "delete_action", "import_action")
        found = [getattr(self.window, name) for name in names if hasattr(self.window, name)]
        found += [self.window.undo_action, self.window.redo_action, *self.window.writing_deal_actions]
        return found

    def lock_editing(self) -> None:
        """Switch off what writes: actions, and every input in the editor (viewing stays possible)."""
        for action in self.writing_actions():
            action.setEnabled(False)
        for widget in self.window.editor.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Buttons and boxes in the editor change the plan; tab bars and scroll bars only show it.
        from PySide6.QtWidgets import QAbstractButton, QComboBox, QTabBar

        for widget in self.window.editor.findChildren(QAbstractButton) + self.window.editor.findChildren(QComboBox):
            if not isinstance(widget.parent(), QTabBar):
                widget.setEnabled(False)


def install(window: MainWindow) -> None:
    guard = FileGuard(window)
    window.file_guard = guard  # type: ignore[attr-defined]
    controller = window.controller
    controller.store_opened.connect(guard.store_opened)
    # Let go with the file, not with the window object, which may outlive its closing.
    controller.store_closed.connect(guard.lock.release)
    if guard.read_only:
        controller.read_only = True
        guard.show_read_only()

    from ui.restore_dialog import open_restore_dialog

    restore = QAction(QCoreApplication.translate("FileSafety", "Restore from &Backup…"), window)
    restore.setObjectName("restore_backup")
    restore.triggered.connect(lambda: open_restore_dialog(window))
    restore.setEnabled(not guard.read_only)
    window.file_menu.insertAction(window.quit_action, restore)
    window.file_menu.insertSeparator(window.quit_action)
    window.restore_backup_action = restore  # type: ignore[attr-defined]
