"""Help › About: our version and the versions of the parts it stands on."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import __version__


def _version(distribution: str) -> str:
    # Read from the installed metadata: importing ReportLab only for its version would be slow.
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("About", "not installed")


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "<h3>Walkaway {version}</h3>"
        "<p>Plan the point where you walk away from a negotiation, commit to it, and hold it.</p>"
        "<p>Qt {qt} · PySide6 {pyside} · SQLAlchemy {sqlalchemy} · ReportLab {reportlab}</p>",
    ).format(
        version=__version__,
        qt=qVersion(),
        pyside=_version("PySide6-Essentials") if _version("PySide6-Essentials")[0].isdigit() else _version("PySide6"),
        sqlalchemy=_version("SQLAlchemy"),
        reportlab=_version("reportlab"),
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about")
    box.setWindowTitle(QCoreApplication.translate("About", "About Walkaway"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
