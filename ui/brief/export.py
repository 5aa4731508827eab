"""Export brief…: where to (a file dialog that never blocks), then the brief signed and written off the GUI thread.

Signing loads pyHanko (half a second the first time) and writes the file: both run on the task
runner's ``BRIEF`` queue, one at a time with the preview's builds (ReportLab is not thread-safe).
The file chooser is injectable: tests hand over a path at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.model import Plan
from ui.common.file_dialogs import file_dialog
from ui.tasks import BRIEF, Tasks

if TYPE_CHECKING:
    from planner.brief.document import Brief

#: ``choose(parent, suggested name, chosen)``: ask where, and call ``chosen(path)`` if the user says.
Chooser = Callable[[QWidget | None, str, Callable[[Path], None]], object]


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")


def ask_brief_path(parent: QWidget | None, suggested: str, chosen: Callable[[Path], None]) -> QFileDialog:
    """The save dialog, opened with ``open()``: the window stays responsive while it is up."""
    dialog = file_dialog(
        parent,
        QCoreApplication.translate("Printing", "Export brief"),
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
        save=True,
        suggested=suggested,
        name="export_brief_dialog",
    )
    dialog.setDefaultSuffix("pdf")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: chosen(with_pdf_suffix(Path(name))))
    dialog.open()
    return dialog


def suggested_file_name(plan: Plan) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in plan.title)
    return "-".join(safe.split())[:60] + "-brief.pdf" if safe.strip() else "walkaway-brief.pdf"


def export_brief_as(
    plan: Plan,
    parent: QWidget | None = None,
    *,
    now: datetime,
    tasks: Tasks,
    done: Callable[[Brief], object],
    failed: Callable[[BaseException], object],
    paper: str = "a4",
    choose: Chooser = ask_brief_path,
    built: Brief | None = None,
    owner: QObject | None = None,
) -> None:
    """Ask where, then write the brief (signed when committed and intact) on the ``BRIEF`` queue.

    ``built`` is the unsigned brief for ``now``'s day and ``paper`` if the caller has it already
    (the live preview); otherwise the task builds it. ``done`` gets the written :class:`Brief`,
    ``failed`` a :class:`planner.errors.WalkawayError` or ``OSError`` for the user; nothing
    happens when the user cancels.
    """
    from planner.commitment import Integrity, check_integrity

    sign = check_integrity(plan).state is not Integrity.TAMPERED
    moment = now.astimezone()

    def write(target: Path) -> None:
        def work() -> Brief:
            from planner.brief.export import export_brief

            return export_brief(plan, target, now=moment, paper=paper, sign=sign, built=built)

        tasks.run(work, done=done, failed=failed, queue=BRIEF, owner=owner)

    choose(parent, suggested_file_name(plan), write)
