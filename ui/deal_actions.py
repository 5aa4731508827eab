"""What the Deal menu does: new, quick plan, duplicate, delete, and the demo plans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from planner.errors import WalkawayError
from planner.model import Plan

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def new_plan(window: MainWindow) -> None:
    """Ask for the essentials in a small dialog; the new deal opens in the editor."""
    from ui.new_plan import NewPlanDialog

    dialog = NewPlanDialog(window)
    dialog.setObjectName("new_plan_dialog")
    dialog.accepted.connect(lambda: _create(window, dialog.plan()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def quick_plan(window: MainWindow) -> None:
    from ui.quick_plan import QuickPlanWizard

    wizard = QuickPlanWizard(window)
    wizard.setObjectName("quick_plan_wizard")
    wizard.accepted.connect(lambda: _create(window, wizard.plan()))
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()


def _create(window: MainWindow, plan: Plan) -> None:
    from planner.plan_rules import check_plan

    try:
        check_plan(plan)  # the rules a plan file is checked against: what is stored can be exported and read
        window.controller.create_deal(
            plan, QCoreApplication.translate("DealActions", "New plan “{title}”").format(title=plan.title)
        )
    except WalkawayError as error:
        window.show_error(str(error))
        return
    window.editor.show_section(window.editor.section_keys()[0])


def duplicate(window: MainWindow) -> None:
    deal_id = window.controller.current_id
    if deal_id is not None:
        window.controller.duplicate_deal(deal_id, QCoreApplication.translate("DealActions", " (copy)"))


def delete(window: MainWindow) -> None:
    """Confirm, then delete; Edit > Undo brings the deal back."""
    plan = window.controller.current_plan()
    if plan is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DealActions", "Delete deal"),
        QCoreApplication.translate("DealActions", "Delete “{title}”?").format(title=plan.title),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("confirm_delete")
    box.setInformativeText(QCoreApplication.translate("DealActions", "Edit › Undo brings it back."))
    delete_button = box.addButton(
        QCoreApplication.translate("DealActions", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def decided() -> None:
        if box.clickedButton() is delete_button:
            window.controller.delete_deal(
                plan.id, QCoreApplication.translate("DealActions", "Delete “{title}”").format(title=plan.title)
            )

    box.finished.connect(decided)
    box.finished.connect(box.deleteLater)
    box.open()


def add_demo_plans(window: MainWindow) -> None:
    """The demo deals from ``walkaway demo``, added in one transaction."""
    from planner.demo import demo_plans
    from planner.signing.made_here import remember

    controller = window.controller
    plans = demo_plans()
    try:
        remember(c for plan in plans for c in plan.commitments)  # the demo's commitments are made here
        ids = controller.store.add_plans(plans)
    except WalkawayError as error:
        window.show_error(str(error))
        return
    window.refresh_deal_list()
    controller.select_deal(ids[0])
