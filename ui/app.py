"""Start the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from planner import __version__
from ui import smoke


def run(db: Path | None = None, file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Walkaway")
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle(QCoreApplication.translate("MainWindow", "Walkaway"))
    window.setCentralWidget(QLabel(QCoreApplication.translate("MainWindow", "Walkaway")))
    window.show()
    smoke.install(app, window)
    return app.exec()
