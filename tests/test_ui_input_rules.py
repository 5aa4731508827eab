"""Issues 13, items 13 to 16, in the window: it keeps the rules the command line and plan files keep.

Real window, real SQLite file. A pasted control character, a note past its limit, one
alternative too many, a negative amount or one with more digits than the limits are
refused with a message naming the field, and the file keeps what it had; what the
window does keep exports and imports again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import file_digest

from PySide6.QtCore import QLocale, Qt

from planner.demo import demo_plans
from planner.model import Alternative
from planner.plans.files import dump_plan, read_plan_text
from planner.store import Store
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 27)
NOTE_CHARS, MAX_ALTERNATIVES = 10_000, 50  # as the README documents them (tests/test_limits.py ties them)


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def window(qtbot, db_path: Path) -> MainWindow:
    with Store(db_path) as store:
        store.add_plans(demo_plans(TODAY))
    opened = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(opened)
    opened.refresh_deal_list()
    opened.show()
    opened.controller.select_deal(1)  # the deal still being planned: every field may be edited
    return opened


def stored(db_path: Path, deal: int = 1):
    with Store(db_path) as store:
        return store.get_plan(deal)


def refused_with(window: MainWindow, words: str) -> None:
    message = window.statusBar().currentMessage()
    assert message.startswith("Not kept:") and words in message, message


@pytest.mark.parametrize("text", ["Moving costs \x1b[2J", "bell \x07", "csi \x9b31m", "nel \x85", "del \x7f"])
def test_a_pasted_control_character_is_refused(window: MainWindow, db_path: Path, text: str) -> None:
    reservation = window.editor.section("reservation")
    window.editor.show_section("reservation")
    before = stored(db_path).reservation.rationale
    reservation.rationale.setPlainText(text)  # what a paste does
    window.controller.flush()
    refused_with(window, "reservation.rationale: contains a control character")
    assert stored(db_path).reservation.rationale == before
    assert reservation.rationale.toPlainText() == before  # the field shows the kept text again


def test_a_note_past_its_limit_is_refused(window: MainWindow, db_path: Path) -> None:
    reservation = window.editor.section("reservation")
    reservation.rationale.setPlainText("w" * (NOTE_CHARS + 1))
    window.controller.flush()
    refused_with(window, f"longer than {NOTE_CHARS} characters")
    reservation.rationale.setPlainText("Two lines\n\tof reasons")
    window.controller.flush()
    plan = stored(db_path)
    assert plan.reservation.rationale == "Two lines\n\tof reasons"
    assert read_plan_text(dump_plan(plan)).reservation.rationale == plan.reservation.rationale


def test_one_alternative_too_many_is_refused(window: MainWindow, db_path: Path) -> None:
    def fill(plan) -> None:
        plan.alternatives = [Alternative(f"Alternative {i}") for i in range(MAX_ALTERNATIVES + 1)]

    before = file_digest(db_path)
    window.controller.edit("Add alternatives", fill)
    window.controller.flush()
    refused_with(window, f"alternatives: more than {MAX_ALTERNATIVES} entries")
    assert file_digest(db_path) == before


def test_a_condition_twice_is_refused(qtbot, window: MainWindow, db_path: Path) -> None:
    conditions = stored(db_path).reservation.conditions
    window.controller.edit("Edit conditions", lambda plan: plan.reservation.conditions.append(conditions[0].upper()))
    window.controller.flush()
    refused_with(window, "listed twice")
    assert stored(db_path).reservation.conditions == conditions


@pytest.mark.parametrize(
    ("typed", "words"),
    [("-5", "negative"), ("18500.000000000000000000000001", "4 digits"), ("1e-999999999", "digits")],
)
def test_an_amount_field_refuses_what_a_file_would(qtbot, window: MainWindow, db_path: Path, typed: str, words: str):
    reservation = window.editor.section("reservation")
    window.editor.show_section("reservation")
    before = stored(db_path).reservation.value
    reservation.amount.setFocus()
    qtbot.keyClick(reservation.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reservation.amount, typed)
    qtbot.keyClick(reservation.amount, Qt.Key.Key_Return)
    window.controller.flush()
    assert reservation.amount.is_invalid() and words in reservation.amount.error_text()
    assert stored(db_path).reservation.value == before


def test_a_deal_another_tool_broke_can_still_be_mended(window: MainWindow, db_path: Path) -> None:
    window.controller.select_deal(None)
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE deals SET reservation_rationale = ? WHERE id = 1", ("bad \x1b[2J",))
    connection.close()
    window.controller.select_deal(1)
    window.controller.edit("Edit title", lambda plan: setattr(plan, "title", "Senior engineer offer 2027"))
    window.controller.flush()
    assert stored(db_path).title == "Senior engineer offer 2027"  # the old problem does not block other edits
    window.editor.section("reservation").rationale.setPlainText("Mended")
    window.controller.flush()
    plan = stored(db_path)
    assert plan.reservation.rationale == "Mended"
    assert read_plan_text(dump_plan(plan)).reservation.value == Decimal(plan.reservation.value)
