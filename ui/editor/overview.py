"""Overview: what the deal is, with whom, which side we are on, and in what money."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from planner import limits
from planner.commitment import is_locked
from planner.model import Plan, Side
from ui.editor.section import Section, form_layout, hint_label, set_text, show_locked
from ui.session.controller import PlanController


def _set_title(plan: Plan, text: str) -> None:
    plan.title = text.strip()[:200] or plan.title


class OverviewSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = form_layout(self)

        self.title = QLineEdit()
        self.title.setMaxLength(limits.TITLE_CHARS)
        self.title.setAccessibleName(self.tr("Deal title"))
        self.title.setToolTip(self.tr("A short name for this negotiation, e.g. “Office lease renewal 2027”"))
        self.bind_line(self.title, "title", self.tr("Edit title"), _set_title)
        form.addRow(self.tr("&Title:"), self.title)

        self.counterparty = QLineEdit()
        self.counterparty.setMaxLength(limits.LINE_CHARS)
        self.counterparty.setAccessibleName(self.tr("Counterparty"))
        self.counterparty.setToolTip(self.tr("Who you negotiate with: the company or the person on the other side"))
        self.bind_line(
            self.counterparty,
            "counterparty",
            self.tr("Edit counterparty"),
            lambda plan, text: setattr(plan, "counterparty", text.strip()),
        )
        form.addRow(self.tr("&Counterparty:"), self.counterparty)

        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Our side"))
        self.side.setToolTip(
            self.tr("Whether you pay or are paid: it decides which way your walk-away point limits the deal")
        )
        # Short items, so the box is never cut; what the side means is said under it.
        self.side.addItem(self.tr("We buy (we pay)"), Side.BUY)
        self.side.addItem(self.tr("We sell (we are paid)"), Side.SELL)
        self.side.activated.connect(
            lambda index: self.edit(
                self.tr("Change side"), lambda plan: setattr(plan, "side", Side(self.side.itemData(index)))
            )
        )
        form.addRow(self.tr("&Side:"), self.side)
        self.side_meaning = hint_label("")
        self.side_meaning.setObjectName("side_meaning")
        form.addRow("", self.side_meaning)

        self.currency = QLineEdit()
        self.currency.setAccessibleName(self.tr("Currency code"))
        self.currency.setToolTip(
            self.tr("The currency of every amount in this plan, as a three-letter code: EUR, USD, GBP…")
        )
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.currency.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency))
        self.currency.textEdited.connect(self._currency_edited)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow("", hint_label(self.tr("Three letters, as on an invoice: EUR, USD, GBP.")))

        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setToolTip(self.tr("Optional: what an amount is for, e.g. “per year”, “per month” or “per event”"))
        self.unit.setMaxLength(limits.LINE_CHARS)
        self.unit.setPlaceholderText(self.tr("e.g. per year, per month, per event"))
        self.bind_line(self.unit, "unit", self.tr("Edit unit"), lambda plan, text: setattr(plan, "unit", text.strip()))
        form.addRow(self.tr("U&nit:"), self.unit)

    def _currency_edited(self, text: str) -> None:
        code = text.upper()
        if code != text:
            position = self.currency.cursorPosition()
            self.currency.setText(code)
            self.currency.setCursorPosition(position)
        if len(code) == 3:
            self.edit(self.tr("Change currency"), lambda plan: setattr(plan, "currency", code), merge_key="currency")

    def fill(self, plan: Plan) -> None:
        # An emptied title keeps the old one in the plan until a new one is typed.
        emptied = self.title.hasFocus() and not self.title.text().strip()
        if self.title.text().strip() != plan.title and not emptied:
            set_text(self.title, plan.title)
        if self.counterparty.text().strip() != plan.counterparty:
            set_text(self.counterparty, plan.counterparty)
        self.side.setCurrentIndex(self.side.findData(plan.side))
        self.side_meaning.setText(
            self.tr("Your walk-away point is the most you will pay.")
            if plan.side is Side.BUY
            else self.tr("Your walk-away point is the least you will accept.")
        )
        if not (self.currency.hasFocus() and len(self.currency.text()) < 3):
            set_text(self.currency, plan.currency)
        if self.unit.text().strip() != plan.unit:
            set_text(self.unit, plan.unit)
        locked = is_locked(plan)  # after commit, the side and the currency move only by revision
        show_locked((self.side, self.currency), locked)
