"""The deal editor: a list of sections on the left, the chosen section on the right.

Other features add their own sections with :meth:`DealEditor.add_section`; a
section widget needs only ``load(plan)`` and makes its changes through the
controller (see :mod:`ui.session.controller` and :class:`ui.editor.section.Section`).
"""

from __future__ import annotations

from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.model import Plan
from ui.common.lines_label import LinesLabel
from ui.session.controller import PlanController


def _typeable(field: QLineEdit | QPlainTextEdit, section: QWidget) -> bool:
    return (
        not field.isReadOnly()
        and field.isEnabled()
        and field.focusPolicy() != Qt.FocusPolicy.NoFocus
        and field.isVisibleTo(section)
    )


class SectionWidget(Protocol):
    def load(self, plan: Plan) -> None: ...


class DealEditor(QWidget):
    section_shown = Signal(str)

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._keys: list[str] = []
        self._sections: dict[str, QWidget] = {}
        self._writable = True
        #: What :meth:`set_writable` switched off, to switch exactly that on again.
        self._locked: list[QWidget] = []
        self._shown_id: int | None = None

        # One line each, whatever is typed into the title or the counterparty: a long one ends in "…"
        # (whole in the tooltip) instead of widening the editor or pushing the sections down.
        self.heading = LinesLabel(1)
        self.heading.setObjectName("deal_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)

        self.subheading = LinesLabel(1)
        self.subheading.setObjectName("deal_subheading")

        #: Widgets above the sections (the verdict banner); added with :meth:`add_banner`.
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(0, 0, 0, 0)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections of the plan"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setUniformItemSizes(True)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # it chooses, it does not edit
        self.nav.setToolTip(self.tr("The parts of the plan; Ctrl+PgDown and Ctrl+PgUp move between them"))
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._show_row)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self.banner_area)
        layout.addLayout(body, 1)

        controller.plan_changed.connect(self.load)
        # Ctrl+PgDown / Ctrl+PgUp move between sections from anywhere in the editor, as between tabs.
        for keys, step in ((QKeySequence.StandardKey.NextChild, 1), (QKeySequence.StandardKey.PreviousChild, -1)):
            page = Qt.Key.Key_PageDown if step > 0 else Qt.Key.Key_PageUp
            # Deduplicated: two shortcuts with one key sequence would make it ambiguous, and dead.
            sequences = {
                s.toString(): s for s in [*QKeySequence.keyBindings(keys), QKeySequence(Qt.Modifier.CTRL | page)]
            }
            for sequence in sequences.values():
                shortcut = QShortcut(sequence, self)
                # Anywhere in the window (the deal list too): nothing else there takes these keys.
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda step=step: self.step_section(step))

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        """Append a section; ``widget.load(plan)`` is called with every new version of the plan."""
        if key in self._sections:
            raise ValueError(f"a section {key!r} exists already")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Sections scroll down, never sideways: the editor is kept as wide as its widest section needs.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        widget.setAccessibleName(title)
        self.stack.addWidget(scroll)
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 14))
        self.nav.addItem(item)
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(widest + 24)
        self._keys.append(key)
        self._sections[key] = widget
        self.fit_width()
        plan = self.controller.current_plan()
        if plan is not None:
            cast(SectionWidget, widget).load(plan)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._lock_inputs()

    def fit_width(self) -> None:
        """Keep the sections at least as wide as the widest one needs, so that none is ever cut.

        The splitter and the window respect this minimum; a section that needs more width than a
        small screen leaves is a bug of that section (``tests/test_window_fits.py``).
        """
        if not self._sections:
            return
        needed = max(w.minimumSizeHint().width() for w in self._sections.values())
        scroll = self.stack.widget(0)
        bar = scroll.verticalScrollBar().sizeHint().width() if isinstance(scroll, QScrollArea) else 0
        self.stack.setMinimumWidth(needed + bar)

    def add_banner(self, widget: QWidget, *, first: bool = False) -> None:
        """A banner above the sections, below those added before (``first``: above them all)."""
        if first:
            self.banner_area.insertWidget(0, widget)
        else:
            self.banner_area.addWidget(widget)
        self._lock_inputs()

    def set_writable(self, writable: bool) -> None:
        """Read-only (another window writes the file): every input shows but changes nothing.

        Tab bars and scroll bars stay usable, so everything can still be read.
        """
        if writable == self._writable:
            return
        self._writable = writable
        if writable:
            self._unlock_inputs()
            self.load(self.controller.current_plan())  # sections set their own states again
        else:
            self._lock_inputs()

    def _lock_inputs(self) -> None:
        if self._writable:
            return
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
                if not widget.isReadOnly():
                    widget.setReadOnly(True)
                    self._locked.append(widget)
            elif isinstance(widget, QAbstractItemView):
                if widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
                    widget.setProperty("own_edit_triggers", widget.editTriggers())
                    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                    self._locked.append(widget)
            elif (
                isinstance(widget, QAbstractButton | QComboBox)
                and not isinstance(widget.parent(), QTabBar)  # buttons and boxes change the plan; tabs only show it
                and not isinstance(widget.parent(), QLineEdit)  # a field's own icon (the lock) comes and goes
                and widget.isEnabled()
            ):
                widget.setEnabled(False)
                self._locked.append(widget)

    def _unlock_inputs(self) -> None:
        locked, self._locked = self._locked, []
        for widget in locked:
            if not shiboken6.isValid(widget):
                continue  # gone meanwhile (a section rebuilt a part of itself)
            if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(False)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(widget.property("own_edit_triggers"))
            else:
                widget.setEnabled(True)

    def section(self, key: str) -> QWidget:
        return self._sections[key]

    def section_keys(self) -> list[str]:
        return list(self._keys)

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(self._keys.index(key))

    def focus_first_empty(self) -> QWidget | None:
        """Show the section of the first empty field, in the order of the plan, and put the keyboard in it.

        After New plan or Quick plan the user goes on typing where the plan still needs something,
        not in whatever had the focus before the dialog (the list's search box). Returns the field.
        """
        for key in self._keys:
            section = self._sections[key]
            for field in section.findChildren(QWidget):  # depth first, in the order they were made: the form's
                if not isinstance(field, QLineEdit | QPlainTextEdit):
                    continue
                if isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox):
                    continue  # the line edit inside a spin box or a combo box
                if not _typeable(field, section):
                    continue
                text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
                if not text.strip():
                    self.show_section(key)
                    field.setFocus(Qt.FocusReason.OtherFocusReason)
                    return field
        return None

    def step_section(self, step: int) -> None:
        """Show the next (``1``) or previous (``-1``) section, wrapping around."""
        count = self.nav.count()
        if count:
            self.nav.setCurrentRow((self.nav.currentRow() + step) % count)

    def current_section(self) -> str:
        row = self.nav.currentRow()
        return self._keys[row] if row >= 0 else ""

    def load(self, plan: Plan | None) -> None:
        if plan is None:
            self.heading.clear()
            self.subheading.clear()
            return
        from ui.common.status_text import status_label

        if plan.id != self._shown_id:  # another deal: its sections may need another width (a reopened deal's
            self._shown_id = plan.id  # then-and-now), checked once per deal rather than per keystroke
            refit = True
        else:
            refit = False
        self.heading.setText(plan.title)
        self.subheading.setText(" · ".join(part for part in (plan.counterparty, status_label(plan.status)) if part))
        for widget in self._sections.values():
            cast(SectionWidget, widget).load(plan)
        self._lock_inputs()  # a section may have switched an input on for this plan
        if refit:
            self.fit_width()

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.section_shown.emit(self._keys[row])
