"""Walking away through the dialog, and the threatening-to-walk helper, on a real store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from helpers import file_digest
from room_ui_helpers import TODAY, StoreRecorder, demo_ids

from PySide6.QtCore import QDate, Qt

from planner.model import Plan, Reservation, Round, Side, Status
from planner.store import Store
from ui.room.threat_helper import ThreatHelper
from ui.room.walk_dialog import WalkDialog


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    return demo_ids(store)


def open_dialog(qtbot, store: Store, deal: int) -> tuple[WalkDialog, StoreRecorder]:
    recorder = StoreRecorder(store)
    dialog = WalkDialog(store.get_plan(deal), recorder.save_now, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog, recorder


def test_script_is_prefilled_with_the_suggested_reason(qtbot, store: Store, ids: dict[str, int]) -> None:
    plan = store.get_plan(ids["negotiating"])
    dialog, _ = open_dialog(qtbot, store, ids["negotiating"])
    assert dialog.acknowledge_edit.toPlainText() == plan.script.acknowledge
    assert dialog.door_edit.toPlainText() == plan.script.door
    assert dialog.reason_edit.toPlainText() == (
        "Given a price of USD 19,200 per month against our limit of USD 18,500 per month, "
        "we are not going to be able to move forward."
    )
    assert dialog.problems == []
    assert dialog.record_button.text() == "Record the walk"
    assert dialog.follow_up_edit.date() == QDate(2026, 11, 30)


def test_walk_through_the_dialog_is_stored(qtbot, store: Store, ids: dict[str, int]) -> None:
    deal = ids["negotiating"]
    dialog, recorder = open_dialog(qtbot, store, deal)
    with qtbot.waitSignal(dialog.walked, timeout=2000):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    plan = store.get_plan(deal)
    assert plan.status is Status.WALKED
    assert plan.walked is not None
    assert plan.walked.at == TODAY
    assert plan.walked.follow_up_on == date(2026, 11, 30)
    assert plan.walked.reason == dialog.suggested_reason
    assert plan.walked.script_delivered == "\n\n".join(
        [plan.script.acknowledge, dialog.suggested_reason, plan.script.door]
    )
    assert len(recorder.recorded) == 1


def test_an_ultimatum_is_pointed_out_and_may_still_be_recorded(qtbot, store: Store, ids: dict[str, int]) -> None:
    deal = ids["negotiating"]
    dialog, _ = open_dialog(qtbot, store, deal)
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, "Take it or leave it: 18,500.")
    dialog.door_edit.clear()
    qtbot.keyClicks(dialog.door_edit, "Goodbye.")
    assert [p.code for p in dialog.problems] == ["ultimatum", "no_door"]
    assert "makes the walk sound like one more demand" in dialog.problems_label.text()
    assert dialog.record_button.text() == "Record the walk anyway"
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.reason_edit.toPlainText() == dialog.suggested_reason
    dialog.reason_edit.setPlainText("Take it or leave it: 18,500.")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    walked = store.get_plan(deal).walked
    assert walked is not None
    assert walked.reason == "Take it or leave it: 18,500."
    assert walked.script_delivered.endswith("Goodbye.")


def test_blame_and_insults_are_pointed_out_and_the_dialog_grows_instead_of_squashing(qtbot) -> None:
    plan = Plan(
        title="Used car",
        counterparty="Riverside Motors",
        side=Side.BUY,
        currency="EUR",
        reservation=Reservation(D("18500")),
        rounds=[Round(date(2026, 11, 20), D("19900"))],
        status=Status.NEGOTIATING,
        id=1,
    )
    dialog = WalkDialog(plan, lambda _plan: None, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = {edit: edit.height() for edit in (dialog.acknowledge_edit, dialog.reason_edit, dialog.door_edit)}
    dialog_height = dialog.height()
    dialog.acknowledge_edit.setPlainText("You people finally sent a number.")
    dialog.reason_edit.setPlainText("Given 19,900 you wasted my time, you always do, and the offer is ridiculous.")
    dialog.door_edit.setPlainText("Goodbye, clowns.")
    codes = [p.code for p in dialog.problems]
    assert codes.count("blame") == 3 and codes.count("insult") == 2 and "no_door" in codes
    assert "puts the blame on them" in dialog.problems_label.text()
    assert "is an insult" in dialog.problems_label.text()
    qtbot.wait(10)  # the layout settles in the event loop, as when typing
    # Taller with the notes; every text box keeps the height it had, and the notes show whole.
    assert dialog.height() > dialog_height
    for edit, height in heights.items():
        assert edit.height() == height
    label = dialog.problems_label
    assert label.height() >= label.heightForWidth(label.width())


def test_follow_up_follows_the_walk_date_until_set_by_hand(qtbot, store: Store, ids: dict[str, int]) -> None:
    deal = ids["negotiating"]
    dialog, _ = open_dialog(qtbot, store, deal)
    dialog.walked_on_edit.setDate(QDate(2026, 11, 25))
    assert dialog.follow_up_edit.date() == QDate(2026, 11, 28)
    dialog.follow_up_edit.setDate(QDate(2026, 12, 7))
    dialog.walked_on_edit.setDate(QDate(2026, 11, 26))
    assert dialog.follow_up_edit.date() == QDate(2026, 12, 7)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    walked = store.get_plan(deal).walked
    assert walked is not None
    assert (walked.at, walked.follow_up_on) == (date(2026, 11, 26), date(2026, 12, 7))


def test_refused_walk_shows_why_and_changes_nothing(qtbot, store: Store, db_path: Path, ids: dict[str, int]) -> None:
    deal = ids["negotiating"]
    dialog, recorder = open_dialog(qtbot, store, deal)
    dialog.reason_edit.clear()
    before = file_digest(db_path)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "the reason is empty" in dialog.error_label.text()
    assert recorder.recorded == []
    assert file_digest(db_path) == before
    assert store.get_plan(deal).status is Status.NEGOTIATING


def test_threat_helper_fills_in_the_users_own_moves(qtbot, store: Store, ids: dict[str, int]) -> None:
    helper = ThreatHelper(store.get_plan(ids["negotiating"]))
    qtbot.addWidget(helper)
    helper.open()
    text = helper.moves_label.text()
    assert "sixty" in helper.findChildren(type(helper.moves_label))[0].text()
    assert "Pine Street sublease (USD 18,700 per month)" in text
    assert "At USD 19,200 per month, the price does not work for us" in text
    assert "18,500" not in text  # the walk-away point stays ours
    assert "Ask for time to consult" in text
    with qtbot.waitSignal(helper.walk_requested, timeout=2000):
        qtbot.mouseClick(helper.walk_button, Qt.MouseButton.LeftButton)


def test_threat_helper_without_alternatives_says_so(qtbot, store: Store, ids: dict[str, int]) -> None:
    plan = store.get_plan(ids["committed"])
    plan.alternatives = []
    plan.their_side.decision_maker = "The CFO"
    helper = ThreatHelper(plan)
    qtbot.addWidget(helper)
    text = helper.moves_label.text()
    assert "no alternative written down yet" in text
    assert "Five-year service included has to be part of this" in text
    assert "Will The CFO be there" in text
    helper.open()
    qtbot.mouseClick(helper.stay_button, Qt.MouseButton.LeftButton)
    assert helper.result() == helper.DialogCode.Rejected
