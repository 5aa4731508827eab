"""After the walk inside the main window: badge, start-up notice, dock, Reopen… and the section."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from followup_helpers import TODAY, walked_plan

from PySide6.QtCore import Qt

from planner.model import Status
from planner.store import Store
from ui.after_walk.feature import FollowUpsFeature
from ui.after_walk.reopen_dialog import YES
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path: Path):  # type: ignore[no-untyped-def]
    with Store(db_path) as store:
        ids = store.add_plans(
            [
                walked_plan("Licences", TODAY - timedelta(days=2)),
                walked_plan("Lease", TODAY),
                walked_plan("Fleet", TODAY + timedelta(days=6)),
            ]
        )
    made = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(made)
    made.refresh_deal_list()
    made.show()
    made.test_ids = ids
    yield made
    made.close()


def _feature(window) -> FollowUpsFeature:  # type: ignore[no-untyped-def]
    return window.findChild(FollowUpsFeature, "followUpsFeature")


def test_badge_and_notice_at_start(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(window)
    qtbot.waitUntil(lambda: feature.badge.isVisible())
    assert feature.badge.text() == "● 2 follow-ups due"
    assert feature.notice.isVisible() and not feature.notice.isModal()
    assert feature.notice.text.text() == "2 follow-ups are due, 1 of them overdue: Licences, Lease."
    qtbot.mouseClick(feature.notice.show_button, Qt.MouseButton.LeftButton)
    assert feature.dock.isVisible() and feature.view is not None
    assert [feature.view.model.index(r, 0).data() for r in range(feature.view.model.rowCount())] == [
        "Licences",
        "Lease",
        "Fleet",
    ]


def test_snooze_in_the_dock_updates_the_badge(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(window)
    feature.show_action.trigger()
    feature.view.snooze_actions[2].trigger()  # Licences: in a week
    qtbot.waitUntil(lambda: feature.badge.text() == "● 1 follow-up due")
    with Store(window.controller.path) as store:
        plan = store.get_plan(window.test_ids[0])
    assert plan.walked.follow_up_on == TODAY + timedelta(days=7) and len(plan.walked.moves) == 1


def test_reopen_from_the_deal_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(window)
    window.controller.select_deal(window.test_ids[1])
    assert feature.reopen_action.isEnabled() and feature.outcome_action.isEnabled()
    assert "Follow up on" in feature.section.story.text()
    feature.reopen_action.trigger()
    dialog = feature.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.reason.lineEdit(), "New budget")
    qtbot.keyClicks(dialog.offer, "41000")
    qtbot.mouseClick(dialog.answer_buttons[YES], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    plan = window.controller.current_plan()
    assert plan.status is Status.REOPENED and plan.rounds[-1].their_offer == Decimal("41000")
    assert not feature.reopen_action.isEnabled()
    assert window.editor.current_section() == "after_walk"
    assert feature.section.then_and_now.isVisibleTo(feature.section)
    assert feature.section.then_and_now.cells[("now", "offer")].text() == "EUR 41,000"
    qtbot.waitUntil(lambda: feature.badge.text() == "● 1 follow-up due")
    with Store(window.controller.path) as store:
        assert store.get_plan(window.test_ids[1]).status is Status.REOPENED
