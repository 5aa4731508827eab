"""Walk-away point: the amount, the conditions that must all hold, why, and when it was decided."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from planner.commitment import is_locked
from planner.dates import moment_day
from planner.model import Plan
from ui.common import colours
from ui.common.amount_edit import AmountEdit
from ui.common.dates_text import date_format
from ui.common.lines_label import LinesLabel
from ui.common.money_text import currency_and_unit
from ui.common.plan_text import reservation_sentence, reservation_warnings
from ui.common.text_list_edit import TextListEdit
from ui.editor.section import Section, form_layout, hint_label, set_text, show_locked, text_box
from ui.session.controller import PlanController


def feedback_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def warning_label(object_name: str) -> QLabel:
    """A feedback label for warnings: amber text that keeps AA contrast on light and dark palettes."""
    label = feedback_label(object_name)
    colours.tint(label, "warning")
    label.hide()
    return label


def show_warnings(label: QLabel, warnings: list[str]) -> None:
    label.setText("\n".join(f"⚠ {text}" for text in warnings))
    label.setVisible(bool(warnings))


class ReservationSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = form_layout(self)

        self.amount = AmountEdit(required=True)
        self.amount.setAccessibleName(self.tr("Walk-away point amount"))
        self.amount.setToolTip(
            self.tr("Your walk-away point: the worst figure you would still sign. Past it, you leave.")
        )
        self.amount.value_edited.connect(self._amount_edited)
        self.unit = QLabel()
        form.addRow(self.tr("&Walk-away point:"), self.amount.with_error_label(self.unit))

        # Fixed heights: the fields below stay where they are while the amount is typed.
        self.sentence = LinesLabel(4)
        self.sentence.setObjectName("reservation_sentence")
        font = self.sentence.font()
        font.setBold(True)
        self.sentence.setFont(font)
        form.addRow("", self.sentence)
        self.warnings = LinesLabel(4)
        self.warnings.setObjectName("reservation_warnings")
        colours.tint(self.warnings, "warning")
        form.addRow("", self.warnings)

        self.conditions = TextListEdit(
            self.tr("Conditions"), self.tr("A condition that must hold, whatever the price, e.g. 'Net 30 payment'")
        )
        self.conditions.items_edited.connect(
            lambda items: self.edit(
                self.tr("Edit conditions"), lambda plan: setattr(plan.reservation, "conditions", list(items))
            )
        )
        form.addRow(self.tr("Co&nditions:"), self.conditions)
        form.addRow("", hint_label(self.tr("Every condition must hold; a deal that breaks one is below your point.")))

        self.rationale = text_box(self.tr("Why this point"), lines=4)

        self.rationale.setToolTip(self.tr("Why this figure: what you compared it with when you decided it"))
        self.bind_text(
            self.rationale,
            "rationale",
            self.tr("Edit rationale"),
            lambda plan, text: setattr(plan.reservation, "rationale", text),
        )
        form.addRow(self.tr("Wh&y this point:"), self.rationale)
        form.addRow(
            "",
            hint_label(self.tr("What it rests on: your alternatives, your costs, what you learned about the market.")),
        )

        self.decided = QCheckBox(self.tr("yes"))
        self.decided.setAccessibleName(self.tr("The walk-away point is decided"))
        self.decided.setToolTip(self.tr("Tick once the point is settled, calmly and before the talks begin"))
        self.decided_on = QDateEdit()
        self.decided_on.setAccessibleName(self.tr("Date the walk-away point was decided"))
        self.decided_on.setToolTip(self.tr("The day you settled the walk-away point"))
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat(date_format())
        # Unticked, there is no date to show (not a placeholder day such as 2000-01-01).
        self.decided_on_label = QLabel(self.tr("on"))
        self.decided_on_label.setBuddy(self.decided_on)
        self.decided.toggled.connect(self._decided_toggled)
        self.decided_on.userDateChanged.connect(self._decided_date_changed)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.decided)
        row_layout.addWidget(self.decided_on_label)
        row_layout.addWidget(self.decided_on)
        row_layout.addStretch(1)
        form.addRow(self.tr("Decided:"), row)

    def _amount_edited(self, value: Decimal | None) -> None:
        if value is not None:
            self.edit(
                self.tr("Edit walk-away point"),
                lambda plan: setattr(plan.reservation, "value", value),
                merge_key="reservation.value",
            )

    def _decided_toggled(self, checked: bool) -> None:
        day = self.controller.today() if checked else None
        self.edit(self.tr("Mark decided"), lambda plan: setattr(plan.reservation, "decided_at", day))

    def _decided_date_changed(self, qdate: QDate) -> None:
        if self.decided.isChecked():
            day = date(qdate.year(), qdate.month(), qdate.day())
            self.edit(
                self.tr("Change decision date"),
                lambda plan: setattr(plan.reservation, "decided_at", day),
                merge_key="reservation.decided_at",
            )

    def fill(self, plan: Plan) -> None:
        if self.amount.value() != plan.reservation.value or (self.amount.is_invalid() and not self.amount.hasFocus()):
            self.amount.setValue(plan.reservation.value)
        self.unit.setText(currency_and_unit(plan.currency, plan.unit))
        self.sentence.setText(self.tr("In words: {sentence}").format(sentence=reservation_sentence(plan)))
        self.warnings.setText("\n".join(f"⚠ {text}" for text in reservation_warnings(plan)))
        self.conditions.set_items(plan.reservation.conditions)
        locked = is_locked(plan)  # after commit, the point and its conditions move only by revision
        show_locked((self.amount, self.conditions), locked)
        set_text(self.rationale, plan.reservation.rationale)
        decided = plan.reservation.decided_at
        self.decided.setChecked(decided is not None)
        self.decided_on.setVisible(decided is not None)
        self.decided_on_label.setVisible(decided is not None)
        if decided is not None:
            day = moment_day(decided)
            self.decided_on.setDate(QDate(day.year, day.month, day.day))
