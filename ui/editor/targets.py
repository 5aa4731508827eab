"""Target and opening: what we aim for and where we start, checked against the walk-away point."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QWidget

from planner.model import Plan, Side
from ui.common.amount_edit import AmountEdit
from ui.common.money_text import currency_and_unit
from ui.common.plan_text import amount_with_unit, target_warning
from ui.editor.reservation import feedback_label, show_warnings, warning_label
from ui.editor.section import Section, form_layout, hint_label
from ui.session.controller import PlanController


class TargetsSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = form_layout(self)
        self.target = AmountEdit()
        self.target.setAccessibleName(self.tr("Target"))
        self.target.setToolTip(
            self.tr("What you aim for: a good result you can argue for, better than your walk-away point")
        )
        self.target.value_edited.connect(lambda value: self._set("target", value, self.tr("Edit target")))
        self.target_unit, self.opening_unit = QLabel(), QLabel()
        form.addRow(self.tr("&Target:"), self.target.with_error_label(self.target_unit))
        form.addRow("", hint_label(self.tr("The deal you aim for and can justify: ambitious, not a wish.")))

        self.opening = AmountEdit()
        self.opening.setAccessibleName(self.tr("Opening offer"))
        self.opening.setToolTip(self.tr("The first figure you will put on the table"))
        self.opening.value_edited.connect(lambda value: self._set("opening", value, self.tr("Edit opening")))
        form.addRow(self.tr("O&pening offer:"), self.opening.with_error_label(self.opening_unit))
        form.addRow("", hint_label(self.tr("Your first number, if you make the first offer; leave room to move.")))

        self.reservation = feedback_label("targets_reservation")
        form.addRow(self.tr("Walk-away point:"), self.reservation)
        self.warnings = warning_label("targets_warnings")
        form.addRow("", self.warnings)

    def _set(self, field: str, value: Decimal | None, description: str) -> None:
        self.edit(description, lambda plan: setattr(plan, field, value), merge_key=field)

    def fill(self, plan: Plan) -> None:
        for edit, value in ((self.target, plan.target), (self.opening, plan.opening)):
            if edit.value() != value or (edit.is_invalid() and not edit.hasFocus()):
                edit.setValue(value)
        for label in (self.target_unit, self.opening_unit):
            label.setText(currency_and_unit(plan.currency, plan.unit))
        self.reservation.setText(amount_with_unit(plan, plan.reservation.value))
        warnings = [target_warning(plan)] if target_warning(plan) else []
        if plan.opening is not None and plan.target is not None and plan.is_better_for_us(plan.target, plan.opening):
            warnings.append(
                self.tr("Your opening offer is less ambitious than your target: you would open below what you aim for.")
                if plan.side is Side.SELL
                else self.tr("Your opening offer is above your target: you would open higher than what you aim for.")
            )
        show_warnings(self.warnings, warnings)
