"""Packages in the room (issue 19): their terms in the round entry, the score in the table, the chart
and the banner; on the real window and a real file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from test_ui_package import TODAY, example, saved, stored

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from planner.demo import demo_plans
from planner.package import score_round
from planner.services import signed_commitment
from ui.room.feature import RoomFeature
from ui.room.rounds_model import PACKAGE
from ui.room.rounds_section import RoundsSection
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


def room(qtbot, path: Path, deal_id: int) -> tuple[MainWindow, RoundsSection]:
    window = MainWindow(PlanController(path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    window.controller.select_deal(deal_id)
    window.editor.show_section("rounds")
    feature = window.findChild(RoomFeature)
    feature.set_today(lambda: TODAY)
    return window, feature.section


def committed(name: str):  # a package plan signed, its rounds kept: in the room
    return signed_commitment(example(name, planning=False), "Ana Costa", datetime(2026, 11, 1, 9, tzinfo=UTC)).plan


def log(qtbot, window: MainWindow, section: RoundsSection, field: QLineEdit) -> None:
    rounds = len(window.controller.current_plan().rounds)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter in a term's field logs the round, as in the offer's
    qtbot.waitUntil(lambda: len(window.controller.current_plan().rounds) == rounds + 1)
    qtbot.waitUntil(lambda: not window.controller.undo_stack.isClean() or window.controller.unsaved_error == "")


def test_their_terms_are_typed_in_the_same_entry_stored_and_scored_in_the_table(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, committed("car"))
    window, section = room(qtbot, db_path, deal)
    fields = section.fields.term_fields
    assert list(fields) == ["warranty", "delivery"] and section.fields.terms_box.isVisibleTo(section)
    assert fields["warranty"].placeholderText() == "Warranty (years)" and fields["warranty"].toolTip()
    assert not section.table.isColumnHidden(PACKAGE)

    qtbot.keyClicks(section.their_edit, "18,000")
    qtbot.keyClicks(fields["warranty"], "4")
    qtbot.keyClicks(fields["delivery"], "5")
    log(qtbot, window, section, fields["delivery"])
    assert fields["warranty"].text() == "" and fields["delivery"].text() == "", "cleared for the next round"
    window.close()

    plan = saved(db_path, deal)
    latest = plan.ordered_rounds()[-1]
    assert (latest.their_offer, latest.their_terms) == (
        Decimal(18000),
        {"warranty": Decimal(4), "delivery": Decimal(5)},
    )
    score = score_round(plan, latest)
    assert score is not None and score.score == Decimal("76.5")
    window, section = room(qtbot, db_path, deal)
    cell = section.model.index(2, PACKAGE)
    assert cell.data() == "76.5 ≥ 55"
    assert section.model.index(0, PACKAGE).data() == "25.5 < 55"  # the first round's, below the minimum
    assert section.model.index(1, PACKAGE).data() == "57.0 ≥ 55"  # one decimal, as the banner and assess say it
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[0] == "Package score 76.5 of 100: at or above your minimum of 55"
    assert "Warranty: 4 years → 75" in tooltip and "Price: EUR 18,000 → 80" in tooltip
    assert "Delivery: 5 weeks → 70" in tooltip


def test_an_options_term_is_chosen_from_its_options(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, committed("salary"))
    window, section = room(qtbot, db_path, deal)
    title = section.fields.term_fields["title"]
    assert isinstance(title, QComboBox)
    assert [title.itemText(i) for i in range(title.count())] == [
        "Title?",
        "Engineer",
        "Senior Engineer",
        "Staff Engineer",
    ]
    qtbot.keyClicks(section.their_edit, "101,000")
    title.setCurrentIndex(title.findData("Staff Engineer"))
    qtbot.keyClicks(section.fields.term_fields["remote_days"], "2")
    log(qtbot, window, section, section.their_edit)
    window.close()
    latest = saved(db_path, deal).ordered_rounds()[-1]
    assert latest.their_terms == {"remote_days": Decimal(2), "title": "Staff Engineer"}


def test_a_term_that_is_not_a_number_is_refused_and_nothing_is_logged(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, committed("car"))
    window, section = room(qtbot, db_path, deal)
    qtbot.keyClicks(section.their_edit, "18,000")
    qtbot.keyClicks(section.fields.term_fields["warranty"], "three")
    qtbot.keyClick(section.fields.term_fields["warranty"], Qt.Key.Key_Return)
    assert section.error_label.isVisibleTo(section) and section.error_label.text().startswith("Warranty: 'three'")
    assert len(window.controller.current_plan().rounds) == 2
    assert section.fields.term_fields["warranty"].text() == "three", "what was typed stays, to be mended"


def test_a_round_corrected_keeps_its_terms_and_takes_new_ones(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, committed("car"))
    window, section = room(qtbot, db_path, deal)
    section.edit_round(2)
    dialog = section.round_dialog
    assert dialog is not None
    names = [name for name, _field in dialog.fields.term_rows()]
    assert names == ["Warranty (years)", "Delivery (weeks)"]
    warranty = dialog.fields.term_fields["warranty"]
    assert warranty.text() == "3" and dialog.fields.term_fields["delivery"].text() == "6"
    warranty.setText("5")
    dialog.save()
    qtbot.waitUntil(lambda: window.controller.current_plan().ordered_rounds()[1].their_terms["warranty"] == 5)
    window.close()
    assert saved(db_path, deal).ordered_rounds()[1].their_terms == {"warranty": Decimal(5), "delivery": Decimal(6)}


def test_the_chart_and_the_banner_show_the_package_against_the_minimum(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, committed("car"))
    window, section = room(qtbot, db_path, deal)
    assert section.chart.points("Package") == [(1.0, 25.5), (2.0, 57.0)]
    assert section.chart.points("Minimum package") == [(1.0, 55.0), (2.0, 55.0)]
    banner = window.findChild(RoomFeature).banner
    assert "Package score 57.0 of 100: at or above your minimum of 55." in banner.details_label.text()

    qtbot.keyClicks(section.their_edit, "19,900")  # a poor price with the least warranty: below the minimum
    qtbot.keyClicks(section.fields.term_fields["warranty"], "1")
    log(qtbot, window, section, section.their_edit)
    assert banner.title_label.text() == "DON'T ACCEPT — COUNTER"
    assert any("below your minimum of 55" in reason for reason in banner.reasons)
    qtbot.waitUntil(lambda: len(section.chart.points("Package")) == 3)


def test_a_plan_without_a_package_shows_no_package_anywhere(qtbot, db_path: Path) -> None:
    ids = stored(db_path, *demo_plans(TODAY))
    plans = [saved(db_path, i) for i in ids]
    deal = next(i for i, p in zip(ids, plans, strict=True) if p.rounds)
    _window, section = room(qtbot, db_path, deal)
    header = section.table.horizontalHeader()
    assert section.table.isColumnHidden(PACKAGE) and header.sectionSize(PACKAGE) == 0
    assert header.length() >= section.table.viewport().width() - 1, "the hidden column leaves no gap either"
    assert not section.fields.term_fields and not section.fields.terms_box.isVisibleTo(section)
    assert section.chart.points("Package") == [] and "Package" not in section.chart.series_by_name
