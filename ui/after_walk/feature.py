"""After the walk, plugged into the main window: the Follow-ups list and the walking record (a dock),
a badge and a start-up notice above the deal list, Reopen… and Record Outcome… on the Deal menu,
and the "After the walk" section of the deal editor.

A window feature (``ui.shell.features.WINDOW_FEATURES``). Writes go through ``controller.save_now``
(reopening and outcomes are not undoable edits); reads write any pending edit first. In a window
that may not write, the follow-ups view offers no Snooze, Move or Reopen….
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QMenu, QPushButton, QTabWidget, QWidget

from planner.errors import WalkawayError
from planner.model import Plan, Status
from ui.after_walk.followup_notice import FollowUpNotice
from ui.after_walk.section import AfterWalkSection
from ui.common import colours
from ui.shell.host import Feature, Host

if TYPE_CHECKING:
    from ui.after_walk.followups_view import FollowUpsView
    from ui.after_walk.walking_record_view import WalkingRecordView
    from ui.session.controller import PlanController


class FollowUpsFeature(Feature):
    """The follow-ups' widgets and actions for one window (``window.findChild(FollowUpsFeature)``)."""

    name = "followUpsFeature"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view: FollowUpsView | None = None  # built on first show: it needs the store
        self.walking_record_view: WalkingRecordView | None = None
        self.dialog: QWidget | None = None

    def install(self, host: Host) -> None:
        self.host = host
        self.controller: PlanController = host.controller
        self.today: Callable[[], date] = self.controller.today
        window = host.widget

        self.section = AfterWalkSection()
        self.section.reopen_requested.connect(self.open_reopen_dialog)
        self.section.outcome_requested.connect(self.open_outcome_dialog)
        host.add_section("after_walk", self.tr("After the walk"), self.section)

        self.reopen_action = QAction(self.tr("Re&open…"), window)
        self.reopen_action.setObjectName("reopenAction")
        self.reopen_action.setToolTip(self.tr("They came back: reopen the walked deal, with its history"))
        self.reopen_action.triggered.connect(self.open_reopen_dialog)
        host.add_deal_action(self.reopen_action, writes=True)
        self.outcome_action = QAction(self.tr("Record Outco&me…"), window)
        self.outcome_action.setObjectName("recordOutcomeAction")
        self.outcome_action.triggered.connect(self.open_outcome_dialog)
        host.add_deal_action(self.outcome_action, writes=True)

        self._build_dock()
        self._build_menu()
        self._build_badge()

        self.controller.plan_changed.connect(self.load)
        self.controller.deal_list_changed.connect(self.refresh)
        host.session.writable_changed.connect(self._writable_changed)
        self.load(self.controller.current_plan())
        # After the window is up: the lean deal list is enough for the badge and the notice.
        QTimer.singleShot(0, self.check_at_start)

    # -- building -------------------------------------------------------------

    def _build_dock(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())
        self.dock = QDockWidget(self.tr("After the walk"), self.host.widget)
        self.dock.setObjectName("afterWalkDock")
        self.dock.setWidget(self.tabs)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.host.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.visibilityChanged.connect(self._dock_shown)

    def _build_menu(self) -> None:
        self.menu = QMenu(self.tr("F&ollow-ups"), self.host.widget)
        self.show_action = self.menu.addAction(self.tr("Show &Follow-ups"))
        self.show_action.setObjectName("showFollowUpsAction")
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.show_action.triggered.connect(lambda: self.show_tab(0))
        self.walking_record_action = self.menu.addAction(self.tr("Walking &Record"))
        self.walking_record_action.setObjectName("walkingRecordAction")
        self.walking_record_action.triggered.connect(lambda: self.show_tab(1))
        self.export_action = self.menu.addAction(self.tr("&Export Follow-ups to Calendar…"))
        self.export_action.setObjectName("exportFollowUpsAction")
        self.export_action.triggered.connect(self.export_calendar)
        self.host.add_menu(self.menu)

    def _build_badge(self) -> None:
        # At the top of the deal list: the count of due follow-ups, and the start-up notice.
        self.badge = QPushButton()
        self.badge.setObjectName("followUpsBadge")
        self.badge.setAccessibleName(self.tr("Follow-ups due"))
        self.badge.setFlat(True)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.clicked.connect(lambda: self.show_tab(0))
        colours.follow_palette(
            self.badge,
            lambda: self.badge.setStyleSheet(
                f"QPushButton {{ color: {colours.css(colours.error())}; font-weight: bold; text-align: left; }}"
            ),
        )
        self.badge.hide()
        self.notice = FollowUpNotice()
        self.notice.show_requested.connect(lambda: self.show_tab(0))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.badge)
        line.addStretch(1)
        self.host.add_list_header(row)
        self.host.add_list_header(self.notice)

    # -- follow-ups: badge, notice, dock --------------------------------------

    def due(self) -> list[tuple[str, int]]:
        """(title, days overdue) of walked deals due today or earlier, oldest first."""
        today = self.today()
        try:
            summaries = self.controller.deal_summaries()
        except WalkawayError:
            return []  # a refused file: the window already says why (ui/session/open_errors.py)
        walked = [
            (d.follow_up_on, d.id, d.title)
            for d in summaries
            if d.status is Status.WALKED and d.follow_up_on is not None and d.follow_up_on <= today
        ]
        walked.sort()  # oldest first; the id keeps the order of one day's deals stable
        return [(title, (today - day).days) for day, _id, title in walked]

    def check_at_start(self) -> None:
        self.notice.show_due(self.due())
        self._update_badge()

    def _update_badge(self) -> None:
        count = len(self.due())
        self.badge.setVisible(count > 0)
        text = self.tr("1 follow-up due") if count == 1 else self.tr("{n} follow-ups due").format(n=count)
        self.badge.setText(f"● {text}")

    def refresh(self) -> None:
        self._update_badge()
        if self.dock.isVisible():
            self._fill_current_tab()

    def show_tab(self, index: int) -> None:
        self.notice.hide()
        self._ensure_tabs()
        self.tabs.setCurrentIndex(index)
        self.dock.show()
        self.dock.raise_()
        self._fill_current_tab()

    def _ensure_tabs(self) -> None:
        if self.view is not None:
            return
        from planner.dates import utc_now
        from ui.after_walk.followups_view import FollowUpsView
        from ui.after_walk.walking_record_view import WalkingRecordView

        self.view = FollowUpsView(
            lambda: self.controller.store,
            today=self.today,
            now=utc_now,
            save=self.controller.save_now,
            get_plan=self._get_plan,
            tasks=self.host.tasks,
        )
        self.view.set_writable(self.host.session.writable)
        self.view.open_requested.connect(self.controller.select_deal)
        self.walking_record_view = WalkingRecordView(lambda: self.controller.store)
        self.tabs.addTab(self.view, self.tr("Follow-ups"))
        self.tabs.addTab(self.walking_record_view, self.tr("Walking record"))

    def _fill_current_tab(self) -> None:
        if self.view is None or self.walking_record_view is None:
            return
        (self.view if self.tabs.currentIndex() == 0 else self.walking_record_view).refresh()

    def export_calendar(self) -> None:
        self.show_tab(0)
        assert self.view is not None
        self.view.export_calendar()

    # -- the open deal --------------------------------------------------------

    def load(self, plan: Plan | None) -> None:
        if plan is not None:
            self.section.load(plan)
        status = plan.status if plan is not None else None
        self.reopen_action.setEnabled(status is Status.WALKED)
        self.outcome_action.setEnabled(status in (Status.WALKED, Status.REOPENED))

    def _get_plan(self, deal_id: int) -> Plan:
        self.controller.flush()  # a pending edit is written before the deal is read
        return self.controller.store.get_plan(deal_id)

    def _writable_changed(self, writable: bool) -> None:
        if self.view is not None:
            self.view.set_writable(writable)

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self._fill_current_tab()

    def open_reopen_dialog(self) -> None:
        from ui.after_walk.reopen_dialog import ReopenDialog

        plan = self.controller.current_plan()
        if plan is None or plan.status is not Status.WALKED:
            return
        dialog = ReopenDialog(plan, today=self.today, save=self.controller.save_now, parent=self.host.widget)
        dialog.reopened.connect(lambda _plan: self.host.show_section("after_walk"))
        self.dialog = dialog
        dialog.open()

    def open_outcome_dialog(self) -> None:
        from ui.after_walk.outcome_dialog import OutcomeDialog

        plan = self.controller.current_plan()
        if plan is None or plan.status not in (Status.WALKED, Status.REOPENED):
            return
        dialog = OutcomeDialog(plan, today=self.today, save=self.controller.save_now, parent=self.host.widget)
        self.dialog = dialog
        dialog.open()
