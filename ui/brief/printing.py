"""Print brief… and Print preview…: the brief's PDF on paper.

Printing renders the PDF's pages with QtPdf onto the printer, so paper shows
exactly what Export brief… (:mod:`ui.brief.export`) writes. Dialogs are opened
without blocking and report through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

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


class _PrintDialog(QPrintDialog):
    """Keeps its printer alive as long as the dialog (Qt holds only a pointer to it)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.printer_kept = printer


class _PreviewDialog(QPrintPreviewDialog):
    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.printer_kept = printer


def open_print_dialog(pdf: bytes, parent: QWidget | None = None, *, paper: str = "a4") -> QPrintDialog:
    """The system print dialog; printing happens when the user accepts it."""
    printer = _printer_for(paper)
    dialog = _PrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print brief"))
    dialog.accepted.connect(lambda: paint_pdf(pdf, printer))
    # QPrintDialog.open() in PySide6 wants a receiver; a window-modal show() is the same, non-blocking.
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.show()
    return dialog


def open_print_preview(pdf: bytes, parent: QWidget | None = None, *, paper: str = "a4") -> QPrintPreviewDialog:
    printer = _printer_for(paper)
    dialog = _PreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(lambda target: paint_pdf(pdf, target))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
