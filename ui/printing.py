"""Print…, Print preview… and Export brief…: all from the same brief PDF.

Printing renders the PDF's pages with QtPdf onto the printer, so paper shows
exactly what Export writes. Dialogs are opened with ``open()`` and report
through signals; the file chooser is injectable for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.model import Plan

if TYPE_CHECKING:
    from planner.brief.document import Brief

#: Rendering above this resolution only costs memory: the brief is text and lines.
MAX_RENDER_DPI = 300


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Render every page of ``pdf`` onto ``printer``; returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            target = QRectF(painter.viewport())
            scale = min(target.width() / size.width(), target.height() / size.height())
            drawn = QRectF(0, 0, size.width() * scale, size.height() * scale)
            drawn.moveCenter(target.center())
            painter.drawImage(drawn, image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()


def _printer_for(pdf_paper: str = "a4") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.Letter if pdf_paper == "letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("Walk-away brief")
    return printer


def open_print_dialog(pdf: bytes, parent: QWidget | None = None, *, paper: str = "a4") -> QPrintDialog:
    """The system print dialog; printing happens when the user accepts it."""
    printer = _printer_for(paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print brief"))
    dialog.accepted.connect(lambda: paint_pdf(pdf, printer))
    dialog._printer = printer  # type: ignore[attr-defined] - keep it alive with the dialog
    # QPrintDialog.open() in PySide6 wants a receiver; a window-modal show() is the same, non-blocking.
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.show()
    return dialog


def open_print_preview(pdf: bytes, parent: QWidget | None = None, *, paper: str = "a4") -> QPrintPreviewDialog:
    printer = _printer_for(paper)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(lambda target: paint_pdf(pdf, target))
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def choose_brief_path(parent: QWidget | None, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Export brief"),
        suggested,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(path.suffix + ".pdf")


def suggested_file_name(plan: Plan) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in plan.title)
    return "-".join(safe.split())[:60] + "-brief.pdf" if safe.strip() else "walkaway-brief.pdf"


def export_brief_as(
    plan: Plan,
    parent: QWidget | None = None,
    *,
    now: Callable[[], datetime],
    paper: str = "a4",
    choose: Callable[[QWidget | None, str], Path | None] = choose_brief_path,
    built: Callable[[Plan, str], Brief] | None = None,
):
    """Ask where, then write the brief (signed when committed). Returns the Brief, or None if cancelled.

    ``built(plan, paper)`` gives the unsigned brief if the caller has it already (the live preview).

    Raises :class:`planner.errors.WalkawayError` or ``OSError`` for the caller to show.
    """
    target = choose(parent, suggested_file_name(plan))
    if target is None:
        return None
    from planner.brief.export import export_brief
    from planner.commitment import Integrity, check_integrity

    sign = check_integrity(plan).state is not Integrity.TAMPERED
    brief = built(plan, paper) if built is not None else None
    return export_brief(plan, target, now=now().astimezone(), paper=paper, sign=sign, built=brief)
