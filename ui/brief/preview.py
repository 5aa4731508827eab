"""The live brief preview: a QPdfView of the brief, rebuilt shortly after edits.

Typing never waits for ReportLab: edits restart a short timer, and when it fires
the plan is copied and the PDF built on the task runner's ``BRIEF`` queue (one
build at a time, with exports and prints, so ReportLab's font registry is never
used from two threads). A result that arrives after a newer edit started another
build is dropped.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.model import Plan
from ui.tasks import BRIEF, Tasks, shared_tasks

if TYPE_CHECKING:
    from planner.brief.document import Brief

#: How long after the last edit the brief is rebuilt.
REFRESH_DELAY_MS = 350


class BriefPreview(QWidget):
    """Shows the brief of the plan last given to :meth:`show_plan`."""

    refreshed = Signal()  # a new PDF is on screen
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        tasks: Tasks | None = None,
        paper: str = "a4",
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._paper = paper
        self._tasks = tasks if tasks is not None else shared_tasks()
        self._generation = 0
        self._closed = False
        self._plan: Plan | None = None
        self._buffer: QBuffer | None = None
        self.brief: Brief | None = None  # the brief on screen
        self._built_from: tuple[Plan, date, str] | None = None  # the plan snapshot, day and paper of ``brief``

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setAccessibleName(self.tr("Brief preview"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Brief status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        # Small enough to fit beside the list and the editor on a small screen; F9 folds it away.
        self.setMinimumWidth(120)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)

    def sizeHint(self) -> QSize:
        return QSize(440, 620)

    @property
    def pdf(self) -> bytes | None:
        return self.brief.pdf if self.brief is not None else None

    def show_plan(self, plan: Plan) -> None:
        """Schedule a rebuild for ``plan``; repeated calls while typing restart the wait.

        Another deal is built at once: nothing is being typed, and the pause would leave the
        previous deal's brief beside it."""
        switched = self._plan is not None and plan.id != self._plan.id
        self._plan = plan
        if switched:
            self.refresh_now()
        else:
            self._timer.start()

    def set_paper(self, paper: str) -> None:
        self._paper = paper
        if self._plan is not None:
            self.refresh_now()

    def refresh_now(self) -> None:
        self._timer.stop()
        if self._plan is None:
            return
        self._generation += 1
        # A snapshot: the editor may change the plan while the worker reads it.
        generation, source = self._generation, (copy.deepcopy(self._plan), self._today(), self._paper)

        def build() -> Brief:
            from planner.brief.export import brief_for

            plan, today, paper = source
            return brief_for(plan, today=today, paper=paper)

        self._tasks.run(
            build,
            done=lambda brief: self._on_built(generation, source, brief),
            failed=lambda error: self._on_failed(generation, f"{type(error).__name__}: {error}"),
            queue=BRIEF,
            owner=self,
        )

    def brief_for(self, plan: Plan, today: date, paper: str) -> Brief | None:
        """The brief on screen if it was built from exactly this plan, day and paper, else None.

        Export and print use it, so that they only sign and write what the preview already shows.
        """
        if self.brief is None or self._built_from != (plan, today, paper):
            return None
        return self.brief

    def _on_built(self, generation: int, source: tuple[Plan, date, str], brief: Brief) -> None:
        if self._closed or generation != self._generation:
            return  # a newer edit is being built, or the window has closed
        self.brief = brief
        self._built_from = source
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(brief.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        notes = list(brief.warnings)
        if brief.cut:
            notes.insert(0, self.tr("Some texts are shortened to fit one page."))
        self.status.setText(" ".join(notes))
        self.status.setVisible(bool(notes))
        self.refreshed.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        if not self._closed and generation == self._generation:
            self.status.setText(self.tr("The brief could not be built: %s") % message)
            self.status.show()
            self.failed.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop cleanly: no timer left to fire, no build left running, the PDF let go."""
        self._timer.stop()
        self._plan = None
        self._closed = True
        self.wait_for_builds()
        self.document.close()
        super().closeEvent(event)

    def wait_for_builds(self, timeout_ms: int = 30_000) -> bool:
        """Block until no build is running (for closing the window and for tests)."""
        return self._tasks.wait(BRIEF, timeout_ms)
