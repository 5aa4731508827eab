"""The room inside the real main window: banner, Rounds section and Walk away… through install()."""

from __future__ import annotations

from pathlib import Path

from room_ui_helpers import TODAY, demo_ids

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from planner.model import Status
from planner.store import Store
from ui.room.feature import RoomFeature
from ui.room.rounds_section import RoundsSection
from ui.room.verdict_banner import VerdictBanner
from ui.room.walk_dialog import WalkDialog
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


def test_round_then_walk_in_the_window(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = MainWindow(PlanController(db_path))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    feature = window.findChild(RoomFeature, "roomFeature")
    assert feature is not None
    feature.set_today(lambda: TODAY)  # the day is injected, never the wall clock
    banner = window.findChild(VerdictBanner)
    section = window.findChild(RoundsSection)
    walk = window.findChild(QAction, "walkAwayAction")

    window.controller.select_deal(ids["committed"])
    assert banner.isVisible()
    assert banner.title_label.text() == "NO OFFER YET"
    assert walk.isEnabled()
    window.editor.show_section("rounds")
    qtbot.keyClicks(section.their_edit, "250000")
    qtbot.keyClick(section.their_edit, Qt.Key.Key_Return)
    assert banner.title_label.text() == "DON'T ACCEPT — COUNTER"
    with Store(db_path) as store:
        qtbot.waitUntil(lambda: store.get_plan(ids["committed"]).status is Status.NEGOTIATING)

    walk.trigger()
    dialog = window.findChild(WalkDialog)
    assert dialog is not None and dialog.isVisible()
    assert "USD 250,000" in dialog.reason_edit.toPlainText()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    with Store(db_path) as store:
        walked = store.get_plan(ids["committed"])
    assert walked.status is Status.WALKED
    assert walked.walked is not None and walked.walked.follow_up_on is not None
    assert not walk.isEnabled()
    assert banner.isHidden()
    assert not section.log_button.isEnabled()


def test_threat_helper_and_revision_route_from_the_deal_menu(qtbot, db_path: Path) -> None:
    from ui.room.threat_helper import ThreatHelper

    with Store(db_path) as store:
        ids = demo_ids(store)
    window = MainWindow(PlanController(db_path))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    threat = window.findChild(QAction, "threatHelperAction")
    revise = window.findChild(QAction, "revise_commitment")  # the commit feature's revision flow
    assert threat in window.deal_menu.actions()

    reservation = window.editor.section("reservation")
    window.controller.select_deal(ids["planning"])
    assert not threat.isEnabled()
    assert not revise.isEnabled()  # nothing committed yet: the point is still edited freely
    assert not reservation.amount.isReadOnly()
    assert reservation.conditions.isEnabled()

    window.controller.select_deal(ids["negotiating"])
    assert threat.isEnabled()
    assert reservation.amount.isReadOnly()  # never typed over silently in the room
    assert not reservation.conditions.isEnabled()
    assert revise.isEnabled()
    threat.trigger()
    helper = window.findChild(ThreatHelper)
    assert helper is not None and helper.isVisible()
    qtbot.mouseClick(helper.walk_button, Qt.MouseButton.LeftButton)
    assert window.findChild(WalkDialog).isVisible()  # "yes, I would walk" leads to walking well
    window.findChild(WalkDialog).reject()
