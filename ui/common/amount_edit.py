"""A line edit for money: the locale's way of writing numbers in, an exact ``Decimal`` out.

Junk never becomes a number: the field keeps what was typed, turns its frame
red, and a label next to it says what is wrong, as the user types. The value
is committed when editing finishes (Enter, Tab, focus leaves, or ``commit()``):
``value_edited`` then fires with the new ``Decimal`` (``None`` when emptied),
and only for text that parses, so a plan never receives a guessed or zero
amount, nor a half-typed prefix of junk.
"""

from __future__ import annotations

import enum
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from planner.money import AmountError
from ui.common import colours
from ui.common.amount_parse import parse_amount_text
from ui.common.money_text import amount_text


#: What ``_check`` returns for text that does not parse (``None`` means "empty").
class _Invalid(enum.Enum):
    """What :meth:`AmountEdit._check` returns for text that is not an amount (``None`` is an empty field)."""

    INVALID = "invalid"


_INVALID = _Invalid.INVALID


class AmountEdit(QLineEdit):
    value_edited = Signal(object)  # Decimal | None: a committed, valid change

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self._required = required
        self._value: Decimal | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(220)
        self.error_label = QLabel()
        self.error_label.setObjectName("amount_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        colours.tint(self.error_label, "error")
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self.commit)

    # -- the public face ------------------------------------------------------

    def value(self) -> Decimal | None:
        """The last amount that parsed; ``None`` when empty (never a guess)."""
        return self._value

    def setValue(self, value: Decimal | None) -> None:
        self._value = value
        text = "" if value is None else amount_text(value, self.locale())
        if text != self.text() or self.is_invalid():
            self.setText(text)
        self._show_error("")

    def typed_value(self) -> Decimal | None:
        """What the text says right now, before it is committed; ``None`` when empty or invalid."""
        value = self._check(self.text())
        return None if value is _INVALID else value

    def is_invalid(self) -> bool:
        return bool(self.error_label.text())

    def error_text(self) -> str:
        return self.error_label.text()

    def with_error_label(self, suffix: QLabel | None = None) -> QWidget:
        """The field with its message beside it, for a form row; ``suffix`` (the currency) in between."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self, 0, Qt.AlignmentFlag.AlignLeft)
        if suffix is not None:
            suffix.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            layout.addWidget(suffix)
        layout.addWidget(self.error_label, 1)
        layout.addStretch(0)  # with the message hidden, the spare width stays at the end
        self.error_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return row

    # -- behaviour ------------------------------------------------------------

    def commit(self) -> None:
        """Take the typed text as the value, if it parses and differs; else leave the value alone."""
        value = self._check(self.text())
        if value is _INVALID:
            return
        if self._required and value is None:
            return
        self._tidy(value)
        if value != self._value:
            self._value = value
            self.value_edited.emit(value)

    def _on_text_edited(self, text: str) -> None:
        self._check(text)

    def _check(self, text: str) -> Decimal | _Invalid | None:
        """Parse ``text`` and show or clear the message; ``_INVALID`` when it does not parse."""
        try:
            value = parse_amount_text(text, self.locale())
        except AmountError as error:
            self._show_error(str(error))
            return _INVALID
        if value is None and self._required:
            self._show_error(self.tr("an amount is needed here"))
            return _INVALID
        self._show_error("")
        return value

    def _tidy(self, value: Decimal | None) -> None:
        # Rewrite a valid entry the locale's way ("120000" -> "120,000").
        tidy = "" if value is None else amount_text(value, self.locale())
        if tidy != self.text():
            self.setText(tidy)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.setAccessibleDescription(message)
        # A red frame and text, readable on light and dark palettes alike.
        red = colours.css(colours.error())
        self.setStyleSheet(f"QLineEdit {{ border: 1px solid {red}; }}" if message else "")
