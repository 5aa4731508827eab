"""Quick plan: five steps, driven with the keyboard, end in a complete plan in the file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWizard

from planner.model import Side, SignalKind
from planner.store import Store
from ui.deals.quick_plan import QuickPlanWizard
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


def test_five_steps_make_a_complete_plan(qtbot, db_path: Path) -> None:
    QLocale.setDefault(QLocale("en_US"))
    try:
        window = MainWindow(PlanController(db_path))
        qtbot.addWidget(window)
        window.refresh_deal_list()
        window.show()
        qtbot.mouseClick(window.empty_state.quick_button, Qt.MouseButton.LeftButton)
        wizard = window.findChild(QuickPlanWizard, "quick_plan_wizard")
        assert wizard is not None and wizard.isVisible()
        next_button = wizard.button(QWizard.WizardButton.NextButton)

        assert not next_button.isEnabled()  # a title is needed first
        qtbot.keyClicks(wizard.deal.title_edit, "Supplier renewal")
        qtbot.keyClicks(wizard.deal.counterparty, "Acme Parts")
        qtbot.keyClicks(wizard.deal.unit, "per year")
        assert next_button.isEnabled()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        assert not next_button.isEnabled()  # no walk-away point yet
        qtbot.keyClicks(wizard.reservation.amount, "abc")
        assert not next_button.isEnabled()
        assert wizard.reservation.amount.error_label.isVisible()
        wizard.reservation.amount.clear()
        qtbot.keyClicks(wizard.reservation.amount, "48,500")
        assert next_button.isEnabled()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        qtbot.keyClicks(wizard.alternative.name, "Current supplier")
        qtbot.keyClicks(wizard.alternative.value, "50,000")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        wizard.signals.thresholds[SignalKind.BAD_FAITH].setValue(2)
        qtbot.keyClicks(wizard.signals.custom, "Delivery dates slip")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

        assert "48,500" in wizard.script.reason.toPlainText()  # suggested from what was entered
        assert wizard.script.acknowledge.toPlainText() and wizard.script.door.toPlainText()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

        deal_id = window.controller.current_id
        assert deal_id is not None
        window.close()
        with Store(db_path) as store:
            plan = store.get_plan(deal_id)
        assert (plan.title, plan.counterparty, plan.side, plan.unit) == (
            "Supplier renewal",
            "Acme Parts",
            Side.BUY,
            "per year",
        )
        assert plan.reservation.value == Decimal("48500")
        assert [(a.name, a.value) for a in plan.alternatives] == [("Current supplier", Decimal("50000"))]
        assert plan.signal("bad_faith").threshold == 2
        assert plan.signal("custom:Delivery dates slip") is not None
        assert plan.script.acknowledge and plan.script.door
        assert "48,500" in plan.script.reason
    finally:
        QLocale.setDefault(QLocale.c())
