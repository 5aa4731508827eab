"""The question when a window closes while the file refuses its latest changes: keep them or not."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class CloseUnsavedBox(QMessageBox):
    """Export a Copy… (``export_requested``), Close Without Them (``drop_requested``) or Cancel."""

    export_requested = Signal()
    drop_requested = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeUnsavedBox")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changes not saved"))
        self.setText(
            self.tr("The latest changes could not be written to the file: {reason}.").format(reason=reason.rstrip("."))
        )
        self.setInformativeText(self.tr("Export a copy to keep them, or close without them."))
        self.export_button = self.addButton(self.tr("Export a Copy…"), QMessageBox.ButtonRole.AcceptRole)
        self.drop_button = self.addButton(self.tr("Close Without Them"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.export_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._chosen)

    def _chosen(self) -> None:
        if self.clickedButton() is self.export_button:
            self.export_requested.emit()
        elif self.clickedButton() is self.drop_button:
            self.drop_requested.emit()
