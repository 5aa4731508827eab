"""File dialogs that start where the user keeps documents, and then where they last chose a file.

Every Open, Import, Save a Copy, Export plan, Export brief and calendar dialog of the window opens
in the last folder the user picked a file in (one folder for all of them, remembered in the
settings across sessions); the first time, in the user's documents folder. They are opened with
``open()`` and answer through ``fileSelected``/``filesSelected``: nothing blocks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings import app_settings

LAST_FOLDER_KEY = "dialogs/last_folder"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """The folder of the last file chosen in any of the window's dialogs, else the documents folder."""
    saved = app_settings().value(LAST_FOLDER_KEY)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return documents_folder()


def remember_folder(chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file) for the next dialog."""
    folder = Path(chosen).parent
    if str(folder) and folder.is_dir():
        app_settings().setValue(LAST_FOLDER_KEY, str(folder))


def file_dialog(
    parent: QWidget | None, title: str, file_filter: str, *, save: bool, suggested: str = "", name: str = ""
) -> QFileDialog:
    """A dialog in :func:`start_folder` (``suggested``: a file name to offer); the choice is remembered."""
    start = start_folder()
    dialog = QFileDialog(parent, title, str(start / suggested) if suggested else str(start), file_filter)
    if name:
        dialog.setObjectName(name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.fileSelected.connect(remember_folder)
    dialog.filesSelected.connect(lambda names: remember_folder(names[0]) if names else None)
    return dialog
