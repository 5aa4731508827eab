"""The File menu: new file, open, recent files, save a copy, import and export plan files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ui.settings import app_settings

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

MAX_RECENT = 8
WALKAWAY_FILTER = "Walkaway files (*.walkaway);;All files (*)"
PLAN_FILTER = "Walkaway plans (*.walkaway.json);;JSON files (*.json);;All files (*)"


def recent_files() -> list[Path]:
    value = app_settings().value("recent_files", [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(name) for name in names if name]


def remember_recent(path: Path) -> None:
    names = [str(path)] + [str(p) for p in recent_files() if p != path]
    app_settings().setValue("recent_files", names[:MAX_RECENT])


def fill_recent_menu(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    files = [p for p in recent_files() if p.exists()]
    for path in files:
        action = menu.addAction(path.name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(window, p))
    if not files:
        menu.addAction(QCoreApplication.translate("FileActions", "No recent files")).setEnabled(False)


def open_path(window: MainWindow, path: Path) -> None:
    from ui.shell.window_manager import open_window

    open_window(path, on_error=window.show_error)


def _ask(window: MainWindow, title: str, file_filter: str, *, save: bool, name: str) -> QFileDialog:
    """A file dialog for ``open()`` (never ``exec()``); callers connect to its ``fileSelected``."""
    dialog = QFileDialog(window, title, str(window.controller.path.parent), file_filter)
    dialog.setObjectName(name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    if not save:
        dialog.setFileMode(
            QFileDialog.FileMode.ExistingFiles if name == "import" else QFileDialog.FileMode.ExistingFile
        )
    return dialog


def new_file(window: MainWindow) -> None:
    dialog = _ask(
        window, QCoreApplication.translate("FileActions", "New plan file"), WALKAWAY_FILTER, save=True, name="new_file"
    )
    dialog.setDefaultSuffix("walkaway")
    dialog.fileSelected.connect(lambda name: open_path(window, Path(name)))
    dialog.open()


def open_file(window: MainWindow) -> None:
    dialog = _ask(
        window,
        QCoreApplication.translate("FileActions", "Open a Walkaway file"),
        WALKAWAY_FILTER,
        save=False,
        name="open",
    )
    dialog.fileSelected.connect(lambda name: open_path(window, Path(name)))
    dialog.open()


def save_copy(window: MainWindow) -> None:
    dialog = _ask(
        window, QCoreApplication.translate("FileActions", "Save a copy"), WALKAWAY_FILTER, save=True, name="save_copy"
    )
    dialog.setDefaultSuffix("walkaway")
    dialog.fileSelected.connect(lambda name: save_copy_to(window, Path(name)))
    dialog.open()


def save_copy_to(window: MainWindow, target: Path) -> None:
    """A consistent, private copy of the whole file, made with SQLite's backup API (never a raw file copy)."""
    import sqlite3

    from planner.errors import WalkawayError
    from planner.store.backup import copy_database_to

    window.controller.flush()
    if target.resolve() == window.controller.path:
        window.show_error(
            QCoreApplication.translate("FileActions", "Choose another name: that is the file you have open.")
        )
        return
    try:
        copy_database_to(window.controller.path, target)
    except (OSError, sqlite3.Error, WalkawayError) as error:
        window.show_error(
            QCoreApplication.translate("FileActions", "Could not save a copy to {path}: {error}").format(
                path=target, error=error
            )
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Saved a copy to {path}").format(path=target), 8000
    )


def import_plans(window: MainWindow) -> None:
    dialog = _ask(
        window, QCoreApplication.translate("FileActions", "Import plan files"), PLAN_FILTER, save=False, name="import"
    )
    dialog.filesSelected.connect(lambda names: import_paths(window, [Path(n) for n in names]))
    dialog.open()


def import_paths(window: MainWindow, paths: list[Path]) -> None:
    from ui.shell.window_manager import import_plan_files

    import_plan_files(window, paths)


def export_plan(window: MainWindow) -> None:
    plan = window.controller.current_plan()
    if plan is None:
        return
    dialog = _ask(
        window, QCoreApplication.translate("FileActions", "Export plan"), PLAN_FILTER, save=True, name="export"
    )
    dialog.setDefaultSuffix("walkaway.json")
    dialog.fileSelected.connect(lambda name: export_to(window, Path(name)))
    dialog.open()


def export_to(window: MainWindow, target: Path) -> None:
    from planner.errors import WalkawayError
    from planner.plans.files import write_plan_file

    window.controller.flush()
    plan = window.controller.current_plan()
    if plan is None:
        return
    try:
        written = write_plan_file(plan, target)
    except (WalkawayError, OSError) as error:
        window.show_error(
            QCoreApplication.translate("FileActions", "Could not export to {path}: {error}").format(
                path=target, error=error
            )
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Exported to {path}").format(path=written), 8000
    )
