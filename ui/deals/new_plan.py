"""New plan: the few facts a plan cannot exist without, asked in one small dialog."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from planner import limits
from planner.model import Plan, Reservation, Side
from ui.common.amount_edit import AmountEdit
from ui.editor.section import form_layout


def default_currency() -> str:
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "EUR"


class NewPlanDialog(QDialog):
    """Title, counterparty, side, currency and the walk-away point; ``plan()`` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)
        form_host = QWidget()
        form = form_layout(form_host)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Deal title"))
        self.title.setToolTip(self.tr("A short name for this negotiation, e.g. “Office lease renewal 2027”"))
        self.title.setMaxLength(limits.TITLE_CHARS)
        self.title.setPlaceholderText(self.tr("e.g. Office lease renewal"))
        form.addRow(self.tr("&Title:"), self.title)
        self.counterparty = QLineEdit()
        self.counterparty.setAccessibleName(self.tr("Counterparty"))
        self.counterparty.setToolTip(self.tr("Who you negotiate with: the company or the person on the other side"))
        self.counterparty.setMaxLength(limits.LINE_CHARS)
        form.addRow(self.tr("&Counterparty:"), self.counterparty)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Our side"))
        self.side.setToolTip(
            self.tr("Whether you pay or are paid: it decides which way your walk-away point limits the deal")
        )
        self.side.addItem(self.tr("We buy (we pay)"), Side.BUY)
        self.side.addItem(self.tr("We sell (we are paid)"), Side.SELL)
        form.addRow(self.tr("&Side:"), self.side)
        self.currency = QLineEdit(default_currency())
        self.currency.setAccessibleName(self.tr("Currency code"))
        self.currency.setToolTip(
            self.tr("The currency of every amount in this plan, as a three-letter code: EUR, USD, GBP…")
        )
        self.currency.setMaxLength(3)
        form.addRow(self.tr("C&urrency:"), self.currency)
        self.amount = AmountEdit(required=True)
        self.amount.setAccessibleName(self.tr("Walk-away point"))
        self.amount.setToolTip(self.tr("The worst figure you would still sign: past it, you leave"))
        form.addRow(self.tr("&Walk-away point:"), self.amount.with_error_label())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for signal in (self.title.textChanged, self.currency.textChanged, self.amount.textChanged):
            signal.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(form_host)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            bool(self.title.text().strip())
            and len(self.currency.text().strip()) == 3
            and self.currency.text().strip().isalpha()
            and self.amount.typed_value() is not None
        )

    def plan(self) -> Plan:
        value = self.amount.typed_value()
        assert value is not None  # OK is disabled until the amount parses
        return Plan(
            title=self.title.text().strip(),
            counterparty=self.counterparty.text().strip(),
            side=Side(self.side.currentData()),
            currency=self.currency.text().strip().upper(),
            reservation=Reservation(Decimal(value)),
        )
