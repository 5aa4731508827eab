"""What the Deal menu does: new, quick plan, duplicate, delete, and the demo plans (given the window's host)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from planner.errors import WalkawayError
from planner.model import Plan

if TYPE_CHECKING:
    from ui.shell.host import Host


def new_plan(host: Host) -> None:
    """Ask for the essentials in a small dialog; the new deal opens in the editor."""
    from ui.deals.new_plan import NewPlanDialog

    dialog = NewPlanDialog(host.widget)
    dialog.setObjectName("new_plan_dialog")
    dialog.accepted.connect(lambda: _create(host, dialog.plan()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def quick_plan(host: Host) -> None:
    from ui.deals.quick_plan import QuickPlanWizard

    wizard = QuickPlanWizard(host.widget)
    wizard.setObjectName("quick_plan_wizard")
    wizard.accepted.connect(lambda: _create(host, wizard.plan()))
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()


def _create(host: Host, plan: Plan) -> None:
    from planner.plan_rules import check_plan

    try:
        check_plan(plan)  # the rules a plan file is checked against: what is stored can be exported and read
        host.controller.create_deal(
            plan, QCoreApplication.translate("DealActions", "New plan “{title}”").format(title=plan.title)
        )
    except WalkawayError as error:
        host.show_error(str(error))
        return
    host.reveal_new_deal()  # the list shows it, and the keyboard goes where the plan needs words


def duplicate(host: Host) -> None:
    deal_id = host.controller.current_id
    if deal_id is not None:
        host.controller.duplicate_deal(deal_id, QCoreApplication.translate("DealActions", " (copy)"))


def delete(host: Host) -> None:
    """Confirm, then delete; Edit > Undo brings the deal back."""
    plan = host.controller.current_plan()
    if plan is None or plan.id is None:
        return
    deal_id = plan.id
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DealActions", "Delete deal"),
        QCoreApplication.translate("DealActions", "Delete “{title}”?").format(title=plan.title),
        QMessageBox.StandardButton.Cancel,
        host.widget,
    )
    box.setObjectName("confirm_delete")
    box.setInformativeText(QCoreApplication.translate("DealActions", "Edit › Undo brings it back."))
    delete_button = box.addButton(
        QCoreApplication.translate("DealActions", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def decided() -> None:
        if box.clickedButton() is delete_button:
            host.controller.delete_deal(
                deal_id, QCoreApplication.translate("DealActions", "Delete “{title}”").format(title=plan.title)
            )

    box.finished.connect(decided)
    box.finished.connect(box.deleteLater)
    box.open()


def add_demo_plans(host: Host) -> None:
    """The demo deals from ``walkaway demo``, added in one transaction."""
    from planner.services import demo_plans_made_here

    controller = host.controller
    try:
        ids = controller.add_deals(demo_plans_made_here())  # their briefs are signed with the user's key
    except WalkawayError as error:
        host.show_error(str(error))
        return
    controller.select_deal(ids[0])
