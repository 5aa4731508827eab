"""File › Restore from Backup…: choose one of the file's backup copies and put it back.

The current file is never overwritten: :meth:`ui.session.file_session.FileSession.restore`
(through :func:`planner.store.backup.restore_backup`, off the GUI thread) renames it aside first,
and the window says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
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

from planner.errors import WalkawayError
from planner.store.backup import BackupInfo, list_backups
from ui.common import colours
from ui.common.dates_text import datetime_text
from ui.common.money_text import number_text

if TYPE_CHECKING:
    from ui.session.file_session import FileSession

MADE, KIND, DEALS, SIZE = range(4)


class RestoreDialog(QDialog):
    """Lists the copies of ``db_path``, newest first; Restore puts the chosen one in place."""

    #: Emitted after a restore with the path the replaced file was renamed to (or ``None``).
    restored = Signal(object)

    def __init__(
        self,
        session: FileSession,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
    ) -> None:
        """``before_restore`` lets go of the deal on screen; a :class:`WalkawayError` from it stops the restore."""
        super().__init__(parent)
        self.session = session
        self.db_path = db_path = session.path
        self._before_restore = before_restore
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
        self.copies.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)  # a list to choose from
        self.copies.setToolTip(self.tr("The copies of this file, newest first: choose one to put back"))
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.copies.itemSelectionChanged.connect(self._selection_changed)
        self.copies.itemDoubleClicked.connect(lambda *_: self._restore())
        self.empty = QLabel(self.tr("There are no backup copies of this file yet."))
        self.error = QLabel()
        self.error.setObjectName("restore_error")
        self.error.setWordWrap(True)
        colours.tint(self.error, "error", bold=True)
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
                    "?" if info.deals is None else number_text(Decimal(info.deals)),
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
        newest = self.copies.topLevelItem(0)
        if newest is not None:
            self.copies.setCurrentItem(newest)

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
        try:
            if self._before_restore is not None:
                self._before_restore()
        except WalkawayError as error:
            self._show_error(str(error))
            return
        self.restore_button.setEnabled(False)  # one restore at a time; it runs off the GUI thread
        self.session.restore(info, done=self._restored, failed=lambda error: self._show_error(str(error)))

    def _restored(self, aside: Path | None) -> None:
        self.restored.emit(aside)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._selection_changed()
