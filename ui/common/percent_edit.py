"""A percentage typed as a percentage: a line edit with a "%" after the figure, as a spin box shows its suffix.

The plan keeps a likelihood as a fraction (0–1); the table shows and takes it in percent
(``70`` for 0.7), and this editor makes that plain while typing. ``PercentDelegate`` puts it in
a table column; the model parses the text (``planner`` rules, exact ``Decimal``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class PercentEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.suffix = QLabel("%", self)
        self.suffix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.suffix.setForegroundRole(self.foregroundRole())
        room = self.fontMetrics().horizontalAdvance(" %") + 6
        self.setTextMargins(0, 0, room, 0)
        self.setToolTip(QCoreApplication.translate("PercentEdit", "How likely, in percent: 0 to 100"))
        self.setAccessibleDescription(QCoreApplication.translate("PercentEdit", "percent"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self.suffix.sizeHint()
        self.suffix.setGeometry(
            self.width() - hint.width() - 6, (self.height() - hint.height()) // 2, hint.width(), hint.height()
        )


class PercentDelegate(QStyledItemDelegate):
    """Edits a percentage column with a :class:`PercentEdit`."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = PercentEdit(parent)
        editor.setFrame(False)
        return editor
