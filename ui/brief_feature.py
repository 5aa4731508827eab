"""Commit and sign, revise, the live brief preview, Print… and Export brief… in the main window.

``install(window)`` is listed in :data:`ui.features.WINDOW_FEATURES`. Commit and
revise are recorded with ``controller.record`` (saved at once, no undo step: a
signature is not something Ctrl+Z takes back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from planner.dates import utc_now
from planner.errors import WalkawayError
from planner.model import Plan
from ui.brief_preview import BriefPreview
from ui.commit_lock import install_lock

if TYPE_CHECKING:
    from planner.brief.document import Brief
    from ui.main_window import MainWindow


class BriefFeature:
    """The actions and the preview of one window; kept on ``window.brief_feature``."""

    def __init__(self, window: MainWindow, now: Callable[[], datetime]) -> None:
        self.window = window
        self.controller = window.controller
        self.now = now
        self.dialog = None  # the open commit/revise/print dialog, for tests and to keep it alive
        from ui.printing import choose_brief_path

        #: Asks where to export; tests put a function here instead of the file dialog.
        self.choose_path = choose_brief_path

        def action(
            text: str, slot: Callable[[], None], name: str, shortcut: object = None, *, writes: bool = False
        ) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            if isinstance(shortcut, QKeySequence.StandardKey):
                made.setShortcuts(shortcut)
            elif shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            window.add_deal_action(made, writes=writes)
            return made

        window.deal_menu.addSeparator()
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

        self.preview = BriefPreview(today=self.controller.today)
        window.set_side_pane(self.preview)
        self.banner = install_lock(window, self.revise_action)
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

    def commit(self) -> None:
        from ui.commit_dialog import CommitDialog

        plan = self._plan()
        if plan is None:
            return
        self.dialog = CommitDialog(plan, now=self.now, parent=self.window)
        self.dialog.committed.connect(self.controller.record)
        self.dialog.open()

    def revise(self) -> None:
        from ui.revise_dialog import ReviseDialog

        plan = self._plan()
        if plan is None or plan.commitment is None:
            return
        self.dialog = ReviseDialog(plan, now=self.now, parent=self.window)
        self.dialog.revised.connect(self.controller.record)
        self.dialog.open()

    def _brief(self, plan: Plan, paper: str = "a4", now: datetime | None = None) -> Brief:
        """The plan's unsigned brief for the day of ``now``: the preview's when it is up to date, else built now."""
        today = (now or self.now()).astimezone().date()
        built = self.preview.brief_for(plan, today, paper)
        if built is not None:
            return built
        from planner.brief.document import brief_for

        return brief_for(plan, today=today, paper=paper)

    def _pdf(self) -> bytes | None:
        plan = self._plan()
        return None if plan is None else self._brief(plan).pdf

    def print(self) -> None:
        from ui.printing import open_print_dialog

        pdf = self._pdf()
        if pdf is not None:
            self.dialog = open_print_dialog(pdf, self.window)

    def print_preview(self) -> None:
        from ui.printing import open_print_preview

        pdf = self._pdf()
        if pdf is not None:
            self.dialog = open_print_preview(pdf, self.window)

    def export(self) -> None:
        from ui.printing import export_brief_as

        plan = self._plan()
        if plan is None:
            return
        try:
            moment = self.now()  # one moment: the brief's day and its signing time agree, even at midnight
            brief = export_brief_as(
                plan,
                self.window,
                now=lambda: moment,
                choose=self.choose_path,
                built=lambda chosen, paper: self._brief(chosen, paper, moment),
            )
        except (WalkawayError, OSError) as error:
            self.window.show_error(str(error))
            return
        if brief is not None:
            if brief.signed:
                state = QCoreApplication.translate("BriefFeature", "signed")
            elif brief.committed and brief.imported:
                state = QCoreApplication.translate("BriefFeature", "not signed: the commitment was imported")
            else:
                state = QCoreApplication.translate("BriefFeature", "draft, not signed")
            self.window.statusBar().showMessage(
                QCoreApplication.translate("BriefFeature", "Brief exported ({state})").format(state=state), 10_000
            )
            for warning in brief.warnings:
                self.window.show_error(warning)


def install(window: MainWindow, *, now: Callable[[], datetime] = utc_now) -> BriefFeature:
    feature = BriefFeature(window, now)
    window.brief_feature = feature  # type: ignore[attr-defined]
    return feature
