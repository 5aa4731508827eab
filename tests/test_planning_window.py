"""The planning window, driven with keyboard and mouse against a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import file_digest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from planner.demo import demo_plans
from planner.model import Side, SignalKind, Status
from planner.store import Store
from ui.common.amount_edit import AmountEdit
from ui.deals.new_plan import NewPlanDialog
from ui.editor.alternatives_model import LIKELIHOOD, NAME, VALUE
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(PlanController(path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts and focus need the active window
    return window


def click_row(qtbot, window: MainWindow, row: int) -> None:
    table = window.deal_list.table
    rect = table.visualRect(window.deal_list.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(qtbot, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Type as a user does; an amount field is committed with Enter, as a user would leave it."""
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    if isinstance(widget, AmountEdit):
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_in_editor(qtbot, view: QAbstractItemView, text: str) -> None:
    """Type into the in-place editor the view just opened, and commit it with Enter."""
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def create_with_dialog(qtbot, window: MainWindow, title: str, amount: str) -> None:
    window.new_plan_action.trigger()
    dialog = window.findChild(NewPlanDialog, "new_plan_dialog")
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.title, title)
    qtbot.keyClicks(dialog.counterparty, "Harbor Point Properties")
    qtbot.keyClick(dialog.side, Qt.Key.Key_Down)
    type_into(qtbot, dialog.currency, "GBP")
    qtbot.keyClicks(dialog.amount, amount)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_create_fill_every_section_and_find_it_all_in_the_file(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    assert window.pages.currentWidget() is window.empty_state
    create_with_dialog(qtbot, window, "Office lease renewal", "95,000")
    deal_id = window.controller.current_id
    assert deal_id is not None
    assert window.pages.currentWidget() is window.splitter
    editor = window.editor

    overview = editor.section("overview")
    editor.show_section("overview")
    qtbot.keyClicks(overview.title, " 2027")
    type_into(qtbot, overview.unit, "per year")

    editor.show_section("reservation")
    reservation = editor.section("reservation")
    assert "less than GBP 95,000 per year" in reservation.sentence.text()
    qtbot.mouseClick(reservation.conditions.add_button, Qt.MouseButton.LeftButton)
    type_in_editor(qtbot, reservation.conditions.list, "Landlord pays the fit-out")
    qtbot.mouseClick(reservation.conditions.add_button, Qt.MouseButton.LeftButton)
    type_in_editor(qtbot, reservation.conditions.list, "Break clause after year 3")
    reservation.conditions.list.setCurrentRow(1)
    qtbot.mouseClick(reservation.conditions.up_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, reservation.rationale, "Moving costs 40,000.", replace=False)
    qtbot.mouseClick(reservation.decided, Qt.MouseButton.LeftButton)

    editor.show_section("targets")
    targets = editor.section("targets")
    type_into(qtbot, targets.target, "110,000")
    type_into(qtbot, targets.opening, "118,000.50")

    editor.show_section("alternatives")
    alternatives = editor.section("alternatives")
    qtbot.mouseClick(alternatives.add_button, Qt.MouseButton.LeftButton)
    type_in_editor(qtbot, alternatives.table, "Sublease on Pine Street")
    for column, text in ((VALUE, "90,000"), (LIKELIHOOD, "70")):
        alternatives.table.setCurrentIndex(alternatives.model.index(0, column))
        qtbot.keyClick(alternatives.table, Qt.Key.Key_F2)
        type_in_editor(qtbot, alternatives.table, text)
    assert alternatives.model.index(0, NAME).data().startswith("★")
    assert "Sublease on Pine Street" in alternatives.best.text()

    editor.show_section("their_side")
    their = editor.section("their_side")
    type_into(qtbot, their.decision_maker, "Dana, the owner")
    type_into(qtbot, their.at_table, "Sam, the agent")
    assert "will not be at the table" in their.authority.text()
    type_into(qtbot, their.walk_away, "88,000")
    assert "No deal is possible" in their.zone.text()
    type_into(qtbot, their.walk_away, "130,000")
    assert "between GBP 95,000 per year and GBP 130,000 per year" in their.zone.text()
    type_into(qtbot, their.alternatives, "Two other tenants viewed it")

    editor.show_section("signals")
    signals = editor.section("signals")
    type_into(qtbot, signals.thresholds[SignalKind.SCOPE_DRIFT], "3")
    qtbot.mouseClick(signals.add_button, Qt.MouseButton.LeftButton)
    type_in_editor(qtbot, signals.custom, "They bring in a new party")

    editor.show_section("script")
    script = editor.section("script")
    type_into(qtbot, script.acknowledge, "Thank you for the work on this.")
    type_into(qtbot, script.reason, "Given the fit-out cost, this does not work for us.")
    type_into(qtbot, script.door, "If the fit-out changes, call me.")

    window.close()  # no prompt; the pending edit is written

    with Store(db_path) as store:
        plan = store.get_plan(deal_id)
    assert plan.title == "Office lease renewal 2027"
    assert plan.counterparty == "Harbor Point Properties"
    assert plan.side is Side.SELL
    assert plan.currency == "GBP"
    assert plan.unit == "per year"
    assert plan.reservation.value == Decimal("95000")
    assert plan.reservation.conditions == ["Break clause after year 3", "Landlord pays the fit-out"]
    assert plan.reservation.rationale == "Moving costs 40,000."
    assert plan.reservation.decided_at == TODAY
    assert plan.target == Decimal("110000")
    assert plan.opening == Decimal("118000.50")
    assert len(plan.alternatives) == 1
    alternative = plan.alternatives[0]
    assert (alternative.name, alternative.value, alternative.likelihood) == (
        "Sublease on Pine Street",
        Decimal("90000"),
        Decimal("0.7"),
    )
    assert plan.their_side.decision_maker == "Dana, the owner"
    assert plan.their_side.at_table == "Sam, the agent"
    assert plan.their_side.walk_away == Decimal("130000")
    assert plan.their_side.alternatives == "Two other tenants viewed it"
    assert plan.signal("scope_drift").threshold == 3
    assert plan.signal("custom:They bring in a new party").threshold == 2
    assert plan.script.acknowledge == "Thank you for the work on this."
    assert plan.script.reason == "Given the fit-out cost, this does not work for us."
    assert plan.script.door == "If the fit-out changes, call me."


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        store.add_plans(demo_plans(TODAY))
    return db_path


def test_undo_and_redo_from_the_edit_menu_and_shortcuts(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    click_row(qtbot, window, 0)
    overview = window.editor.section("overview")
    before = overview.title.text()
    qtbot.keyClicks(overview.title, " v2")
    assert window.controller.current_plan().title == before + " v2"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert overview.title.text() == before
    assert window.controller.current_plan().title == before
    window.deal_list.table.setFocus()
    qtbot.keySequence(window.deal_list.table, window.redo_action.shortcuts()[0])
    assert overview.title.text() == before + " v2"
    qtbot.keySequence(window.deal_list.table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert overview.title.text() == before


def test_an_invalid_amount_shows_the_message_and_changes_nothing(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    # Deal 1 is the demo's plan still in planning: a committed plan's point is read-only.
    click_row(qtbot, window, window.deal_list.model.row_of(1))
    window.editor.show_section("reservation")
    reservation = window.editor.section("reservation")
    before = window.controller.current_plan()
    digest = file_digest(demo_db)
    for junk in ("12abc", "1,5", "1234567890123456", "1.23456"):
        type_into(qtbot, reservation.amount, junk)
        assert reservation.amount.error_label.isVisible(), junk
        assert reservation.amount.error_text()
    assert window.controller.current_plan() == before
    assert not window.controller.has_pending_edit
    assert window.controller.undo_stack.count() == 0
    assert file_digest(demo_db) == digest


def test_delete_asks_first_and_undo_brings_it_back(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    click_row(qtbot, window, 0)
    deal_id = window.controller.current_id
    title = window.controller.current_plan().title
    window.delete_action.trigger()
    box = window.findChild(QMessageBox, "confirm_delete")
    assert box is not None and title in box.text()
    delete_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(delete_button, Qt.MouseButton.LeftButton)
    assert window.deal_list.model.row_of(deal_id) is None
    assert window.controller.current_id is None
    with Store(demo_db) as store:
        assert deal_id not in {d.id for d in store.list_deals()}
    window.undo_action.trigger()
    assert window.deal_list.model.row_of(deal_id) is not None
    assert window.controller.current_id == deal_id
    with Store(demo_db) as store:
        assert store.get_plan(deal_id).title == title


def test_cancelled_delete_keeps_the_deal(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    click_row(qtbot, window, 0)
    deal_id = window.controller.current_id
    window.delete_action.trigger()
    box = window.findChild(QMessageBox, "confirm_delete")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.deal_list.model.row_of(deal_id) is not None
    assert not window.controller.undo_stack.canUndo()


def test_empty_state_offers_the_demo_plans(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    assert window.pages.currentWidget() is window.empty_state
    qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert window.deal_list.model.rowCount() == len(demo_plans(TODAY))
    assert window.controller.current_id is not None


def test_search_and_status_filter(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    pane = window.deal_list
    window.find_action.trigger()
    assert pane.search.hasFocus()
    qtbot.keyClicks(pane.search, "citywide")
    assert pane.model.rowCount() == 1
    pane.search.clear()
    pane.status_filter.setCurrentIndex(pane.status_filter.findText("Walked away"))
    assert {pane.model.deal_at(r).status for r in range(pane.model.rowCount())} == {Status.WALKED}


def test_duplicate_makes_a_new_plan(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    click_row(qtbot, window, 0)
    title = window.controller.current_plan().title
    window.duplicate_action.trigger()
    copy = window.controller.current_plan()
    assert copy.title == title + " (copy)"
    assert copy.status is Status.PLANNING
    assert window.deal_list.model.total_count() == len(demo_plans(TODAY)) + 1


def test_an_amount_still_being_typed_is_saved_on_close(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    click_row(qtbot, window, 0)
    deal_id = window.controller.current_id
    window.editor.show_section("targets")
    target = window.editor.section("targets").target
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, "12,345.67")  # no Enter, no Tab: the window closes while typing
    window.close()
    with Store(demo_db) as store:
        assert store.get_plan(deal_id).target == Decimal("12345.67")


def test_sections_by_keyboard(qtbot, demo_db: Path) -> None:
    window = open_window(qtbot, demo_db)
    click_row(qtbot, window, 0)
    editor = window.editor
    editor.show_section("overview")
    title = editor.section("overview").title
    title.setFocus()
    qtbot.keySequence(title, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown))
    assert editor.current_section() == "reservation"
    qtbot.keySequence(title, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp))
    assert editor.current_section() == "overview"
