"""Commit and sign, revise, the live brief preview, Print… and Export brief… in the main window.

A window feature (:data:`ui.shell.features.WINDOW_FEATURES`). Commit and revise are saved with
``controller.save_now`` (at once, no undo step: a signature is not something Ctrl+Z takes back).
Building, signing and writing the brief run on the task runner's ``BRIEF`` queue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from planner.dates import utc_now
from planner.errors import WalkawayError
from planner.model import Plan
from ui.brief.commit_lock import CommitBanner, install_lock
from ui.brief.export import Chooser, ask_brief_path, export_brief_as
from ui.brief.preview import BriefPreview
from ui.shell.host import Feature, Host
from ui.tasks import BRIEF

if TYPE_CHECKING:
    from planner.brief.document import Brief
    from ui.session.controller import PlanController


class BriefFeature(Feature):
    """The actions and the preview of one window (``window.findChild(BriefFeature)``)."""

    name = "briefFeature"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The clock of commit, revise and export (tests pin it).
        self.now: Callable[[], datetime] = utc_now
        #: Asks where to export (``choose(parent, suggested, chosen)``); tests hand over a path at once.
        self.choose_path: Chooser = ask_brief_path
        #: The open commit/revise/print dialog, for tests and to keep it alive.
        self.dialog: QDialog | None = None

    def install(self, host: Host) -> None:
        self.host = host
        self.controller: PlanController = host.controller
        window = host.widget

        def action(
            text: str,
            slot: Callable[[], None],
            name: str,
            shortcut: str | QKeySequence.StandardKey = "",
            *,
            writes: bool = False,
        ) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            if isinstance(shortcut, QKeySequence.StandardKey):
                made.setShortcuts(shortcut)
            elif shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            host.add_deal_action(made, writes=writes)
            return made

        host.add_deal_separator()
        self.commit_action = action(
            QCoreApplication.translate("BriefFeature", "&Commit and Sign…"),
            self.commit,
            "commit_and_sign",
            "Ctrl+Shift+K",
            writes=True,
        )
        self.revise_action = action(
            QCoreApplication.translate("BriefFeature", "&Revise Commitment…"),
            self.revise,
            "revise_commitment",
            writes=True,
        )
        self.export_action = action(
            QCoreApplication.translate("BriefFeature", "&Export Brief…"), self.export, "export_brief", "Ctrl+Shift+E"
        )
        self.print_action = action(
            QCoreApplication.translate("BriefFeature", "&Print Brief…"),
            self.print,
            "print_brief",
            QKeySequence.StandardKey.Print,
        )
        self.print_preview_action = action(
            QCoreApplication.translate("BriefFeature", "Print Pre&view…"), self.print_preview, "print_preview"
        )

        self.preview = BriefPreview(today=self.controller.today, tasks=host.tasks)
        host.set_side_pane(self.preview)
        self.banner: CommitBanner = install_lock(host, self.revise_action)
        self.controller.plan_changed.connect(self._plan_changed)
        self._plan_changed(self.controller.current_plan())

    def _plan_changed(self, plan: Plan | None) -> None:
        committed = plan is not None and plan.commitment is not None
        self.commit_action.setEnabled(plan is not None and not committed)
        self.revise_action.setEnabled(committed)
        if plan is not None:
            self.preview.show_plan(plan)

    def _plan(self) -> Plan | None:
        self.controller.flush()  # what is on screen is what gets signed or printed
        return self.controller.current_plan()

    # -- commit and revise ------------------------------------------------------

    def commit(self) -> None:
        from ui.brief.commit_dialog import CommitDialog

        plan = self._plan()
        if plan is None:
            return
        dialog = CommitDialog(plan, now=self.now, parent=self.host.widget)
        dialog.committed.connect(self.controller.save_now)
        self.dialog = dialog
        dialog.open()

    def revise(self) -> None:
        from ui.brief.revise_dialog import ReviseDialog

        plan = self._plan()
        if plan is None or plan.commitment is None:
            return
        dialog = ReviseDialog(plan, now=self.now, parent=self.host.widget)
        dialog.revised.connect(self.controller.save_now)
        self.dialog = dialog
        dialog.open()

    # -- the brief on paper and in a file -------------------------------------------

    def _when_built(self, then: Callable[[bytes], object]) -> None:
        """``then(pdf)`` with the brief on screen: the preview's if it is current, else built off the GUI thread."""
        plan = self._plan()
        if plan is None:
            return
        today = self.now().astimezone().date()
        shown = self.preview.brief_for(plan, today, "a4")
        if shown is not None:
            then(shown.pdf)
            return

        def build() -> Brief:
            from planner.brief.export import brief_for

            return brief_for(plan, today=today)

        self.host.tasks.run(build, done=lambda brief: then(brief.pdf), failed=self._failed, queue=BRIEF, owner=self)

    def print(self) -> None:
        from ui.brief.printing import open_print_dialog

        def show(pdf: bytes) -> None:
            self.dialog = open_print_dialog(pdf, self.host.widget)

        self._when_built(show)

    def print_preview(self) -> None:
        from ui.brief.printing import open_print_preview

        def show(pdf: bytes) -> None:
            self.dialog = open_print_preview(pdf, self.host.widget)

        self._when_built(show)

    def export(self) -> None:
        plan = self._plan()
        if plan is None:
            return
        moment = self.now()  # one moment: the brief's day and its signing time agree, even at midnight
        export_brief_as(
            plan,
            self.host.widget,
            now=moment,
            tasks=self.host.tasks,
            done=self._exported,
            failed=self._failed,
            choose=self.choose_path,
            built=self.preview.brief_for(plan, moment.astimezone().date(), "a4"),
            owner=self,
        )

    def _exported(self, brief: Brief) -> None:
        if brief.signed:
            state = QCoreApplication.translate("BriefFeature", "signed")
        elif brief.committed and brief.imported:
            state = QCoreApplication.translate("BriefFeature", "not signed: the commitment was imported")
        else:
            state = QCoreApplication.translate("BriefFeature", "draft, not signed")
        self.host.show_status(
            QCoreApplication.translate("BriefFeature", "Brief exported ({state})").format(state=state), 10_000
        )
        for warning in brief.warnings:
            self.host.show_error(warning)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, WalkawayError | OSError):
            raise error  # a bug: to the excepthook
        self.host.show_error(str(error))
