"""Record how a walked or reopened deal ended: agreed (with the amount) or dropped.

Opened with ``open()``; the rules are :func:`planner.reopen.plan_with_outcome`,
refusals are shown inline and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner import limits
from planner.errors import WalkawayError
from planner.model import Plan, Status
from planner.money import AmountError
from planner.reopen import plan_with_outcome
from planner.then_and_now import point_before_walk, shortfall
from ui.common import colours
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.dates_text import date_format
from ui.common.money_text import currency_and_unit, money_text


class OutcomeDialog(QDialog):
    recorded = Signal(object)  # the saved Plan

    def __init__(
        self,
        plan: Plan,
        *,
        today: Callable[[], date] = date.today,
        save: Callable[[Plan], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._today = today
        self._save = save
        self.setWindowTitle(self.tr("How did “{title}” end?").format(title=plan.title))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.agreed = QRadioButton(self.tr("&Agreed: we have a deal"))
        self.agreed.setToolTip(self.tr("They came back and you agreed terms: record the amount below"))
        self.dropped = QRadioButton(self.tr("&Dropped: no deal"))
        self.dropped.setToolTip(self.tr("The deal ended without an agreement"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.agreed)
        self.choice.addButton(self.dropped)
        # A walked deal that never came back can only be dropped.
        self.agreed.setEnabled(plan.status is Status.REOPENED)
        (self.agreed if plan.status is Status.REOPENED else self.dropped).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.agreed)
        row.addWidget(self.dropped)
        row.addStretch(1)

        today_date = today()
        self.when = QDateEdit(QDate(today_date.year, today_date.month, today_date.day))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_format())
        self.when.setMaximumDate(QDate(today_date.year, today_date.month, today_date.day))
        self.when.setAccessibleName(self.tr("When it ended"))
        self.when.setToolTip(self.tr("The day the deal was agreed or dropped (today at the latest)"))
        self.amount = AmountEdit()
        self.amount.setPlaceholderText(self.tr("The agreed amount, in {currency}").format(currency=plan.currency))
        self.amount.setAccessibleName(self.tr("Agreed amount"))
        self.amount.setToolTip(
            self.tr("What you agreed, in {currency}{unit}: it is compared with your walk-away point").format(
                currency=plan.currency, unit=f" {plan.unit}" if plan.unit else ""
            )
        )
        self.amount_feedback = QLabel()
        self.amount_feedback.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setToolTip(self.tr("Optional: anything worth remembering about how it ended"))
        self.note.setMaxLength(limits.NOTE_CHARS)

        form = QFormLayout()
        form.addRow(self.tr("How it ended:"), row)
        form.addRow(self.tr("&Ended on:"), self.when)
        # The currency beside the figure, as in the editor: "18,500 EUR per month".
        self.amount_unit = QLabel(currency_and_unit(plan.currency, plan.unit))
        form.addRow(self.tr("Agreed a&mount:"), self.amount.with_error_label(self.amount_unit))
        form.addRow("", self.amount_feedback)
        form.addRow(self.tr("&Note:"), self.note)

        self.error = QLabel()
        self.error.setObjectName("outcome_error")
        self.error.setWordWrap(True)
        colours.tint(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_record)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.choice.buttonToggled.connect(lambda *_: self._update())
        self.amount.textChanged.connect(lambda *_: self._update())
        self._update()

    def status(self) -> Status:
        return Status.AGREED if self.agreed.isChecked() else Status.DROPPED

    def amount_value(self) -> Decimal | None:
        return parse_amount_text(self.amount.text(), self.amount.locale())

    def _update(self) -> None:
        agreed = self.status() is Status.AGREED
        self.amount.setEnabled(agreed)
        feedback, ok = "", True
        if agreed:
            try:
                value = self.amount_value()
            except AmountError:
                ok = False  # the field says why, beside it
            else:
                ok = value is not None
                if value is not None:
                    gap = shortfall(self._plan, value, point_before_walk(self._plan))
                    money = money_text(abs(gap), self._plan.currency)
                    feedback = (
                        self.tr("{money} past the original walk-away point").format(money=money)
                        if gap > 0
                        else self.tr("within the original walk-away point, {money} to spare").format(money=money)
                    )
        self.amount_feedback.setText(feedback)
        self.record_button.setEnabled(ok)

    def try_record(self) -> Plan | None:
        chosen = self.when.date()
        agreed = self.status() is Status.AGREED
        try:
            plan = plan_with_outcome(
                self._plan,
                self.status(),
                at=date(chosen.year(), chosen.month(), chosen.day()),
                today=self._today(),
                amount=self.amount_value() if agreed else None,
                note=self.note.text(),
            )
            self._save(plan)
        except (WalkawayError, AmountError) as error:
            self.error.setText(str(error))
            self.error.show()
            return None
        self.recorded.emit(plan)
        self.accept()
        return plan
