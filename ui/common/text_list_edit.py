"""An editable list of short texts (the conditions of a walk-away point): add, edit in place, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.action_icons import action_icon


class TextListEdit(QWidget):
    items_edited = Signal(list)  # list[str], after every change the user makes

    def __init__(self, accessible_name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.list = QListWidget()
        self.list.setAccessibleName(accessible_name)
        self.list.setToolTip(placeholder)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        rows = self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(rows * 5 + 2 * self.list.frameWidth())
        # Long conditions wrap instead of hiding behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._emit)
        self._filling = False

        self.add_button = self._button(self.tr("Add"), "add", self.add_item)
        self.remove_button = self._button(self.tr("Remove"), "remove", self.remove_current)
        self.up_button = self._button(self.tr("Up"), "up", lambda: self._move(-1))
        self.down_button = self._button(self.tr("Down"), "down", lambda: self._move(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_locked(self, locked: bool) -> None:
        """Read-only with the locked look (``ui.common.locked_look``); the buttons go while it is locked."""
        from ui.common.locked_look import lock_tooltip, set_locked

        set_locked(self.list, locked)
        self.setEnabled(not locked)  # nothing in it changes the plan; the list stays readable (locked_look)
        self.list.setToolTip(lock_tooltip() if locked else self._placeholder)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not locked)

    def _button(self, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(action_icon(icon_name), text)
        button.setAccessibleName(f"{text} ({self.list.accessibleName()})")
        button.clicked.connect(slot)
        return button

    def items(self) -> list[str]:
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [text for text in texts if text]

    def set_items(self, items: list[str]) -> None:
        if items == self.items():  # blank rows being typed into are kept
            return
        current = self.list.currentRow()
        self._filling = True
        try:
            self.list.clear()
            for text in items:
                self.list.addItem(self._item(text))
        finally:
            self._filling = False
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self._update_buttons()

    def add_item(self) -> None:
        item = self._item("")
        self._filling = True
        self.list.addItem(item)
        self._filling = False
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._filling = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self._filling = False
        self.list.setCurrentRow(target)
        self._emit()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(self._placeholder)
        return item

    def _emit(self, *_args: object) -> None:
        if not self._filling:
            self.items_edited.emit(self.items())
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
