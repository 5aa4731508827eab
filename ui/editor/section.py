"""The base of an editor section: loads a plan into its fields, sends edits to the controller.

A section never stores the plan itself. Every change goes through
``controller.edit(...)`` (undoable, autosaved); ``load(plan)`` runs after every
change, so it only touches fields whose text differs, which keeps the cursor
where the user is typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from planner.model import Plan
from ui.controller import PlanController


class Section(QWidget):
    """Subclasses build their fields in ``__init__`` and fill them in :meth:`load`."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._loading = False

    def load(self, plan: Plan) -> None:
        self._loading = True
        try:
            self.fill(plan)
        finally:
            self._loading = False

    def fill(self, plan: Plan) -> None:
        raise NotImplementedError

    # -- helpers for subclasses ------------------------------------------------

    def edit(self, description: str, change: Callable[[Plan], None], merge_key: str | None = None) -> None:
        if not self._loading:
            self.controller.edit(description, change, merge_key=merge_key)

    def bind_line(self, edit: QLineEdit, key: str, description: str, setter: Callable[[Plan, str], None]) -> None:
        """Typing in ``edit`` changes the plan through ``setter``; one undo step per typing run."""
        edit.textEdited.connect(lambda text: self.edit(description, lambda plan: setter(plan, text), merge_key=key))

    def bind_text(self, edit: QPlainTextEdit, key: str, description: str, setter: Callable[[Plan, str], None]) -> None:
        edit.textChanged.connect(
            lambda: self.edit(description, lambda plan: setter(plan, edit.toPlainText()), merge_key=key)
        )


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the text only when it differs, so typing is never disturbed."""
    if isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif widget.text() != text:
        widget.setText(text)


def hint_label(text: str) -> QLabel:
    """A short explanation under a field, in the palette's secondary text colour."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    # Secondary text: the text colour blended towards the background, readable in light and dark themes.
    palette = label.palette()
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        (text_colour.red() * 2 + background.red()) // 3,
        (text_colour.green() * 2 + background.green()) // 3,
        (text_colour.blue() * 2 + background.blue()) // 3,
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label


def form_layout(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def text_box(accessible_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible_name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    metrics = box.fontMetrics()
    box.setFixedHeight(metrics.lineSpacing() * lines + 14)
    return box
