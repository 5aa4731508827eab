"""In the window (issue 15): a round logged, edited or deleted is one undo step written at once, each
correction is kept; a reopened deal can be walked away from and reopened again."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from followup_helpers import TODAY, walked_plan
from room_ui_helpers import demo_ids

from PySide6.QtCore import Qt

from planner.model import CorrectionAction, Status
from planner.reopen import reopened_plan
from planner.store import Store
from ui.after_walk.feature import FollowUpsFeature
from ui.after_walk.reopen_dialog import NO
from ui.room.feature import RoomFeature
from ui.room.walk_dialog import WalkDialog
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


def open_window(qtbot, db_path: Path) -> MainWindow:
    window = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    window.findChild(RoomFeature, "roomFeature").set_today(lambda: TODAY)
    return window


def stored(db_path: Path, deal: int):
    with Store(db_path) as store:
        return store.get_plan(deal)


@pytest.fixture
def room(qtbot, db_path: Path):  # type: ignore[no-untyped-def]
    with Store(db_path) as store:
        deal = demo_ids(store)["committed"]  # buying, walk-away point USD 240,000, no rounds
    window = open_window(qtbot, db_path)
    window.controller.select_deal(deal)
    window.editor.show_section("rounds")
    feature = window.findChild(RoomFeature, "roomFeature")
    yield window, feature, deal
    window.close()


def log(qtbot, feature: RoomFeature, offer: str) -> None:
    """Their offer, Enter; back once the controller holds the round (it is recorded on a zero timer)."""
    count = len(feature.controller.current_plan().rounds)
    qtbot.keyClicks(feature.section.their_edit, offer)
    qtbot.keyClick(feature.section.their_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(feature.controller.current_plan().rounds) == count + 1)
    assert not feature.controller.has_pending_edit  # written at once


def test_logging_a_round_is_written_at_once_and_undone_by_ctrl_z(qtbot, room, db_path: Path) -> None:
    window, feature, deal = room
    log(qtbot, feature, "250000")
    qtbot.waitUntil(lambda: len(stored(db_path, deal).rounds) == 1)
    assert feature.banner.title_label.text() == "DON'T ACCEPT — COUNTER"
    assert window.controller.undo_stack.undoText() == "Log round"
    window.controller.undo_stack.undo()
    assert feature.section.model.rowCount() == 0
    assert feature.banner.title_label.text() == "NO OFFER YET"
    window.controller.flush()
    assert stored(db_path, deal).rounds == [] and stored(db_path, deal).status is Status.COMMITTED
    window.controller.undo_stack.redo()
    window.controller.flush()
    assert [r.their_offer for r in stored(db_path, deal).rounds] == [D("250000")]


def test_edit_a_round_in_the_table_keeps_the_correction_and_undo_takes_it_back(qtbot, room, db_path: Path) -> None:
    window, feature, deal = room
    log(qtbot, feature, "250000")
    section = feature.section
    section.select_round(1)
    assert section.edit_action.isEnabled() and section.delete_action.isEnabled()
    section.edit_action.trigger()
    dialog = section.round_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fields.their_edit.value() == D("250000")
    dialog.fields.their_edit.setValue(D("239000"))
    dialog.fields.final_check.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert feature.banner.title_label.text() == "PROCEED"
    plan = stored(db_path, deal)  # written at once
    assert [(r.their_offer, r.final) for r in plan.rounds] == [(D("239000"), True)]
    (correction,) = plan.corrections
    assert (correction.action, correction.number) == (CorrectionAction.EDIT, 1)
    assert correction.before.their_offer == D("250000") and correction.after is not None
    assert section.corrections_label.text() == "1 correction"
    assert "their offer USD 250,000 → USD 239,000" in section.corrections_label.toolTip()
    assert window.controller.undo_stack.undoText() == "Edit round"
    window.controller.undo_stack.undo()
    window.controller.flush()
    plan = stored(db_path, deal)
    assert [r.their_offer for r in plan.rounds] == [D("250000")] and plan.corrections == []
    assert feature.banner.title_label.text() == "DON'T ACCEPT — COUNTER"


def test_delete_a_round_with_the_delete_key_and_undo(qtbot, room, db_path: Path) -> None:
    window, feature, deal = room
    log(qtbot, feature, "250000")
    log(qtbot, feature, "245000")
    section = feature.section
    section.select_round(1)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    plan = stored(db_path, deal)
    assert [r.their_offer for r in plan.rounds] == [D("245000")]
    assert [(c.action, c.number, c.before.their_offer) for c in plan.corrections] == [
        (CorrectionAction.DELETE, 1, D("250000"))
    ]
    window.controller.undo_stack.undo()
    window.controller.flush()
    assert [r.their_offer for r in stored(db_path, deal).rounds] == [D("250000"), D("245000")]


def test_a_closed_deal_offers_no_corrections(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        deal = demo_ids(store)["agreed"]
    window = open_window(qtbot, db_path)
    window.controller.select_deal(deal)
    section = window.findChild(RoomFeature, "roomFeature").section
    section.select_round(1)
    assert not section.edit_action.isEnabled() and not section.delete_action.isEnabled()
    section.delete_round(1)  # even when asked directly: nothing happens
    assert len(stored(db_path, deal).rounds) == len(section._plan.rounds)
    assert stored(db_path, deal).corrections == []
    window.close()


def test_a_reopened_deal_is_walked_away_from_and_reopened_again_in_the_window(qtbot, db_path: Path) -> None:
    start = TODAY - timedelta(days=20)
    plan = reopened_plan(walked_plan("Licences", None, walked_days_ago=20), at=start, note="Back", today=TODAY)
    with Store(db_path) as store:
        deal = store.add_plan(plan)
    window = open_window(qtbot, db_path)
    window.controller.select_deal(deal)
    room = window.findChild(RoomFeature, "roomFeature")
    after = window.findChild(FollowUpsFeature, "followUpsFeature")
    assert room.walk_action.isEnabled()  # "Walk away…" on a reopened deal
    room.walk_action.trigger()
    dialog = window.findChild(WalkDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    walked = stored(db_path, deal)
    assert walked.status is Status.WALKED and len(walked.history) == 1
    assert walked.history[0].reopened.at == start and walked.walked is not None and walked.walked.at == TODAY
    assert not room.walk_action.isEnabled() and after.reopen_action.isEnabled()

    after.reopen_action.trigger()
    reopen = after.dialog
    qtbot.waitUntil(reopen.isVisible)
    qtbot.keyClicks(reopen.reason.lineEdit(), "They called back again")
    qtbot.keyClicks(reopen.offer, "41900")
    qtbot.mouseClick(reopen.answer_buttons[NO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reopen.reopen_button, Qt.MouseButton.LeftButton)
    again = stored(db_path, deal)
    assert again.status is Status.REOPENED and again.current_phase == 2
    assert again.rounds[-1].phase == 2 and again.rounds[-1].their_offer == D("41900")
    assert room.banner.title_label.text() == "WALK"  # would not sign it today
    assert after.section.story.text().count("You walked away on") == 2
    window.close()
