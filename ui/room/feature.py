"""In the room, plugged into the main window: the verdict banner, the Rounds section, Walk away…,
and Threatening to walk?. Moving the walk-away point in the room is the commit feature's job
(``ui.brief``: the point is locked once signed and moved only by Revise commitment…).

A window feature (``ui.shell.features.WINDOW_FEATURES``); it talks to the window through its host
and to the plan through the controller. A round logged, edited or deleted is one undo step written
at once (``apply`` then ``flush``); a walk is saved with ``save_now``, an action undo does not revert.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from planner.model import Plan, Status
from planner.room import CAN_WALK
from ui.room.rounds_section import RoundsSection
from ui.room.threat_helper import ThreatHelper
from ui.room.verdict_banner import VerdictBanner
from ui.room.walk_dialog import WalkDialog
from ui.shell.host import Feature, Host

if TYPE_CHECKING:
    from ui.session.controller import PlanController

_IN_THE_ROOM = {Status.COMMITTED, Status.NEGOTIATING, Status.REOPENED}


class RoomFeature(Feature):
    """Holds the room's widgets and actions for one window (``window.findChild(RoomFeature)``)."""

    name = "roomFeature"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.walk_dialog: WalkDialog | None = None
        self.threat_helper: ThreatHelper | None = None

    def install(self, host: Host) -> None:
        self.host = host
        self.controller: PlanController = host.controller
        self.today: Callable[[], date] = self.controller.today
        window = host.widget

        self.banner = VerdictBanner(self.today)
        host.add_banner(self.banner)
        self.section = RoundsSection(self.record, self.today)
        self.section.round_entered.connect(self.banner.load)
        self.section.set_writable(host.session.writable)
        host.session.writable_changed.connect(self.section.set_writable)
        host.add_section("rounds", QCoreApplication.translate("RoomFeature", "Rounds"), self.section)

        self.walk_action = QAction(QCoreApplication.translate("RoomFeature", "&Walk Away…"), window)
        self.walk_action.setObjectName("walkAwayAction")
        self.walk_action.setToolTip(
            QCoreApplication.translate("RoomFeature", "Say the three-part script and record the walk")
        )
        self.walk_action.triggered.connect(self.open_walk_dialog)
        host.add_deal_action(self.walk_action, toolbar=True, writes=True)

        self.threat_action = QAction(QCoreApplication.translate("RoomFeature", "&Threatening to Walk?"), window)
        self.threat_action.setObjectName("threatHelperAction")
        self.threat_action.triggered.connect(self.open_threat_helper)
        host.add_deal_action(self.threat_action)

        self.controller.plan_changed.connect(self.load)
        self.load(self.controller.current_plan())

    def set_today(self, today: Callable[[], date]) -> None:
        """Where the room reads the date (tests inject a fixed day)."""
        self.today = self.banner.today = self.section.today = today
        self.load(self.controller.current_plan())

    def load(self, plan: Plan | None) -> None:
        self.banner.load(plan)
        status = plan.status if plan is not None else None
        self.walk_action.setEnabled(status in CAN_WALK)
        self.threat_action.setEnabled(status in _IN_THE_ROOM)

    def record(self, plan: Plan, description: str) -> None:
        """A round logged or corrected: one undo step (Ctrl+Z takes it back), written now."""
        self.controller.apply(plan, description)
        self.controller.flush()

    def open_walk_dialog(self) -> None:
        plan = self.controller.current_plan()
        if plan is None or plan.status not in CAN_WALK:
            return
        self.walk_dialog = WalkDialog(plan, self.controller.save_now, self.today, parent=self.host.widget)
        self.walk_dialog.open()

    def open_threat_helper(self) -> None:
        plan = self.controller.current_plan()
        if plan is None:
            return
        self.threat_helper = ThreatHelper(plan, parent=self.host.widget)
        # Through the action: a window that may not write keeps the walk switched off.
        self.threat_helper.walk_requested.connect(self.walk_action.trigger)
        self.threat_helper.open()
