"""Start the desktop application: one window on one Walkaway file.

``run(db, file)``: ``file`` may be a Walkaway file (opened instead of ``db``) or a
``*.walkaway.json`` plan file (imported into ``db`` and selected). The window is
painted from a lean read of the deal list first; the full store (SQLAlchemy)
opens right after the first paint, so start-up stays fast.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__
from planner.errors import WalkawayError
from planner.logs import log_unexpected, setup_logging
from planner.paths import default_db_path

if TYPE_CHECKING:
    from planner.store.server.address import ServerAddress

log = logging.getLogger("walkaway.ui")

#: Set to make the window quit right after its first paint with the deal list (start-up benchmark).
QUIT_AFTER_PAINT_ENV = "WALKAWAY_QUIT_AFTER_PAINT"


def is_plan_file(path: Path) -> bool:
    return path.name.lower().endswith(".json")


def make_application() -> QApplication:
    existing = QApplication.instance()
    # A QApplication, never a bare QCoreApplication: the window layer needs widgets.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Walkaway")
    app.setOrganizationName("Walkaway")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.walkaway.Walkaway")
    return app


#: Error boxes on screen, referenced so Python does not collect a parentless one.
_SHOWN: list[QMessageBox] = []


def install_excepthook() -> None:
    """An unexpected error is logged and shown; the window stays open with the user's data saved."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        error.__traceback__ = tb
        if isinstance(error, WalkawayError):
            message = str(error)
        else:
            where = log_unexpected(error)
            message = QCoreApplication.translate(
                "App", "Something went wrong: {error}.\nYour plans are safe; the details are in {log}."
            ).format(error=f"{kind.__name__}: {error}", log=where)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Walkaway"),
            message,
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        # Without a parent window nothing else holds the box: keep it until it is closed.
        _SHOWN.append(box)
        box.finished.connect(lambda *_: _SHOWN.remove(box) if box in _SHOWN else None)
        box.open()

    sys.excepthook = hook


class _QuitAfterPaint(QObject):
    """For the start-up benchmark: quit once the deal table has painted its rows."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._window.deal_list.model.rowCount() > 0:
            print(f"painted {time.time()!r}", flush=True)  # a clock reading, not an amount
            QTimer.singleShot(0, QApplication.quit)
        return False


def run(db: Path | ServerAddress | None = None, file: Path | None = None) -> int:
    from planner.crash_trace import CrashWatch, unclean_endings
    from ui.shell.first_run import prepare_application, welcome_on_first_start
    from ui.shell.quit_signals import install_quit_signals

    setup_logging()
    app = make_application()
    prepare_application(app)
    install_excepthook()
    plan_file = file if file is not None and is_plan_file(file) else None
    target = file if file is not None and plan_file is None else (db or default_db_path())

    from ui.shell.window_manager import open_window

    window = open_window(Path(target) if isinstance(target, Path) else target, plan_file=plan_file)
    if window is None:
        return 2
    quit_signals = install_quit_signals(app)
    try:
        endings = unclean_endings()  # before this session marks itself as running
    except OSError:
        endings = []
    watch = CrashWatch(Path(target).expanduser().resolve() if isinstance(target, Path) else Path(str(target)))
    try:
        watch.start()
    except OSError as error:  # a read-only log folder: run without a crash trace
        log.warning("no crash trace: %s", type(error).__name__)
    if os.environ.get(QUIT_AFTER_PAINT_ENV):
        window.deal_list.table.viewport().installEventFilter(_QuitAfterPaint(window))
    else:
        welcome_on_first_start(window)
        if endings:
            from ui.shell.crash_notice import show_crash_notice

            QTimer.singleShot(0, lambda: show_crash_notice(window, endings))
    try:
        return app.exec()
    finally:
        watch.stop()
        quit_signals.uninstall()
