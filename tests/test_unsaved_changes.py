"""A write the file refuses loses nothing: the edit stays on screen, unsaved, with its undo, and is retried.

Each refusal is real: another copy of Walkaway saving the deal first, another program holding
the write lock, and a full file (SQLite's SQLITE_FULL, which a full disk gives).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from PySide6.QtWidgets import QMessageBox

from planner.demo import demo_plans
from planner.room import add_round, make_round
from planner.store import Store
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow
from ui.tasks import SyncTasks

TODAY = date(2026, 11, 27)
PLANNING, NEGOTIATING = 1, 3


@pytest.fixture
def window(qtbot, db_path: Path) -> MainWindow:
    with Store(db_path) as store:
        store.add_plans(demo_plans(TODAY))
    shown = MainWindow(PlanController(db_path, today=lambda: TODAY, tasks=SyncTasks()))
    qtbot.addWidget(shown)
    shown.refresh_deal_list()
    shown.show()
    yield shown
    shown.controller.discard_unsaved()  # let the fixture close the window


def stored(db_path: Path, deal: int):
    with Store(db_path) as store:
        return store.get_plan(deal)


def type_title(window: MainWindow, title: str) -> None:
    window.controller.select_deal(PLANNING)
    window.controller.edit("Edit title", lambda plan: setattr(plan, "title", title), merge_key="title")


def save_elsewhere(db_path: Path, deal: int) -> None:
    with Store(db_path) as other:
        plan = other.get_plan(deal)
        plan.counterparty = "Changed in another window"
        other.save_plan(plan)


def fill_up(window: MainWindow):
    """Cap the file at its present size: the next write that needs a page gets SQLITE_FULL."""
    store = window.controller.store
    with sqlite3.connect(store.path) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(store.engine, "connect")
    def _cap(connection, _record) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    return _cap


def assert_kept_unsaved(window: MainWindow, title: str) -> None:
    controller = window.controller
    assert controller.current_plan().title == title
    assert controller.has_pending_edit
    assert controller.unsaved_error
    assert window.unsaved_bar.isVisible()
    assert window.isWindowModified()
    assert controller.undo_stack.canUndo()


def test_a_conflicting_save_keeps_the_edit_unsaved_and_exportable(window: MainWindow, db_path: Path, tmp_path) -> None:
    window.controller.select_deal(PLANNING)
    save_elsewhere(db_path, PLANNING)
    type_title(window, "Mine, typed here")
    assert not window.controller.flush()

    assert_kept_unsaved(window, "Mine, typed here")
    assert not window.controller.retrying  # only the user can settle a conflict
    assert stored(db_path, PLANNING).title == "Senior engineer offer"  # theirs was not overwritten
    # The copy the bar offers holds the unsaved edit.
    window.file_actions.export_to(tmp_path / "copy.walkaway.json")
    assert json.loads((tmp_path / "copy.walkaway.json").read_text())["title"] == "Mine, typed here"


def test_switching_deals_with_a_refused_edit_stays_on_it(window: MainWindow, db_path: Path) -> None:
    window.controller.select_deal(PLANNING)
    save_elsewhere(db_path, PLANNING)
    type_title(window, "Still mine")
    assert not window.controller.select_deal(NEGOTIATING)
    assert window.controller.current_id == PLANNING
    assert_kept_unsaved(window, "Still mine")


def test_a_refused_record_keeps_the_round_on_screen_and_undo(window: MainWindow, db_path: Path) -> None:
    controller = window.controller
    controller.select_deal(NEGOTIATING)
    controller.edit("Edit note", lambda plan: setattr(plan, "title", "Lease, typed"), merge_key="title")
    save_elsewhere(db_path, NEGOTIATING)
    plan = controller.current_plan()
    before = len(plan.rounds)
    add_round(plan, make_round(plan, at=TODAY, today=TODAY, their_offer=plan.reservation.value))

    assert not controller.save_now(plan)
    assert len(controller.current_plan().rounds) == before + 1
    assert_kept_unsaved(window, "Lease, typed")
    assert len(stored(db_path, NEGOTIATING).rounds) == before


def test_a_locked_file_is_retried_and_then_saved(window: MainWindow, db_path: Path, qtbot, monkeypatch) -> None:
    monkeypatch.setattr("ui.session.controller.RETRY_MS", (50,))
    window.controller.select_deal(PLANNING)
    blocker = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    blocker.execute("PRAGMA busy_timeout = 0")
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        monkeypatch.setattr("planner.store.engine.BUSY_TIMEOUT_MS", 100)  # not the 5 s a user waits
        window.controller.store.engine.dispose()
        type_title(window, "Typed while locked")
        assert not window.controller.flush()
        assert_kept_unsaved(window, "Typed while locked")
        assert window.controller.retrying
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: not window.controller.has_pending_edit, timeout=5000)
    assert not window.unsaved_bar.isVisible()
    assert not window.isWindowModified()
    assert stored(db_path, PLANNING).title == "Typed while locked"


def test_a_full_disk_keeps_the_edit_and_try_again_saves_it(window: MainWindow, db_path: Path) -> None:
    controller = window.controller
    controller.select_deal(PLANNING)
    cap = fill_up(window)
    type_title(window, "Typed on a full disk " + "x" * 150)
    controller.edit(
        "Edit rationale", lambda plan: setattr(plan.reservation, "rationale", "why " * 2000), merge_key="why"
    )
    assert not controller.flush()
    assert "disk is full" in controller.unsaved_error
    assert_kept_unsaved(window, "Typed on a full disk " + "x" * 150)
    assert controller.retrying

    event.remove(controller.store.engine, "connect", cap)  # space freed
    controller.store.engine.dispose()
    assert controller.retry_now()
    assert not window.unsaved_bar.isVisible()
    assert stored(db_path, PLANNING).reservation.rationale == "why " * 2000


def test_closing_with_a_refused_edit_asks_instead_of_dropping_it(window: MainWindow, db_path: Path, qtbot) -> None:
    window.controller.select_deal(PLANNING)
    save_elsewhere(db_path, PLANNING)
    type_title(window, "Do not lose me")
    window.close()
    assert window.isVisible()
    box = window.findChild(QMessageBox, "closeUnsavedBox")
    assert box is not None and box.isVisible()
    assert window.controller.current_plan().title == "Do not lose me"
