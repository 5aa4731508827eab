"""``WALKAWAY_QUIT_AFTER_START=1``: show the window, say so on stdout, quit with 0.

For the bundle's smoke test and the start-up benchmark, which must see the real window come up
under ``QT_QPA_PLATFORM=offscreen`` without anyone there to close it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

ENV = "WALKAWAY_QUIT_AFTER_START"


def install(app: QCoreApplication, window: QWidget) -> None:
    if os.environ.get(ENV) != "1":
        return

    def report_and_quit() -> None:
        state = "shown" if window.isVisible() else "NOT shown"
        print(f"walkaway: window {state}: {window.windowTitle()!r}", flush=True)
        app.exit(0 if window.isVisible() else 1)

    # Queued: runs once the event loop is up, after the window's first show.
    QTimer.singleShot(0, report_and_quit)
