"""The Follow-ups view: walked deals whose follow-up is overdue, due today or coming up.

It reads and writes through the ``store`` callable it is given and takes the
calendar as ``today``/``now`` callables, so tests can pin the day. Moving a
date is one transaction; reopening goes through :class:`ui.after_walk.reopen_dialog.ReopenDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import WalkawayError
from planner.followups import Urgency, moved_follow_up, snooze_date
from planner.model import Plan
from planner.services import follow_ups
from ui.after_walk.followups_model import DEAL_ID_ROLE, FOLLOW_UP_ROLE, REASON, FollowUpsModel
from ui.after_walk.reopen_dialog import ReopenDialog
from ui.common import colours
from ui.common.dates_text import date_format
from ui.common.file_dialogs import file_dialog
from ui.tasks import Tasks, shared_tasks

if TYPE_CHECKING:
    from planner.followups import FollowUp
    from planner.store.deal_store import DealStore


def _ask_ics_path(parent: QWidget, chosen: Callable[[str], None]) -> QFileDialog:
    """The save dialog, opened with ``open()``; ``chosen(name)`` when the user picks a file."""
    dialog = file_dialog(
        parent,
        QCoreApplication.translate("FollowUpsView", "Export follow-ups to a calendar"),
        QCoreApplication.translate("FollowUpsView", "iCalendar files (*.ics)"),
        save=True,
        suggested="walkaway-follow-ups.ics",
        name="export_ics_dialog",
    )
    dialog.setDefaultSuffix("ics")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


class FollowUpsView(QWidget):
    changed = Signal(int)  # a deal's follow-up moved, or it was reopened
    open_requested = Signal(int)  # show this deal in the window
    exported = Signal(str)  # the .ics file written

    def __init__(
        self,
        store: Callable[[], DealStore],
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] | None = None,
        save: Callable[[Plan], object] | None = None,
        get_plan: Callable[[int], Plan] | None = None,
        ask_ics_path: Callable[[QWidget, Callable[[str], None]], object] = _ask_ics_path,
        tasks: Tasks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from planner.dates import utc_now

        self._store = store
        self._today = today
        self._now = now or utc_now
        # How a changed plan is saved and a deal read: the window passes its controller's
        # save_now() and a reader that writes any pending edit first, so nothing is lost.
        self._save = save or (lambda plan: self._store().save_plan(plan))
        self._get_plan = get_plan or (lambda deal_id: self._store().get_plan(deal_id))
        self._ask_ics_path = ask_ics_path
        self._tasks = tasks if tasks is not None else shared_tasks()
        self._writable = True
        self.reopen_dialog: ReopenDialog | None = None
        self.model = FollowUpsModel(parent=self)
        self._build()
        self.refresh()

    # -- building -------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("follow_ups_summary")
        self.summary.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(self.tr("No walked deal is waiting for a follow-up."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("follow_ups_empty")

        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze the follow-up"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: list[QAction] = []
        snoozes = (
            (self.tr("Tomorrow"), 1),
            (self.tr("In 3 days"), 3),
            (self.tr("In a week"), 7),
            (self.tr("In two weeks"), 14),
        )
        for label, days in snoozes:
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, d=days: self.snooze_selected(d))
            self.snooze_actions.append(action)
        self.snooze_button.setMenu(menu)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setAccessibleName(self.tr("New follow-up date"))
        self.date_edit.setToolTip(self.tr("The new day to follow up; Move to this date sets it"))
        self.reschedule_button = QPushButton(self.tr("Move to this date"))
        self.reschedule_button.setAccessibleName(self.tr("Reschedule the follow-up"))
        self.reschedule_button.clicked.connect(self.reschedule_selected)

        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the deal"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.open_button = QPushButton(self.tr("Open deal"))
        self.open_button.clicked.connect(self._open_selected)
        self.export_button = QPushButton(self.tr("Export to calendar…"))
        self.export_button.setAccessibleName(self.tr("Export the follow-ups as an iCalendar file"))
        self.export_button.clicked.connect(self.export_calendar)
        export_action = QAction(self)
        export_action.setShortcut(QKeySequence.StandardKey.Save)
        export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        export_action.triggered.connect(self.export_calendar)
        self.addAction(export_action)

        self.error = QLabel()
        self.error.setObjectName("follow_ups_error")
        self.error.setWordWrap(True)
        colours.tint(self.error, "error")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.date_edit)
        buttons.addWidget(self.reschedule_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- reading --------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the store, keeping the selected deal selected."""
        keep = self.selected_deal_id()
        today = self._today()
        items = follow_ups(self._store(), today)
        self.model.set_items(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.summary.setText(summary_text(items))
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_deal_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(DEAL_ID_ROLE) if rows else None

    def selected_follow_up(self) -> FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(FOLLOW_UP_ROLE) if rows else None

    def select_deal(self, deal_id: int) -> None:
        row = self.model.row_of(deal_id)
        if row >= 0:
            self.table.selectRow(row)

    def set_writable(self, writable: bool) -> None:
        """Off: the file is read-only here (another window has it), so nothing that writes is offered."""
        self._writable = writable
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected_follow_up()
        for widget in (self.snooze_button, self.reschedule_button, self.reopen_button, self.date_edit):
            widget.setEnabled(item is not None and self._writable)
        self.open_button.setEnabled(item is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        if item is not None:
            day = max(item.follow_up_on, self._today())
            self.date_edit.setDate(QDate(day.year, day.month, day.day))

    # -- acting ---------------------------------------------------------------

    def snooze_selected(self, days: int) -> None:
        self._move(lambda today: snooze_date(today, days))

    def reschedule_selected(self) -> None:
        chosen = self.date_edit.date()
        self._move(lambda _today: date(chosen.year(), chosen.month(), chosen.day()))

    def _move(self, target: Callable[[date], date]) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is None or not self._writable:
            return
        today = self._today()
        try:
            plan = moved_follow_up(self._get_plan(deal_id), target(today), today=today, now=self._now())
            self._save(plan)
        except WalkawayError as error:
            self._show_error(str(error))
            return
        self._show_error("")
        self.refresh()
        self.select_deal(deal_id)
        self.changed.emit(deal_id)

    def reopen_selected(self) -> ReopenDialog | None:
        """Open the Reopen dialog (window-modal, never blocking) for the selected deal."""
        deal_id = self.selected_deal_id()
        if deal_id is None or not self._writable:
            return None
        try:
            plan = self._get_plan(deal_id)
        except WalkawayError as error:
            self._show_error(str(error))
            return None
        dialog = ReopenDialog(plan, today=self._today, save=self._save, parent=self)
        dialog.reopened.connect(lambda saved: self._after_reopen(saved.id))
        self.reopen_dialog = dialog
        dialog.open()
        return dialog

    def _after_reopen(self, deal_id: int) -> None:
        self.refresh()
        self.changed.emit(deal_id)

    def _open_selected(self) -> None:
        deal_id = self.selected_deal_id()
        if deal_id is not None:
            self.open_requested.emit(deal_id)

    def export_calendar(self) -> None:
        """Ask where (without blocking), then write every follow-up listed as an .ics file, off the GUI thread."""
        items = self.model.items()
        if items:
            self._ask_ics_path(self, lambda name: self._write_calendar(name, items))

    def _write_calendar(self, name: str, items: list[FollowUp]) -> None:
        if not name:
            return
        from planner.ics import write_follow_ups_calendar

        stamp = self._now()

        def refused(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            self._show_error(self.tr("Could not write {name}: {why}").format(name=name, why=error.strerror))

        self._tasks.run(
            lambda: write_follow_ups_calendar(name, items, stamp=stamp),
            done=self._calendar_written,
            failed=refused,
            owner=self,
        )

    def _calendar_written(self, path: object) -> None:
        self._show_error("")
        self.exported.emit(str(path))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def summary_text(items: list[FollowUp]) -> str:
    from PySide6.QtCore import QCoreApplication

    overdue = sum(1 for i in items if i.urgency is Urgency.OVERDUE)
    due = sum(1 for i in items if i.urgency is Urgency.DUE)
    upcoming = len(items) - overdue - due
    if not items:
        return QCoreApplication.translate("FollowUpsView", "Walked deals you plan to call back appear here.")
    return QCoreApplication.translate(
        "FollowUpsView", "{overdue} overdue, {due} due today, {upcoming} coming up. Oldest first."
    ).format(overdue=overdue, due=due, upcoming=upcoming)
