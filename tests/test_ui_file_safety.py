"""The window's side of file safety: refused files explained, Restore…, and a read-only second window."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import file_digest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from planner.demo import demo_plans
from planner.errors import FileDamaged, FileLocked, FileTooNew, NotAWalkawayFile
from planner.store import Store, backup
from planner.store.lock import InstanceLock
from ui.session.controller import PlanController
from ui.session.file_session import FileSession
from ui.session.open_errors import OpenErrorBox, explain_open_error
from ui.session.restore_dialog import RestoreDialog
from ui.shell import window_manager
from ui.shell.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NOON = datetime(2026, 11, 27, 12, tzinfo=UTC)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    return db_path


@pytest.fixture
def opened(qtbot) -> Iterator[list[MainWindow]]:
    """Windows opened through the window manager, closed after the test."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
    window_manager.WINDOWS.clear()


def _open(qtbot, opened: list[MainWindow], path: Path) -> MainWindow:
    window = window_manager.open_window(path, on_error=lambda message: pytest.fail(message))
    assert window is not None
    qtbot.addWidget(window)
    opened.append(window)
    return window


def _box(qtbot, window: MainWindow) -> OpenErrorBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(OpenErrorBox)))
    return next(b for b in window.findChildren(OpenErrorBox) if b.isVisible())


def test_each_kind_of_refused_file_has_its_own_explanation_and_way_out() -> None:
    problems = [
        explain_open_error(error("x: detail")) for error in (FileLocked, FileDamaged, NotAWalkawayFile, FileTooNew)
    ]
    assert [p.kind for p in problems] == ["locked", "damaged", "not_walkaway", "too_new"]
    assert len({p.title for p in problems}) == 4 and all(p.detail == "x: detail" for p in problems)
    assert [p.offer_retry for p in problems] == [True, False, False, False]
    assert [p.offer_restore for p in problems] == [False, True, False, False]
    assert [p.offer_other_file for p in problems] == [False, False, True, True]


def test_a_damaged_file_is_explained_then_restored_from_the_window(qtbot, opened, demo_db: Path) -> None:
    backup.make_backup(demo_db, now=NOON)
    data = bytearray(demo_db.read_bytes())
    data[4 * 4096 : 8 * 4096] = random.Random(5).randbytes(4 * 4096)
    demo_db.write_bytes(bytes(data))
    damaged = file_digest(demo_db)

    window = _open(qtbot, opened, demo_db)
    box = _box(qtbot, window)
    assert box.problem.kind == "damaged" and box.restore_button is not None
    assert file_digest(demo_db) == damaged  # looked at, explained, not touched
    box.grab().save(str(demo_db.parent / "damaged-box.png"))

    qtbot.mouseClick(box.restore_button, LEFT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RestoreDialog)))
    dialog = next(d for d in window.findChildren(RestoreDialog) if d.isVisible())
    assert dialog.copies.topLevelItemCount() == 1
    assert dialog.copies.topLevelItem(0).text(2) == "6"
    dialog.grab().save(str(demo_db.parent / "restore-dialog.png"))
    qtbot.mouseClick(dialog.restore_button, LEFT)

    # The restore runs off the GUI thread; the window says where the damaged file went when it is done.
    qtbot.waitUntil(lambda: "was kept as" in window.statusBar().currentMessage())
    assert window.session.is_open and window.deal_list.model.rowCount() == 6
    aside = next(demo_db.parent.glob("plans.walkaway.before-restore-*"))
    assert aside.read_bytes() == bytes(data)  # the damaged file, kept exactly


@pytest.mark.parametrize("kind", ["not_walkaway", "too_new"])
def test_a_foreign_or_newer_file_is_explained_and_left_as_it_is(qtbot, opened, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "other.walkaway"
    if kind == "not_walkaway":
        path.write_bytes(b"PK\x03\x04 a zip file, say" * 50)
    else:
        with Store(path) as store:
            store.add_plans(demo_plans()[:1])
        raw = sqlite3.connect(path)
        raw.execute("UPDATE alembic_version SET version_num = '0042'")
        raw.commit()
        raw.close()
    before = file_digest(path)
    # Opened from the command line or File › Open: no window for it, one clear message.
    messages: list[str] = []
    assert window_manager.open_window(path, on_error=messages.append) is None
    words = {"not_walkaway": "not a Walkaway file", "too_new": "made by a newer version"}[kind]
    assert len(messages) == 1 and words in messages[0] and str(path) in messages[0]
    # In a window (when the lean list read got past it), the box says the same, with its way out.
    box = OpenErrorBox(explain_open_error(_error_for(path)), path=path)
    qtbot.addWidget(box)
    assert box.problem.kind == kind
    assert box.other_button is not None and box.restore_button is None
    assert str(path) in box.informativeText()
    assert file_digest(path) == before


def _error_for(path: Path) -> Exception:
    try:
        Store(path)
    except (NotAWalkawayFile, FileTooNew) as error:
        return error
    raise AssertionError("the file was not refused")


def test_a_second_window_on_the_same_file_is_read_only_and_says_so(qtbot, demo_db: Path) -> None:
    first = InstanceLock(demo_db)  # the window already open (in another process, as far as this one knows)
    assert first.acquire()
    try:
        window = MainWindow(PlanController(demo_db))
        qtbot.addWidget(window)
        window.refresh_deal_list()
        window.show()
        assert "(read-only)" in window.windowTitle()
        banner = window.findChild(QLabel, "read_only_banner")
        assert banner is not None and not banner.isHidden()
        assert not window.new_plan_action.isEnabled() and not window.restore_backup_action.isEnabled()
        window.controller.select_deal(window.controller.deal_summaries()[0].id)
        assert window.controller.store.read_only
        edits = [e for e in window.editor.findChildren(QLineEdit) if e.isVisible()]
        assert edits and all(e.isReadOnly() for e in edits)
        assert not window.delete_action.isEnabled()  # switched off again after the deal opened
        writing = {a.objectName() for a in window.writing_actions.actions()}
        assert {"commit_and_sign", "revise_commitment", "walkAwayAction", "reopenAction"} <= writing
        for deal in window.controller.deal_summaries():  # every stage: none of them writes here
            window.controller.select_deal(deal.id)
            assert [a.objectName() for a in window.writing_actions.actions() if a.isEnabled()] == []
        assert window.findChild(QAction, "export_brief").isEnabled()  # reading and exporting stay possible
        window.grab().save(str(demo_db.parent / "read-only.png"))
        before = demo_db.read_bytes()
        window.close()
        assert demo_db.read_bytes() == before
    finally:
        first.release()


def test_the_first_window_writes_and_makes_the_daily_backup(qtbot, demo_db: Path) -> None:
    window = MainWindow(PlanController(demo_db))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.controller.open_store()
    assert not window.controller.store.read_only
    # Made off the GUI thread, on the file's queue: the window never waits for it.
    qtbot.waitUntil(lambda: [c.kind for c in backup.list_backups(demo_db)] == ["daily"])
    assert InstanceLock(demo_db).acquire() is False  # held while the window has the file
    window.close()
    assert InstanceLock(demo_db).acquire() is True  # and let go when it closes


def test_restore_dialog_without_copies_says_so(qtbot, demo_db: Path) -> None:
    dialog = RestoreDialog(FileSession(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.copies.isHidden() and not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()


def test_a_locked_file_offers_to_try_again(qtbot) -> None:
    box = OpenErrorBox(explain_open_error(FileLocked("/x/plans.walkaway: locked by another program")))
    qtbot.addWidget(box)
    box.show()
    with qtbot.waitSignal(box.retry_requested):
        qtbot.mouseClick(box.retry_button, LEFT)
    assert isinstance(box, QMessageBox) and QApplication.instance() is not None


def test_a_read_only_window_offers_no_snooze_move_or_reopen_in_the_follow_ups(qtbot, demo_db: Path) -> None:
    from ui.after_walk.feature import FollowUpsFeature

    first = InstanceLock(demo_db)
    assert first.acquire()
    try:
        window = MainWindow(PlanController(demo_db))
        qtbot.addWidget(window)
        window.refresh_deal_list()
        window.show()
        feature = window.findChild(FollowUpsFeature, "followUpsFeature")
        feature.show_tab(0)
        view = feature.view
        assert view is not None and view.selected_deal_id() == 4  # the walked deal
        assert view.open_button.isEnabled()  # looking at the deal stays possible
        off = [view.snooze_button, view.reschedule_button, view.reopen_button, view.date_edit]
        assert [w.isEnabled() for w in off] == [False] * len(off)
        before = file_digest(demo_db)
        view.snooze_actions[2].trigger()  # even asked directly, nothing is written
        assert view.reopen_selected() is None
        assert file_digest(demo_db) == before and not view.error.isVisible()
        window.close()
    finally:
        first.release()


def test_the_app_opens_a_second_window_s_store_read_only(qtbot, opened, demo_db: Path) -> None:
    """Through the window manager (as at start-up): the file is claimed before its store opens."""
    first = InstanceLock(demo_db)
    assert first.acquire()
    try:
        window = _open(qtbot, opened, demo_db)
        qtbot.waitUntil(lambda: window.session.is_open)
        assert window.controller.store.read_only and "(read-only)" in window.windowTitle()
        assert not window.new_plan_action.isEnabled()
    finally:
        first.release()


def test_the_app_makes_the_daily_backup_when_it_opens_a_file(qtbot, opened, demo_db: Path) -> None:
    window = _open(qtbot, opened, demo_db)
    qtbot.waitUntil(lambda: window.session.is_open)
    assert not window.controller.store.read_only
    qtbot.waitUntil(lambda: [c.kind for c in backup.list_backups(demo_db)] == ["daily"])
