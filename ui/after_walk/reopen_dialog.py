"""Reopen a walked deal: when, why, their renewed offer, and the first-time-today question again.

The dialog is opened with ``open()`` (window-modal, never a blocking ``exec()``).
The decision itself is :func:`planner.reopen.reopened_plan`; the dialog only
gathers the answers, shows any refusal inline and hands the new plan to ``save``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.dates import moment_day
from planner.errors import WalkawayError
from planner.model import Plan
from planner.money import AmountError
from planner.reopen import reopened_plan
from planner.then_and_now import point_before_walk, shortfall
from ui.common import colours
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.dates_text import date_format, date_text
from ui.common.money_text import money_text
from ui.common.plan_text import amount_with_unit

# The core's texts (planner/ has no Qt), marked for pyside6-lupdate in this dialog's context;
# tests/test_translations.py checks they match planner.reopen word for word.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("ReopenDialog", "They called back"),
    QT_TRANSLATE_NOOP("ReopenDialog", "New budget"),
    QT_TRANSLATE_NOOP("ReopenDialog", "New decision maker"),
    QT_TRANSLATE_NOOP("ReopenDialog", "Their alternative fell through"),
    QT_TRANSLATE_NOOP("ReopenDialog", "Would I sign this if it walked in today, for the first time?"),
)

#: Answers to the first-time-today question, as stored (``None``: not sure yet).
YES, NO, UNSURE = 1, 2, 3


class ReopenDialog(QDialog):
    reopened = Signal(object)  # the saved Plan

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
        self._point = point_before_walk(plan)
        self.setWindowTitle(self.tr("Reopen “{title}”").format(title=plan.title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._build()
        self._update()

    def _build(self) -> None:
        plan = self._plan
        walk = plan.walked
        today = self._today()
        walked_on = moment_day(walk.at) if walk else today
        point = amount_with_unit(plan, self._point)

        context = QLabel(
            self.tr(
                "You walked away on {day}: {reason}\nThe walk-away point committed before the walk: {point}. "
                "Their renewed offer is judged against it."
            ).format(day=date_text(walked_on), reason=walk.reason if walk else "", point=point)
        )
        context.setWordWrap(True)
        context.setObjectName("reopen_context")

        self.when = QDateEdit(QDate(today.year, today.month, today.day))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_format())
        self.when.setMinimumDate(QDate(walked_on.year, walked_on.month, walked_on.day))
        self.when.setMaximumDate(QDate(today.year, today.month, today.day))
        self.when.setAccessibleName(self.tr("When they came back"))
        self.when.setToolTip(self.tr("The day they came back, between the walk and today"))

        self.reason = QComboBox()
        self.reason.setEditable(True)
        # The usual reasons a walked deal comes back; the user may type another.
        self.reason.addItems(
            [
                self.tr("They called back"),
                self.tr("New budget"),
                self.tr("New decision maker"),
                self.tr("Their alternative fell through"),
            ]
        )
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(self.tr("They called back, new budget, new decision maker…"))
        self.reason.setAccessibleName(self.tr("Why the deal is reopened"))
        self.reason.setToolTip(self.tr("Why the deal comes back: choose one or type your own"))
        self.reason.currentTextChanged.connect(self._update)

        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("Optional: what exactly they said"))
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setToolTip(self.tr("Optional: what exactly they said"))

        self.offer = AmountEdit()
        self.offer.setPlaceholderText(self.tr("Optional, in {currency}").format(currency=plan.currency))
        self.offer.setAccessibleName(self.tr("Their renewed offer"))
        self.offer.setToolTip(
            self.tr("Optional: their new offer; it is judged against the point committed before the walk")
        )
        self.offer.textChanged.connect(self._update)
        self.offer_feedback = QLabel()
        self.offer_feedback.setObjectName("offer_feedback")
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer.with_error_label())
        offer_row.addWidget(self.offer_feedback, 1)

        form = QFormLayout()
        form.addRow(self.tr("They came back on"), self.when)
        form.addRow(self.tr("Why it reopens"), self.reason)
        form.addRow(self.tr("Details"), self.details)
        form.addRow(self.tr("Their renewed offer"), offer_row)

        self.question = QGroupBox(self.tr("Would I sign this if it walked in today, for the first time?"))
        self.question.setAccessibleName(self.tr("First-time-today test"))
        self.answers = QButtonGroup(self)
        row = QHBoxLayout()
        self.answer_buttons: dict[int, QRadioButton] = {}
        choices = (
            (YES, self.tr("Yes, I would sign it")),
            (NO, self.tr("No, I would not")),
            (UNSURE, self.tr("Not sure yet")),
        )
        for answer, label in choices:
            button = QRadioButton(label)
            button.setToolTip(self.tr("Your answer to the question above, judging the offer as if it were new today"))
            self.answers.addButton(button, answer)
            self.answer_buttons[answer] = button
            row.addWidget(button)
        self.answers.idToggled.connect(lambda *_: self._update())
        hint = QLabel(self.tr("Forget the walk and the hours already spent: judge the offer as if it were new today."))
        hint.setWordWrap(True)
        outer = QVBoxLayout()
        outer.addLayout(row)
        outer.addWidget(hint)

        self.error = QLabel()
        self.error.setObjectName("reopen_error")
        self.error.setWordWrap(True)
        colours.tint(self.error, "error")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reopen_button = self.buttons.addButton(self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reopen_button.setAccessibleName(self.tr("Reopen the deal"))
        self.buttons.accepted.connect(self.try_reopen)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(context)
        layout.addLayout(form)
        self.question.setLayout(outer)
        layout.addWidget(self.question)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- state ----------------------------------------------------------------

    def note(self) -> str:
        reason = " ".join(self.reason.currentText().split())
        details = " ".join(self.details.text().split())
        return f"{reason}: {details}" if reason and details else reason or details

    def renewed_offer(self) -> Decimal | None:
        """The offer typed, ``None`` when empty; raises :class:`AmountError` for junk."""
        # The field's own parser on its current text: never a stale value.
        return parse_amount_text(self.offer.text(), self.offer.locale())

    def first_time_today(self) -> bool | None:
        answer = self.answers.checkedId()
        return {YES: True, NO: False}.get(answer)

    def _update(self) -> None:
        offer_ok = True
        try:
            offer = self.renewed_offer()
        except AmountError:
            offer, offer_ok = None, False  # the field says why, beside it
            self.offer_feedback.setText("")
        if offer_ok:
            self.offer_feedback.setText(self._offer_text(offer))
        answered = self.answers.checkedId() != -1
        self.reopen_button.setEnabled(bool(self.note()) and offer_ok and answered)

    def _offer_text(self, offer: Decimal | None) -> str:
        if offer is None:
            return ""
        gap = shortfall(self._plan, offer, self._point)
        money = money_text(abs(gap), self._plan.currency)
        if gap > 0:
            return self.tr("{money} short of the walk-away point").format(money=money)
        if gap == 0:
            return self.tr("exactly at the walk-away point")
        return self.tr("{money} inside the walk-away point").format(money=money)

    # -- deciding -------------------------------------------------------------

    def try_reopen(self) -> Plan | None:
        """Reopen with what was entered; on a refusal say why and stay open."""
        chosen = self.when.date()
        try:
            plan = reopened_plan(
                self._plan,
                at=date(chosen.year(), chosen.month(), chosen.day()),
                note=self.note(),
                today=self._today(),
                first_time_today=self.first_time_today(),
                renewed_offer=self.renewed_offer(),
            )
            self._save(plan)
        except (WalkawayError, AmountError) as error:
            self.error.setText(str(error))
            self.error.show()
            return None
        self.reopened.emit(plan)
        self.accept()
        return plan
