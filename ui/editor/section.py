"""The base of an editor section: loads a plan into its fields, sends edits to the controller.

A section never stores the plan itself. Every change goes through
``controller.edit(...)`` (undoable, autosaved); ``load(plan)`` runs after every
change, so it only touches fields whose text differs, which keeps the cursor
where the user is typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from planner.model import Plan
from ui.common.locked_look import lock_tooltip, set_locked
from ui.common.text_list_edit import TextListEdit
from ui.session.controller import PlanController


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


def show_locked(widgets: Iterable[QWidget], locked: bool) -> None:
    """Lock the fields a signed commitment locks (the point, its conditions, the side, the currency), visibly.

    They turn read-only with the locked look (``ui.common.locked_look``: no white input background,
    a lock, no caret, out of the Tab order) and their tooltip says how to move them. Each field keeps
    its own tooltip for when the lock goes (a deal with no commitment).
    """
    why = lock_tooltip()
    for widget in widgets:
        own = widget.property("own_tooltip")
        if own is None:
            own = widget.toolTip()
            widget.setProperty("own_tooltip", own)
        widget.setToolTip(why if locked else own)
        if isinstance(widget, TextListEdit):
            widget.set_locked(locked)
        else:
            set_locked(widget, locked)


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the text only when it differs, so typing is never disturbed."""
    if isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif widget.text() != text:
        widget.setText(text)


class HintLabel(QLabel):
    """A short explanation under a field, in the palette's secondary text colour.

    The placeholder-text role is the palette's own secondary text, so the hint follows a
    switch between light and dark without any code here.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def hint_label(text: str) -> QLabel:
    return HintLabel(text)


def form_layout(parent: QWidget) -> QFormLayout:
    """A form at the top of ``parent``; spare height goes below it, not between its rows."""
    outer = QVBoxLayout(parent)
    host = QWidget()
    outer.addWidget(host)
    outer.addStretch(1)
    form = QFormLayout(host)
    form.setContentsMargins(0, 0, 0, 0)
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
