"""Walk away…: the three-part script, checked while it is edited, then the walk recorded.

The script is prefilled from the plan; the reason is suggested from the verdict (the
amount gap, the unmet condition, the signal that reached its line: at most 30 words, calm,
never blaming) and stays editable. Problems (threats, accusations, blame, insults,
ultimatums, a vague reason, a closed door) are advice: the user may record the walk anyway.
The dialog grows with its notes; the text boxes keep their height. A reopened deal can be
walked away from again. Open with ``open()``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import WalkawayError
from planner.model import Plan, Script
from planner.room import FOLLOW_UP_DAYS
from planner.services import plan_walked
from planner.verdict import assess
from planner.verdict_words import reason_texts
from planner.walk_script import Problem, check_script, script_text, suggest_reason
from ui.common import colours
from ui.common.dates_text import date_format


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class WalkDialog(QDialog):
    """Emits :attr:`walked` with the plan after ``save`` stored the walk."""

    walked = Signal(object)

    def __init__(
        self,
        plan: Plan,
        save: Callable[[Plan], object],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = copy.deepcopy(plan)
        self._save = save
        self._today = today
        self._follow_up_touched = False
        self.problems: list[Problem] = []
        assessment = assess(self._plan)
        self.suggested_reason = suggest_reason(self._plan, assessment)

        self.setWindowTitle(self.tr("Walk away from {title}").format(title=plan.title))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Say it calmly and specifically, and leave the door open. Read it once more before you say it; "
                "the notes below point out anything that could turn the walk into an argument."
            )
        )
        intro.setWordWrap(True)
        why = reason_texts(self._plan, assessment)
        self.why_label = QLabel(
            "<ul style='margin: 0 0 0 -20px'>" + "".join(f"<li>{_escape(w)}</li>" for w in why) + "</ul>"
        )
        self.why_label.setTextFormat(Qt.TextFormat.RichText)
        self.why_label.setWordWrap(True)
        self.why_label.setVisible(bool(why))
        self.why_label.setAccessibleName(self.tr("Why the planner says walk"))

        self.acknowledge_edit = self._text_edit(self.tr("Acknowledge what they did well"), plan.script.acknowledge)
        self.reason_edit = self._text_edit(
            self.tr("The specific reason: given …"), self.suggested_reason or plan.script.reason, lines=5
        )
        self.door_edit = self._text_edit(self.tr("Leave the door open"), plan.script.door)
        self.suggest_button = QPushButton(self.tr("Use the suggested reason"))
        self.suggest_button.setAccessibleName(self.tr("Use the suggested reason"))
        self.suggest_button.setToolTip(self.suggested_reason)
        self.suggest_button.setEnabled(bool(self.suggested_reason))
        self.suggest_button.clicked.connect(lambda: self.reason_edit.setPlainText(self.suggested_reason))

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setAccessibleName(self.tr("Notes on the script"))

        today_ = today()
        self.walked_on_edit = QDateEdit(_qdate(today_))
        self.walked_on_edit.setCalendarPopup(True)
        self.walked_on_edit.setDisplayFormat(date_format())
        self.walked_on_edit.setMaximumDate(_qdate(today_))
        self.walked_on_edit.setAccessibleName(self.tr("Walked away on"))
        self.walked_on_edit.setToolTip(self.tr("The day you walked away (today at the latest)"))
        self.follow_up_edit = QDateEdit(_qdate(today_ + timedelta(days=FOLLOW_UP_DAYS)))
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setDisplayFormat(date_format())
        self.follow_up_edit.setAccessibleName(self.tr("Follow up on"))
        self.follow_up_edit.setToolTip(self.tr("Walked deals often come back within days: check in on this date"))
        self.walked_on_edit.dateChanged.connect(self._walk_date_changed)
        self.follow_up_edit.dateChanged.connect(self._follow_up_changed)

        self.error_label = QLabel()
        colours.tint(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = QPushButton(self.tr("Record the walk"))
        self.record_button.setAccessibleName(self.tr("Record the walk"))
        # Wide enough for both of its texts: it does not move under the pointer when the advice changes.
        self.record_button.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Record the walk anyway")) + 32)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.record_walk)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("1. Acknowledge"), self.acknowledge_edit)
        form.addRow(self.tr("2. Reason"), self.reason_edit)
        form.addRow("", self.suggest_button)
        form.addRow(self.tr("3. Door"), self.door_edit)
        form.addRow(self.tr("Walked away on"), self.walked_on_edit)
        form.addRow(self.tr("Follow up on"), self.follow_up_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.why_label)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for edit in (self.acknowledge_edit, self.reason_edit, self.door_edit):
            edit.textChanged.connect(self.check)
        self.check()

    def _text_edit(self, placeholder: str, text: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setToolTip(placeholder)
        edit.setTabChangesFocus(True)
        # A fixed height, never squashed by the notes below: the dialog grows instead (see check()).
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    # -- the script ---------------------------------------------------------------

    def script(self) -> Script:
        return Script(
            self.acknowledge_edit.toPlainText().strip(),
            self.reason_edit.toPlainText().strip(),
            self.door_edit.toPlainText().strip(),
        )

    def check(self) -> None:
        """Re-check the script as it is edited; the record button says when it goes ahead anyway."""
        self.problems = check_script(self.script(), self._plan.reservation.conditions, self.suggested_reason)
        if self.problems:
            advised: set[str] = set()  # one suggestion per kind of problem: three blames, one piece of advice
            items = ""
            for p in self.problems:
                advice = "" if p.code in advised else f" {_escape(p.suggestion)}"
                advised.add(p.code)
                items += f"<li><b>{_escape(p.message)}</b>{advice}</li>"
            self.problems_label.setText(f"<ul style='margin: 0 0 0 -20px'>{items}</ul>")
            self.record_button.setText(self.tr("Record the walk anyway"))
        else:
            self.problems_label.setText(self.tr("The script reads calm, specific and open."))
            self.record_button.setText(self.tr("Record the walk"))
        self._grow()

    def _grow(self) -> None:
        """Taller when the notes need it (never shorter on its own: no jumping while typing)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        wanted = max(wanted, layout.totalMinimumSize().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    # -- dates --------------------------------------------------------------------

    def _walk_date_changed(self, day: QDate) -> None:
        if not self._follow_up_touched:
            self.follow_up_edit.blockSignals(True)
            self.follow_up_edit.setDate(day.addDays(FOLLOW_UP_DAYS))
            self.follow_up_edit.blockSignals(False)

    def _follow_up_changed(self, _day: QDate) -> None:
        self._follow_up_touched = True

    # -- recording ----------------------------------------------------------------

    def record_walk(self) -> None:
        script = self.script()
        try:
            plan = plan_walked(
                self._plan,
                reason=script.reason,
                at=_pydate(self.walked_on_edit.date()),
                today=self._today(),
                follow_up_on=_pydate(self.follow_up_edit.date()),
                script_delivered=script_text(script),
            )
            self._save(plan)
        except WalkawayError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.walked.emit(plan)
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
