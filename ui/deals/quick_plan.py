"""Quick plan: five steps for someone with ten minutes before a call, ending in a complete plan.

Deal and counterparty → walk-away point and conditions → best alternative → signals → script.
The script comes pre-filled from what was entered, so every part of the brief has content.
A box on the walk-away point's page ("Anything besides price that matters?") adds an optional
step for a package (:mod:`ui.deals.quick_package`); left unticked, the five steps stay five.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget, QWizard, QWizardPage

from planner import limits
from planner.model import STANDARD_SIGNALS, Alternative, Plan, Reservation, Script, Side, SignalKind
from planner.model import Signal as PlanSignal  # a signal in the room, not Qt's Signal
from ui.common.amount_edit import AmountEdit
from ui.common.money_text import money_text
from ui.common.text_list_edit import TextListEdit
from ui.deals.new_plan import default_currency
from ui.deals.quick_package import PRICE_WEIGHT, PackagePage
from ui.editor.section import form_layout, hint_label, text_box
from ui.editor.signals import MAX_THRESHOLD, signal_explanation, signal_name


class _Page(QWizardPage):
    """A page whose Next button follows ``ready()``; subclasses call ``changed()`` on every edit."""

    def ready(self) -> bool:
        return True

    def isComplete(self) -> bool:
        return self.ready()

    def changed(self, *_args: object) -> None:
        self.completeChanged.emit()


class DealPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("1 · The deal"))
        self.setSubTitle(self.tr("What is being negotiated, and with whom?"))
        form = form_layout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Deal title"))
        self.title_edit.setToolTip(self.tr("A short name for this negotiation, e.g. “Office lease renewal 2027”"))
        self.title_edit.setMaxLength(limits.TITLE_CHARS)
        self.title_edit.setPlaceholderText(self.tr("e.g. Office lease renewal"))
        self.counterparty = QLineEdit()
        self.counterparty.setAccessibleName(self.tr("Counterparty"))
        self.counterparty.setToolTip(self.tr("Who you negotiate with: the company or the person on the other side"))
        self.counterparty.setMaxLength(limits.LINE_CHARS)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Our side"))
        self.side.setToolTip(
            self.tr("Whether you pay or are paid: it decides which way your walk-away point limits the deal")
        )
        self.side.addItem(self.tr("We buy (we pay)"), Side.BUY)
        self.side.addItem(self.tr("We sell (we are paid)"), Side.SELL)
        self.currency = QLineEdit(default_currency())
        self.currency.setAccessibleName(self.tr("Currency code"))
        self.currency.setToolTip(
            self.tr("The currency of every amount in this plan, as a three-letter code: EUR, USD, GBP…")
        )
        self.currency.setMaxLength(3)
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setToolTip(self.tr("Optional: what an amount is for, e.g. “per year”, “per month” or “per event”"))
        self.unit.setPlaceholderText(self.tr("e.g. per year (optional)"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Counterparty:"), self.counterparty)
        form.addRow(self.tr("&Side:"), self.side)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("Un&it:"), self.unit)
        for edit in (self.title_edit, self.currency):
            edit.textChanged.connect(self.changed)

    def ready(self) -> bool:
        code = self.currency.text().strip()
        return bool(self.title_edit.text().strip()) and len(code) == 3 and code.isalpha()


class ReservationPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("2 · Your walk-away point"))
        self.setSubTitle(self.tr("The worst deal you will accept. Past this point, you leave."))
        form = form_layout(self)
        self.amount = AmountEdit(required=True)
        self.amount.setAccessibleName(self.tr("Walk-away point"))
        self.amount.setToolTip(self.tr("The worst figure you would still sign: past it, you leave"))
        self.amount.textChanged.connect(self.changed)
        form.addRow(self.tr("&Walk-away point:"), self.amount.with_error_label())
        self.conditions = TextListEdit(self.tr("Conditions"), self.tr("A condition that must hold"))
        form.addRow(self.tr("C&onditions:"), self.conditions)
        form.addRow("", hint_label(self.tr("Terms that must hold whatever the price (optional).")))
        self.package = QCheckBox(self.tr("Anything besides &price that matters?"))
        self.package.setAccessibleName(self.tr("Score terms besides the price"))
        self.package.setToolTip(
            self.tr("Tick to add terms such as warranty or delivery in one more step; leave it to skip that step")
        )
        form.addRow("", self.package)

    def ready(self) -> bool:
        return self.amount.typed_value() is not None

    def nextId(self) -> int:  # Qt override: the package's step only for those who ask for it
        wizard = self.wizard()
        if isinstance(wizard, QuickPlanWizard):
            return wizard.ids["package" if self.package.isChecked() else "alternative"]
        return super().nextId()


class AlternativePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("3 · Your best alternative"))
        self.setSubTitle(self.tr("What will you do if there is no deal? It is the floor under your walk-away point."))
        form = form_layout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Best alternative"))
        self.name.setToolTip(self.tr("What you will do if there is no deal, e.g. stay with the current supplier"))
        self.name.setPlaceholderText(self.tr("e.g. Stay with the current supplier"))
        self.value = AmountEdit()
        self.value.setAccessibleName(self.tr("What the best alternative is worth"))
        self.value.setToolTip(self.tr("What that alternative is worth to you, in the deal's currency"))
        self.value.textChanged.connect(self.changed)
        self.name.textChanged.connect(self.changed)
        form.addRow(self.tr("A&lternative:"), self.name)
        form.addRow(self.tr("Its &value:"), self.value.with_error_label())
        form.addRow("", hint_label(self.tr("Leave it empty if there is none yet; the brief will say so.")))

    def ready(self) -> bool:
        value = self.value.typed_value()
        return not self.value.is_invalid() and (bool(self.name.text().strip()) or value is None)


class SignalsPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("4 · Signals to watch"))
        self.setSubTitle(self.tr("How many times may each happen before it is enough to walk?"))
        form = form_layout(self)
        self.thresholds: dict[SignalKind, QSpinBox] = {}
        for kind, default in STANDARD_SIGNALS.items():
            spin = QSpinBox()
            spin.setRange(1, MAX_THRESHOLD)
            spin.setValue(default)
            spin.setAccessibleName(signal_name(kind))
            spin.setToolTip(signal_explanation(kind))
            self.thresholds[kind] = spin
            form.addRow(signal_name(kind) + ":", spin)
        self.custom = QLineEdit()
        self.custom.setAccessibleName(self.tr("Your own signal"))
        self.custom.setToolTip(self.tr("Optional: a warning sign of your own for this deal"))
        self.custom.setPlaceholderText(self.tr("optional, e.g. They bring in a new party"))
        form.addRow(self.tr("Your own si&gnal:"), self.custom)


class ScriptPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("5 · What you will say when you leave"))
        self.setSubTitle(self.tr("Three short parts, in your own words. Change the suggestions freely."))
        form = form_layout(self)
        self.acknowledge = text_box(self.tr("Acknowledge"), lines=2)
        self.acknowledge.setToolTip(self.tr("Recognise their effort and the time spent, honestly"))
        self.reason = text_box(self.tr("Reason"), lines=2)
        self.reason.setToolTip(self.tr("The one specific reason: “Given X, this does not work for us.”"))
        self.door = text_box(self.tr("Leave the door open"), lines=2)
        self.door.setToolTip(self.tr("What would bring you back, and that you would welcome the call"))
        form.addRow(self.tr("&Acknowledge:"), self.acknowledge)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Door:"), self.door)


class QuickPlanWizard(QWizard):
    """Five pages (six with the package's); no Alt+letter is used twice in the whole wizard (its buttons
    included), on any page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.deal = DealPage()
        self.reservation = ReservationPage()
        self.alternative = AlternativePage()
        self.signals = SignalsPage()
        self.script = ScriptPage()
        self.package = PackagePage()
        pages = {
            "deal": self.deal,
            "reservation": self.reservation,
            "package": self.package,
            "alternative": self.alternative,
            "signals": self.signals,
            "script": self.script,
        }
        self.ids = {name: self.addPage(page) for name, page in pages.items()}
        self.currentIdChanged.connect(self._page_shown)
        self.resize(640, 480)

    def _page_shown(self, page_id: int) -> None:
        if self.page(page_id) is self.script and not self.script.reason.toPlainText():
            self._suggest_script()

    def _suggest_script(self) -> None:
        plan = self.plan()
        amount = money_text(plan.reservation.value, plan.currency)
        self.script.acknowledge.setPlainText(self.tr("Thank you for the time and work you have put into this with us."))
        if plan.side is Side.BUY:
            reason = self.tr("Given our budget of {amount}, this offer does not work for us.")
        else:
            reason = self.tr("Given that we cannot go below {amount}, this offer does not work for us.")
        self.script.reason.setPlainText(reason.format(amount=amount))
        self.script.door.setPlainText(
            self.tr("If something changes on your side, call me: I would be glad to talk again.")
        )

    def plan(self) -> Plan:
        """The plan as entered so far (complete once the wizard is accepted)."""
        value = self.reservation.amount.typed_value()
        if value is None:
            raise ValueError("the walk-away point step is not complete")
        deal, res, alt, sig, script = self.deal, self.reservation, self.alternative, self.signals, self.script
        signals = [PlanSignal(kind, spin.value()) for kind, spin in sig.thresholds.items()]
        if sig.custom.text().strip():
            signals.append(PlanSignal(SignalKind.CUSTOM, 2, sig.custom.text().strip()))
        alternatives = []
        if alt.name.text().strip():
            alternatives.append(Alternative(alt.name.text().strip(), alt.value.typed_value()))
        issues = self.package.terms()[0] if res.package.isChecked() else []
        plan = Plan(
            title=deal.title_edit.text().strip(),
            counterparty=deal.counterparty.text().strip(),
            side=Side(deal.side.currentData()),
            currency=deal.currency.text().strip().upper(),
            unit=deal.unit.text().strip(),
            reservation=Reservation(value, res.conditions.items()),
            alternatives=alternatives,
            signals=signals,
            script=Script(
                script.acknowledge.toPlainText().strip(),
                script.reason.toPlainText().strip(),
                script.door.toPlainText().strip(),
            ),
        )
        if issues:  # a package: the terms, the price's weight, the minimum, and the target that scores the price
            plan.issues, plan.price_weight = issues, PRICE_WEIGHT
            plan.reservation.min_score = Decimal(self.package.minimum.value())
            plan.target = self.package.target.typed_value()
        return plan
