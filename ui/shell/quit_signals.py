"""Ctrl+C in the terminal that started the window (SIGINT), or a logout (SIGTERM): quit cleanly.

Python runs a signal handler only between bytecodes, and Qt's event loop is C++: without help a
SIGINT would wait for the next mouse move. The handler's wake-up byte goes to a socket that a
``QSocketNotifier`` watches, which brings the loop back into Python at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import sys

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication


class QuitOnSignal(QObject):
    """Installed once per application; :meth:`quit` closes every window the way Quit does."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in (signal.SIGINT, signal.SIGTERM)}

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            self._reader.recv(512)

    def _handle(self, _signum: int, _frame: object) -> None:
        QTimer.singleShot(0, self.quit)

    def quit(self) -> None:
        """Write what can be written, put what the file refuses in the rescued folder, close, quit."""
        from ui.shell.window_manager import WINDOWS

        for window in list(WINDOWS):
            controller = window.controller
            if not controller.flush():
                rescued = controller.rescue_unsaved()
                if rescued is not None:
                    print(f"walkaway: changes the file refused were written to {rescued}", file=sys.stderr)
                controller.discard_unsaved()
            window.close()
        QApplication.quit()

    def uninstall(self) -> None:
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def install_quit_signals(app: QApplication) -> QuitOnSignal:
    return QuitOnSignal(app)
