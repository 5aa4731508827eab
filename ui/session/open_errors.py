"""Telling the user why a file did not open, and offering the way out that fits.

Four kinds of refused file, four messages: locked by another program (try
again), damaged (restore a backup), not a Walkaway file and made by a newer
version (choose another file, or update). The file itself is never touched.
:func:`explain_open_error` is the decision, without Qt widgets, so it is tested
on its own; :class:`OpenErrorBox` shows it without blocking and says which way
out the user chose (the window acts on it: ``ui.shell.file_problems``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from planner.errors import FileDamaged, FileLocked, FileTooNew, NotAWalkawayFile, WalkawayError


@dataclass(frozen=True, slots=True)
class OpenProblem:
    kind: str  # "locked", "damaged", "not_walkaway", "too_new" or "other"
    title: str  # what happened, in a few words
    advice: str  # what to do about it
    detail: str  # the full one-line message, with the file's path
    offer_restore: bool = False
    offer_retry: bool = False
    offer_other_file: bool = False


def explain_open_error(error: WalkawayError) -> OpenProblem:
    detail = str(error)
    if isinstance(error, FileLocked):
        return OpenProblem(
            "locked",
            QCoreApplication.translate("OpenErrors", "The file is locked by another program."),
            QCoreApplication.translate(
                "OpenErrors",
                "Another copy of Walkaway, or another program, is writing to it. Nothing was changed. "
                "Close that program, or wait a moment, then try again.",
            ),
            detail,
            offer_retry=True,
        )
    if isinstance(error, FileDamaged):
        return OpenProblem(
            "damaged",
            QCoreApplication.translate("OpenErrors", "The file is damaged."),
            QCoreApplication.translate(
                "OpenErrors",
                "It cannot be read safely, so Walkaway left it exactly as it is. Restore a backup copy: "
                "the damaged file is kept beside it, renamed, not deleted.",
            ),
            detail,
            offer_restore=True,
        )
    if isinstance(error, NotAWalkawayFile):
        return OpenProblem(
            "not_walkaway",
            QCoreApplication.translate("OpenErrors", "This is not a Walkaway file."),
            QCoreApplication.translate(
                "OpenErrors",
                "Walkaway did not change it. Choose a Walkaway file (*.walkaway) instead; plan files "
                "(*.walkaway.json) are brought in with File › Import.",
            ),
            detail,
            offer_other_file=True,
        )
    if isinstance(error, FileTooNew):
        return OpenProblem(
            "too_new",
            QCoreApplication.translate("OpenErrors", "This file was made by a newer version of Walkaway."),
            QCoreApplication.translate(
                "OpenErrors",
                "This version cannot read it without risking your plans, so it left the file as it is. "
                "Update Walkaway to open it.",
            ),
            detail,
            offer_other_file=True,
        )
    return OpenProblem(
        "other", QCoreApplication.translate("OpenErrors", "The file could not be opened."), detail, detail
    )


class OpenErrorBox(QMessageBox):
    """A non-blocking message box for a refused file, with the buttons its kind calls for."""

    restore_requested = Signal()
    retry_requested = Signal()
    other_file_requested = Signal()

    def __init__(self, problem: OpenProblem, parent: QWidget | None = None, *, path: Path | str | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setObjectName(f"open_error_{problem.kind}")
        self.setWindowTitle(self.tr("Walkaway"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(problem.title)
        # The file, then the command-line wording (with its own advice) behind "Show Details…".
        self.setInformativeText(f"{problem.advice}\n\n{path}" if path is not None else problem.advice)
        self.setDetailedText(problem.detail)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restore_button = self._add(problem.offer_restore, self.tr("Restore from Backup…"), self.restore_requested)
        self.retry_button = self._add(problem.offer_retry, self.tr("Try Again"), self.retry_requested)
        self.other_button = self._add(
            problem.offer_other_file, self.tr("Open Another File…"), self.other_file_requested
        )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        first = self.restore_button or self.retry_button or self.other_button
        self.setDefaultButton(first or self.close_button)

    def _add(self, wanted: bool, text: str, signal: SignalInstance) -> QPushButton | None:
        if not wanted:
            return None
        button = self.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(signal.emit)
        return button
