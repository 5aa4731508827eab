"""The Follow-ups view and the Reopen dialog, driven as a user does, on a real file."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from followup_helpers import NOW, TODAY, walked_plan
from icalendar import Calendar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner.model import Status
from planner.store import Store
from ui.after_walk.followups_model import WHEN, FollowUpsModel
from ui.after_walk.followups_view import FollowUpsView
from ui.after_walk.reopen_dialog import NO, YES, ReopenDialog


@pytest.fixture
def ids(store: Store) -> list[int]:
    return store.add_plans(
        [
            walked_plan("Licences", TODAY - timedelta(days=3)),
            walked_plan("Lease", TODAY),
            walked_plan("Fleet", TODAY + timedelta(days=5)),
        ]
    )


@pytest.fixture
def view(qtbot, store: Store, ids: list[int], tmp_path: Path) -> FollowUpsView:
    widget = FollowUpsView(
        lambda: store,
        today=lambda: TODAY,
        now=lambda: NOW,
        ask_ics_path=lambda _parent, chosen: chosen(str(tmp_path / "f.ics")),
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _column(model: FollowUpsModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, store: Store, ids: list[int]) -> None:
    from planner.services import follow_ups

    model = FollowUpsModel(follow_ups(store, TODAY))
    qtmodeltester.check(model)
    assert _column(model, WHEN) == ["3 days overdue", "Due today", "in 5 days"]
    assert model.index(0, WHEN).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue stands out
    assert model.index(2, WHEN).data(Qt.ItemDataRole.ForegroundRole) is None


def test_view_lists_oldest_first(view: FollowUpsView, ids: list[int]) -> None:
    assert _column(view.model, 0) == ["Licences", "Lease", "Fleet"]
    assert view.summary.text().startswith("1 overdue, 1 due today, 1 coming up")
    assert view.selected_deal_id() == ids[0]


def test_snooze_from_the_menu(qtbot, view: FollowUpsView, store: Store, ids: list[int]) -> None:
    with qtbot.waitSignal(view.changed) as signal:
        view.snooze_actions[2].trigger()  # "In a week"
    assert signal.args == [ids[0]]
    plan = store.get_plan(ids[0])
    assert plan.walked is not None and plan.walked.follow_up_on == TODAY + timedelta(days=7)
    assert len(plan.walked.moves) == 1
    assert _column(view.model, 0) == ["Lease", "Fleet", "Licences"]
    assert view.selected_deal_id() == ids[0]  # the moved deal stays selected


def test_reschedule_with_the_date_field(qtbot, view: FollowUpsView, store: Store, ids: list[int]) -> None:
    view.table.selectRow(2)
    target = TODAY + timedelta(days=2)
    view.date_edit.setDate(QDate(target.year, target.month, target.day))
    qtbot.mouseClick(view.reschedule_button, Qt.MouseButton.LeftButton)
    plan = store.get_plan(ids[2])
    assert plan.walked is not None and plan.walked.follow_up_on == target
    assert plan.walked.moves[0].from_date == TODAY + timedelta(days=5)


def test_a_refused_move_is_shown_and_changes_nothing(qtbot, view: FollowUpsView, store: Store, ids: list[int]) -> None:
    view.table.selectRow(1)  # due today; the date field shows today
    before = store.get_plan(ids[1])
    qtbot.mouseClick(view.reschedule_button, Qt.MouseButton.LeftButton)
    assert "already follows up on" in view.error.text() and view.error.isVisible()
    assert store.get_plan(ids[1]) == before


def test_export_writes_a_calendar(qtbot, view: FollowUpsView, tmp_path: Path) -> None:
    with qtbot.waitSignal(view.exported) as signal:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    events = list(Calendar.from_ical(Path(signal.args[0]).read_bytes()).walk("VEVENT"))
    assert len(events) == 3


def test_reopen_through_the_view_and_dialog(qtbot, view: FollowUpsView, store: Store, ids: list[int]) -> None:
    dialog = view.reopen_selected()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.reopen_button.isEnabled()  # nothing said yet
    qtbot.keyClicks(dialog.reason.lineEdit(), "They called back")
    qtbot.keyClicks(dialog.details, "new budget approved")
    qtbot.keyClicks(dialog.offer, "41500")
    assert dialog.offer_feedback.text() == "EUR 500 inside the walk-away point"
    assert not dialog.reopen_button.isEnabled()  # the first-time-today question is not answered
    qtbot.mouseClick(dialog.answer_buttons[YES], Qt.MouseButton.LeftButton)
    assert dialog.reopen_button.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    plan = store.get_plan(ids[0])
    assert plan.status is Status.REOPENED
    assert plan.reopened is not None
    assert (plan.reopened.note, plan.reopened.first_time_today) == ("They called back: new budget approved", True)
    assert plan.rounds[-1].phase == 1 and plan.rounds[-1].their_offer == Decimal("41500")
    assert len(plan.rounds) == 3 and plan.walked is not None  # history kept
    assert _column(view.model, 0) == ["Lease", "Fleet"]
    assert not dialog.isVisible()


def test_dialog_refuses_junk_offer_and_keeps_the_deal(qtbot, store: Store, ids: list[int]) -> None:
    saved = []
    dialog = ReopenDialog(store.get_plan(ids[1]), today=lambda: TODAY, save=saved.append)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.reason.lineEdit(), "New decision maker")
    qtbot.mouseClick(dialog.answer_buttons[NO], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.offer, "forty")
    assert dialog.offer.is_invalid() and dialog.offer.error_label.isVisibleTo(dialog)
    assert not dialog.reopen_button.isEnabled()
    dialog.offer.clear()
    assert dialog.reopen_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert saved == [] and store.get_plan(ids[1]).status is Status.WALKED


def test_dialog_shows_a_refusal_inline_and_stays_open(qtbot, store: Store, ids: list[int]) -> None:
    from planner.reopen import reopened_plan

    # Reopened meanwhile (another window): the dialog's plan is no longer walked.
    already = reopened_plan(store.get_plan(ids[1]), at=TODAY, note="Other window", today=TODAY)
    saved = []
    dialog = ReopenDialog(already, today=lambda: TODAY, save=saved.append)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.reason.lineEdit(), "They called")
    qtbot.mouseClick(dialog.answer_buttons[NO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert "only a walked deal can be reopened" in dialog.error.text()
    assert dialog.isVisible() and saved == []


def test_outcome_dialog_records_an_agreement(qtbot, store: Store, ids: list[int]) -> None:
    from planner.services import reopen
    from ui.after_walk.outcome_dialog import OutcomeDialog

    plan = reopen(store, ids[0], at=TODAY, note="They called", today=TODAY)
    dialog = OutcomeDialog(plan, today=lambda: TODAY, save=store.save_plan)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.agreed.isChecked() and not dialog.record_button.isEnabled()  # no amount yet
    qtbot.keyClicks(dialog.amount, "43,000")
    assert dialog.amount_feedback.text() == "EUR 1,000 past the original walk-away point"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "41000")
    qtbot.keyClicks(dialog.note, "Signed with the lock")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    saved = store.get_plan(ids[0])
    assert saved.status is Status.AGREED and saved.outcome is not None
    assert (saved.outcome.amount, saved.outcome.note) == (Decimal("41000"), "Signed with the lock")


def test_outcome_dialog_offers_only_dropped_for_a_walked_deal(qtbot, store: Store, ids: list[int]) -> None:
    from ui.after_walk.outcome_dialog import OutcomeDialog

    dialog = OutcomeDialog(store.get_plan(ids[1]), today=lambda: TODAY, save=store.save_plan)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.agreed.isEnabled() and dialog.dropped.isChecked() and dialog.record_button.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert store.get_plan(ids[1]).status is Status.DROPPED
