"""A line edit for money: the locale's way of writing numbers in, an exact ``Decimal`` out.

Junk never becomes a number: the field keeps what was typed, turns its frame
red, and a label next to it says what is wrong. ``value_edited`` fires only
for text that parses (``None`` when the field is emptied), so a plan never
receives a guessed or zero amount.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from planner.money import AmountError
from ui.widgets.amount_parse import format_amount_text, parse_amount_text


class AmountEdit(QLineEdit):
    value_edited = Signal(object)  # Decimal | None, only for text that parses

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self._required = required
        self._value: Decimal | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(220)
        self.setPlaceholderText(format_amount_text(Decimal("120000"), self.locale()))
        self.error_label = QLabel()
        self.error_label.setObjectName("amount_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._tidy)

    # -- the public face ------------------------------------------------------

    def value(self) -> Decimal | None:
        """The last amount that parsed; ``None`` when empty (never a guess)."""
        return self._value

    def setValue(self, value: Decimal | None) -> None:
        self._value = value
        text = "" if value is None else format_amount_text(value, self.locale())
        if text != self.text() or self.is_invalid():
            self.setText(text)
        self._show_error("")

    def is_invalid(self) -> bool:
        return bool(self.error_label.text())

    def error_text(self) -> str:
        return self.error_label.text()

    def with_error_label(self) -> QWidget:
        """The field with its message beside it, for a form row."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label, 1)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return row

    # -- behaviour ------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        try:
            value = parse_amount_text(text, self.locale())
        except AmountError as error:
            self._show_error(str(error))
            return
        if value is None and self._required:
            self._show_error(self.tr("an amount is needed here"))
            return
        self._show_error("")
        self._value = value
        self.value_edited.emit(value)

    def _tidy(self) -> None:
        # Rewrite a valid entry the locale's way ("120000" -> "120,000"); leave junk for fixing.
        if not self.error_label.text() and self._value is not None:
            tidy = format_amount_text(self._value, self.locale())
            if tidy != self.text():
                self.setText(tidy)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.setAccessibleDescription(message)
        # A red frame and text, readable on light and dark palettes alike.
        self.setStyleSheet("QLineEdit { border: 1px solid #d32f2f; }" if message else "")
        self.error_label.setStyleSheet("color: #d32f2f;" if message else "")
