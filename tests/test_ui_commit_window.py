"""Commit, lock, revise, preview and export inside the main window."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from briefs import NOW, TODAY, lease_plan, pdf_text
from ui_drawing import signature

from PySide6.QtCore import QLocale, Qt

from planner.brief import export
from planner.signing.verify import Verdict, verify_pdf
from planner.store import Store
from ui.brief.feature import BriefFeature
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def window(qtbot, db_path: Path) -> MainWindow:
    with Store(db_path) as store:
        deal = store.add_plan(lease_plan())
    made = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(made)
    brief_feature(made).now = lambda: NOW
    made.refresh_deal_list()
    made.show()
    made.controller.select_deal(deal)
    return made


def brief_feature(window: MainWindow) -> BriefFeature:
    found = window.findChild(BriefFeature, "briefFeature")
    assert found is not None
    return found


def _commit(qtbot, window: MainWindow) -> None:
    feature = brief_feature(window)
    assert feature.commit_action.isEnabled() and not feature.revise_action.isEnabled()
    feature.commit_action.trigger()
    dialog = feature.dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    signature(dialog.pad, qtbot)
    qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)


def test_commit_locks_the_point_and_revise_moves_it(qtbot, window: MainWindow, db_path: Path) -> None:
    controller = window.controller
    feature = brief_feature(window)
    with qtbot.waitSignal(feature.preview.refreshed, timeout=60_000):
        pass  # the preview shows the deal's brief (a draft)
    assert "DRAFT — NOT COMMITTED" in pdf_text(feature.preview.pdf)

    _commit(qtbot, window)
    plan = controller.current_plan()
    assert [c.revision for c in plan.commitments] == [1]
    assert not controller.undo_stack.canUndo()  # a signature is not undone with Ctrl+Z
    assert feature.banner.isVisible()
    assert "Committed: revision 1, signed by Sam Rivera" in feature.banner.text.text()
    assert feature.revise_action.isEnabled() and not feature.commit_action.isEnabled()

    reservation = window.editor.section("reservation")
    overview = window.editor.section("overview")
    assert reservation.amount.isReadOnly()
    assert not reservation.conditions.isEnabled()
    assert not overview.side.isEnabled()
    assert overview.currency.isReadOnly()
    window.editor.show_section("reservation")
    reservation.amount.setFocus()
    qtbot.keyClicks(reservation.amount, "99999")
    qtbot.keyClick(reservation.amount, Qt.Key.Key_Return)
    assert controller.current_plan().reservation.value == Decimal("18500")

    # Any other path to the point is refused as well, with a reason.
    with qtbot.waitSignal(controller.failed) as refused:
        controller.edit("sneak", lambda p: setattr(p.reservation, "value", Decimal("25000")))
    assert "Revise commitment" in refused.args[0]
    assert controller.current_plan().reservation.value == Decimal("18500")
    controller.edit("door", lambda p: setattr(p.script, "door", "Call me any time."))  # unlocked: fine
    assert controller.current_plan().script.door == "Call me any time."

    feature.now = lambda: NOW + timedelta(days=2)
    feature.revise_action.trigger()
    dialog = feature.dialog
    qtbot.waitExposed(dialog)
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "19,000")
    qtbot.keyClicks(dialog.reason, "Parking spaces added to the lease")
    signature(dialog.pad, qtbot)
    qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    plan = controller.current_plan()
    assert [c.revision for c in plan.commitments] == [1, 2]
    assert plan.reservation.value == Decimal("19000")
    assert "revision 2" in feature.banner.text.text()
    with Store(db_path) as store:
        assert store.get_plan(plan.id).commitments[0].reservation_value == Decimal("18500")
    window.grab().save("/tmp/window-committed.png")


def test_export_from_the_window_is_signed(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _commit(qtbot, window)
    brief_feature(window).choose_path = lambda _parent, _name, chosen: chosen(tmp_path / "lease.pdf")
    brief_feature(window).export_action.trigger()
    # Signed and written off the GUI thread; the status bar says when it is done.
    qtbot.waitUntil(lambda: "Brief exported (signed)" in window.statusBar().currentMessage(), timeout=60_000)
    assert verify_pdf(tmp_path / "lease.pdf").verdict is Verdict.INTACT


def _no_second_build(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the brief was built again although the preview showed it")


def test_export_signs_the_brief_the_preview_shows_and_never_a_stale_one(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = brief_feature(window)
    _commit(qtbot, window)
    qtbot.waitUntil(
        lambda: feature.preview.pdf is not None and "DRAFT" not in pdf_text(feature.preview.pdf), timeout=60_000
    )
    on_screen = feature.preview.pdf
    feature.choose_path = lambda _parent, _name, chosen: chosen(tmp_path / "shown.pdf")
    with monkeypatch.context() as patch:  # the preview is up to date: exporting builds nothing again
        patch.setattr(export, "brief_for", _no_second_build)
        feature.export_action.trigger()
        qtbot.waitUntil(lambda: "Brief exported (signed)" in window.statusBar().currentMessage(), timeout=60_000)
    exported = (tmp_path / "shown.pdf").read_bytes()
    # Signing appends to the PDF it is given: the file is the preview's own PDF plus the signature.
    assert exported.startswith(on_screen) and len(exported) > len(on_screen)
    assert verify_pdf(tmp_path / "shown.pdf").verdict is Verdict.INTACT

    window.controller.edit("Door", lambda p: setattr(p.script, "door", "Call me on Friday, the offer stays open"))
    feature.choose_path = lambda _parent, _name, chosen: chosen(tmp_path / "edited.pdf")
    feature.export_action.trigger()  # before the preview caught up with the edit
    qtbot.waitUntil((tmp_path / "edited.pdf").exists, timeout=60_000)
    edited = (tmp_path / "edited.pdf").read_bytes()
    assert not edited.startswith(on_screen)
    assert "Call me on Friday" in pdf_text(edited)
    assert verify_pdf(tmp_path / "edited.pdf").verdict is Verdict.INTACT


def test_outside_edit_is_said_plainly(qtbot, window: MainWindow, db_path: Path) -> None:
    _commit(qtbot, window)
    deal = window.controller.current_id
    window.controller.select_deal(None)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE deals SET reservation_value = '30000' WHERE id = ?", (deal,))
    window.controller.select_deal(deal)
    assert "changed outside Walkaway" in brief_feature(window).banner.text.text()
