"""File › Restore from Backup…: choose one of the file's backup copies and put it back.

The current file is never overwritten: :func:`planner.store.backup.restore_backup`
renames it aside first, and the dialog says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.dates import utc_now
from planner.errors import WalkawayError
from planner.store.backup import BackupInfo, list_backups, restore_backup
from ui.common.dates_text import datetime_text

if TYPE_CHECKING:
    from planner.store.lock import InstanceLock
    from ui.shell.main_window import MainWindow

MADE, KIND, DEALS, SIZE = range(4)


class RestoreDialog(QDialog):
    """Lists the copies of ``db_path``, newest first; Restore puts the chosen one in place."""

    #: Emitted after a restore with the path the replaced file was renamed to (or ``None``).
    restored = Signal(object)

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        lock: InstanceLock | None = None,
        before_restore: Callable[[], None] | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._lock = lock
        self._before_restore = before_restore
        self._now = now
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        intro = QLabel(
            self.tr(
                "Copies of {name}, newest first. Walkaway makes one each day you use the file and keeps "
                "a week of them. Restoring puts the chosen copy in place of the file; the file as it is "
                "now is kept beside it under a new name, never deleted."
            ).format(name=db_path.name)
        )
        intro.setWordWrap(True)
        self.copies = QTreeWidget()
        self.copies.setObjectName("backup_list")
        self.copies.setAccessibleName(self.tr("Backup copies"))
        self.copies.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Deals"), self.tr("Size")])
        self.copies.setRootIsDecorated(False)
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.copies.itemSelectionChanged.connect(self._selection_changed)
        self.copies.itemDoubleClicked.connect(lambda *_: self._restore())
        self.empty = QLabel(self.tr("There are no backup copies of this file yet."))
        self.error = QLabel()
        self.error.setObjectName("restore_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlighted-text); background: #b3261e; padding: 4px;")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore This Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this copy"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (intro, self.copies, self.empty, self.error, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 360)
        self.reload()

    def reload(self) -> None:
        self.copies.clear()
        self.backups = list_backups(self.db_path)
        locale = QLocale()
        kinds = {"daily": self.tr("daily"), "manual": self.tr("by hand")}
        for info in self.backups:
            made = info.made_at.astimezone()
            item = QTreeWidgetItem(
                [
                    datetime_text(made, locale),  # local time, the way the user writes it
                    kinds.get(info.kind, info.kind),
                    "?" if info.deals is None else locale.toString(info.deals),
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setData(MADE, Qt.ItemDataRole.UserRole, info.number)
            item.setTextAlignment(DEALS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.copies.addTopLevelItem(item)
        for column in range(4):
            self.copies.resizeColumnToContents(column)
        self.copies.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.copies.setCurrentItem(self.copies.topLevelItem(0))

    def chosen(self) -> BackupInfo | None:
        item = self.copies.currentItem()
        if item is None or not item.isSelected():
            return None
        number = item.data(MADE, Qt.ItemDataRole.UserRole)
        return next((info for info in self.backups if info.number == number), None)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _restore(self) -> None:
        info = self.chosen()
        if info is None:
            return
        if self._before_restore is not None:
            self._before_restore()
        try:
            aside = restore_backup(self.db_path, info, now=self._now(), lock=self._lock)
        except WalkawayError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.restored.emit(aside)
        self.accept()


def open_restore_dialog(window: MainWindow) -> RestoreDialog:
    """Open the dialog on ``window``'s file; after a restore the window shows the restored file."""
    controller = window.controller
    guard = getattr(window, "file_guard", None)

    def let_go() -> None:
        # The store must be closed before its file is renamed; an error here leaves it as it was.
        if controller.current_id is not None:
            controller.select_deal(None)
        controller.close()
        controller.undo_stack.clear()

    dialog = RestoreDialog(
        controller.path, window, lock=guard.lock if guard is not None else None, before_restore=let_go
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(aside: Path | None) -> None:
        message = QCoreApplication.translate("RestoreDialog", "Restored the backup copy.")
        if aside is not None:
            message += " " + QCoreApplication.translate(
                "RestoreDialog", "The file it replaced was kept as {path}."
            ).format(path=aside)
        try:
            controller.open_store()
        except WalkawayError as error:
            from ui.session.open_errors import show_open_error

            show_open_error(window, error)
            return
        window.refresh_deal_list()
        window.statusBar().showMessage(message, 15_000)

    dialog.restored.connect(done)
    dialog.open()
    return dialog
