"""File menu and start-up: plan files in and out, a copy of the file, recent files, settings, About."""

from __future__ import annotations

from pathlib import Path

from planner.demo import demo_plans
from planner.plans.files import read_plan_file
from planner.store import Store
from ui.session.controller import PlanController
from ui.session.file_actions import recent_files, remember_recent
from ui.shell.about import about_text
from ui.shell.main_window import MainWindow
from ui.shell.window_manager import WINDOWS, open_window
from ui.tasks import SyncTasks


def make_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(PlanController(path, tasks=SyncTasks()))  # file work done at once, on this thread
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    return window


def test_export_then_import_gives_the_same_plan(qtbot, db_path: Path, tmp_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    window = make_window(qtbot, db_path)
    first = window.deal_list.model.deal_at(0).id
    window.controller.select_deal(first)
    target = tmp_path / "out.walkaway.json"
    window.file_actions.export_to(target)
    exported = read_plan_file(target)
    assert exported.title == window.controller.current_plan().title
    window.file_actions.import_paths([target])
    assert window.controller.current_id != first
    assert window.controller.current_plan().title == exported.title
    assert window.deal_list.model.total_count() == len(demo_plans()) + 1


def test_a_refused_plan_file_changes_nothing(qtbot, db_path: Path, tmp_path: Path) -> None:
    window = make_window(qtbot, db_path)
    bad = tmp_path / "bad.walkaway.json"
    bad.write_text('{"format": "walkaway-plan/1", "title": ""}', encoding="utf-8")
    window.file_actions.import_paths([bad])
    assert window.deal_list.model.total_count() == 0
    assert "bad.walkaway.json" in window.statusBar().currentMessage()


def test_save_a_copy_is_a_complete_walkaway_file(qtbot, db_path: Path, tmp_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    window = make_window(qtbot, db_path)
    window.controller.select_deal(window.deal_list.model.deal_at(0).id)
    window.controller.edit("unit", lambda plan: setattr(plan, "unit", "per fortnight"))
    copy = tmp_path / "copy.walkaway"
    window.file_actions.save_copy_to(copy)  # the pending edit is in the copy too
    with Store(copy) as store:
        assert len(store.list_deals()) == len(demo_plans())
        assert store.get_plan(window.controller.current_id).unit == "per fortnight"
    assert copy.stat().st_mode & 0o077 == 0


def test_opening_a_plan_file_imports_it_after_the_first_paint(qtbot, db_path: Path, example_file: Path) -> None:
    window = open_window(db_path, plan_file=example_file)
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.controller.current_id is not None, timeout=5000)
        assert window.controller.current_plan().title == read_plan_file(example_file).title
        assert recent_files()[0] == db_path.resolve()
        assert open_window(db_path) is window  # one window per file
    finally:
        window.close()
        WINDOWS.clear()


def test_geometry_splitter_and_recent_files_are_remembered(qtbot, db_path: Path, tmp_path: Path) -> None:
    window = make_window(qtbot, db_path)
    window.resize(1000, 700)
    window.splitter.setSizes([300, 700, 0])
    window.close()
    again = make_window(qtbot, db_path)
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]
    for name in ("a", "b", "a"):
        remember_recent(tmp_path / f"{name}.walkaway")
    assert recent_files()[:2] == [tmp_path / "a.walkaway", tmp_path / "b.walkaway"]


def test_about_names_the_versions() -> None:
    from importlib.metadata import version

    text = about_text()
    for name in ("SQLAlchemy", "reportlab"):
        assert version(name) in text
    assert "Qt " in text


def test_an_unexpected_error_is_logged_and_shown_not_fatal(qtbot, caplog) -> None:
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.app import install_excepthook

    previous = sys.excepthook
    install_excepthook()
    try:
        error = RuntimeError("boom in a slot")
        sys.excepthook(RuntimeError, error, None)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert any("boom in a slot" in box.text() for box in boxes)
        logged = [r for r in caplog.records if r.name == "walkaway" and r.levelname == "ERROR"]
        assert any("boom in a slot" in r.getMessage() for r in logged)
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = previous


def test_action_icons_come_from_resources(qtbot) -> None:
    from planner.paths import resources_dir
    from ui.common.action_icons import action_icon

    for name in ("new", "quick", "undo", "redo", "add", "remove", "up", "down", "delete"):
        assert (resources_dir() / "icons" / "actions" / f"{name}.svg").is_file()
        assert not action_icon(name).pixmap(24, 24).isNull()
