"""The Rounds section: the table of rounds (each with the verdict it left), a quick-entry row,
corrections, and the offers chart.

A round is typed in a few keystrokes: their offer, Enter. The other fields are there when
needed (our offer, "their final offer", unmet conditions and signals from drop-down checklists,
the first-time-today answer, hours, a note). A logged round can be corrected (Edit round…,
double-click) or deleted (Delete round, the Delete key); each correction is kept in the deal's
history (:mod:`planner.corrections`).

Every change goes to ``save(plan, description)``: in the window, one undoable step written at
once (``controller.apply`` and ``flush``), so Ctrl+Z takes back a round logged, edited or deleted.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.corrections import CAN_CORRECT, correction_text, deleted_plan
from planner.errors import WalkawayError
from planner.model import Plan, Status
from planner.services import plan_with_round
from ui.common import colours
from ui.common.column_fit import ColumnFitter
from ui.room.offers_chart import OffersChart
from ui.room.round_dialog import RoundDialog
from ui.room.round_fields import RoundFields
from ui.room.rounds_model import (
    DATE,
    FINAL,
    FIRST_TIME,
    HOURS,
    NOTE,
    OUR_OFFER,
    PACKAGE,
    SIGNALS,
    THEIR_OFFER,
    UNMET,
    VERDICT,
    RoundsModel,
)


def utc_now() -> datetime:
    """The moment of a correction, to the second (as it is shown and kept)."""
    return datetime.now(UTC).replace(microsecond=0)


class RoundsSection(QWidget):
    """Emits :attr:`round_entered` with the new plan at once, :attr:`round_logged` after ``save`` took it."""

    round_entered = Signal(object)
    round_logged = Signal(object)

    def __init__(
        self,
        save: Callable[[Plan, str], object],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.today = today
        self.now = now
        self._plan: Plan | None = None
        self._writable = True
        self.round_dialog: RoundDialog | None = None

        self.model = RoundsModel(self)
        self.table = QTableView()
        self.table.setMinimumHeight(140)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rounds"))
        self.table.setToolTip(
            self.tr(
                "Every round logged, in the order it happened, with the verdict it left; "
                "↺ marks rounds after a reopen. Double-click a round to correct it"
            )
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Dates, offers and hours whole; the texts give way, then the verdict (its cell's tooltip
        # has it whole), the note last (ui/common/column_fit.py).
        figures = (HOURS, OUR_OFFER, PACKAGE, THEIR_OFFER, DATE)  # never cut; only their headers may end in "…"
        self.columns = ColumnFitter(
            self.table,
            main=NOTE,
            give_way=(FIRST_TIME, SIGNALS, UNMET, FINAL, VERDICT, *figures),
            floors=dict.fromkeys((FIRST_TIME, SIGNALS, UNMET, FINAL, VERDICT, NOTE), 16),
            keep_text=figures,
        )
        self.table.doubleClicked.connect(lambda index: self.edit_round(index.row() + 1))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_corrections())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.edit_action = QAction(self.tr("Edit round…"), self)
        self.edit_action.setToolTip(self.tr("Correct the selected round; the correction is kept in the history"))
        self.edit_action.triggered.connect(lambda: self.edit_round(self.selected_number()))
        self.delete_action = QAction(self.tr("Delete round"), self)
        self.delete_action.setToolTip(self.tr("Delete the selected round; it is kept in the history (Ctrl+Z undoes)"))
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_round(self.selected_number()))
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.corrections_label = QLabel()
        self.corrections_label.setObjectName("roundCorrections")
        self.corrections_label.setAccessibleName(self.tr("Corrections of logged rounds"))
        self.corrections_label.setToolTip(self.tr("Rounds corrected after they were logged; hover for the history"))
        self.edit_button = QPushButton(self.edit_action.text())
        self.edit_button.setToolTip(self.edit_action.toolTip())
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.delete_button = QPushButton(self.delete_action.text())
        self.delete_button.setToolTip(self.delete_action.toolTip())
        self.delete_button.clicked.connect(self.delete_action.trigger)

        self.fields = RoundFields(self)
        # The fields by name, as the tests and the benchmark reach them.
        f = self.fields
        self.date_edit, self.their_edit, self.our_edit = f.date_edit, f.their_edit, f.our_edit
        self.final_check = f.final_check
        self.conditions_button, self.signals_button = f.conditions_button, f.signals_button
        self.first_time_combo, self.hours_edit, self.note_edit = f.first_time_combo, f.hours_edit, f.note_edit
        self.log_button = QPushButton(self.tr("Log round"))
        self.log_button.setAccessibleName(self.tr("Log round"))
        self.log_button.setToolTip(self.tr("Add this round and update the verdict (Enter)"))
        self.log_button.clicked.connect(self.log_round)
        for edit in (self.their_edit, self.our_edit, self.hours_edit, self.note_edit):
            edit.returnPressed.connect(self.log_round)
        f.term_return_pressed.connect(self.log_round)
        self.error_label = QLabel()
        colours.tint(self.error_label, "error")
        self.error_label.setAccessibleName(self.tr("Round entry error"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        # Two short rows fit the editor beside the brief preview: what was offered, then what else happened.
        for edit in (self.their_edit, self.our_edit):
            edit.setMinimumWidth(90)
        self.final_check.setText(self.tr("Final"))  # short, to fit beside the editor; the tooltip says the rest
        offers_row = QHBoxLayout()
        offers_row.setSpacing(4)
        offers_row.addWidget(self.date_edit)
        offers_row.addWidget(self.their_edit, 1)
        offers_row.addWidget(self.our_edit, 1)
        offers_row.addWidget(self.log_button)
        more_row = QHBoxLayout()
        more_row.setSpacing(4)
        extras: tuple[QWidget, ...] = (
            self.final_check,
            self.first_time_combo,
            self.conditions_button,
            self.signals_button,
            self.hours_edit,
        )
        for extra in extras:
            more_row.addWidget(extra)
        more_row.addWidget(self.note_edit, 1)
        corrections_row = QHBoxLayout()
        corrections_row.setSpacing(4)
        corrections_row.addWidget(self.edit_button)
        corrections_row.addWidget(self.delete_button)
        corrections_row.addWidget(self.corrections_label)
        corrections_row.addStretch(1)

        self.chart = OffersChart()
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addLayout(corrections_row)
        table_layout.addLayout(offers_row)
        table_layout.addLayout(more_row)
        table_layout.addWidget(f.terms_box)  # their terms besides the price (a package), in the same entry
        for edit in (self.their_edit, self.our_edit):  # AmountEdit's own inline message, as typed
            table_layout.addWidget(edit.error_label)
        table_layout.addWidget(self.error_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_box)
        splitter.addWidget(self.chart)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter)

        # Ctrl+Enter logs from anywhere in the section, e.g. with the signals menu just closed.
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.log_round)
        self.setFocusProxy(self.their_edit)  # showing the section puts the cursor where a round starts
        self.load(None)

    # -- showing the plan ---------------------------------------------------------

    def load(self, plan: Plan | None) -> None:
        same_deal = plan is not None and self._plan is not None and plan.id == self._plan.id
        self._plan = copy.deepcopy(plan) if plan is not None else None
        self.model.set_plan(plan)
        self.chart.load(plan)
        if plan is not None and self.model.rowCount():
            self.table.scrollToBottom()
        if not same_deal:
            self._reset_entry()
        self._hide_empty_columns()
        self.columns.measure()
        self.fields.fill_choices(plan)
        self._update_entry()
        self._show_corrections(plan)

    def _hide_empty_columns(self) -> None:
        """The package score shows for a plan that scores packages; final, unmet conditions, signals and
        the first-time answer once a round has them: empty, they would only take room from the offers."""
        model = self.model
        self.table.setColumnHidden(PACKAGE, not model.has_package())
        for column in (FINAL, UNMET, SIGNALS, FIRST_TIME):
            empty = not any(model.index(row, column).data() for row in range(model.rowCount()))
            self.table.setColumnHidden(column, empty)

    def _show_corrections(self, plan: Plan | None) -> None:
        """How many rounds were corrected, and (tooltip) every correction: the log is evidence."""
        corrections = plan.corrections if plan is not None else []
        count = len(corrections)
        self.corrections_label.setText(
            "" if not count else self.tr("1 correction") if count == 1 else self.tr("{n} corrections").format(n=count)
        )
        assert plan is not None or not count
        history = "\n".join(correction_text(plan, c) for c in corrections) if plan is not None else ""
        self.corrections_label.setToolTip(history or self.tr("No round has been corrected"))

    def set_writable(self, writable: bool) -> None:
        """A window that may not write the file offers no entry and no corrections."""
        self._writable = writable
        self._update_entry()

    def _update_entry(self) -> None:
        plan = self._plan
        can_log = plan is not None and self._writable and self._why_not(plan) == ""
        for widget in [*self.fields.widgets(), self.log_button]:
            widget.setEnabled(can_log)
        self.status_label.setText(self._why_not(plan) if plan is not None else "")
        self.status_label.setVisible(bool(self.status_label.text()))
        self._update_corrections()

    def _update_corrections(self) -> None:
        plan = self._plan
        can = plan is not None and self._writable and plan.status in CAN_CORRECT and self.selected_number() > 0
        for item in (self.edit_action, self.delete_action, self.edit_button, self.delete_button):
            item.setEnabled(can)

    def _why_not(self, plan: Plan) -> str:
        if plan.status is Status.PLANNING:
            return self.tr("Commit to your walk-away point before the first round.")
        if plan.status is Status.WALKED:
            return self.tr("You walked away from this deal. If they come back, reopen it to log new rounds.")
        if plan.status in (Status.AGREED, Status.DROPPED):
            return self.tr("This deal is closed.")
        return ""

    def _reset_entry(self) -> None:
        self.fields.clear(self.today())
        self.error_label.hide()

    def selected_number(self) -> int:
        """The selected round's number (1 for the first), 0 when none is selected."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() + 1 if rows else 0

    def select_round(self, number: int) -> None:
        self.table.selectRow(number - 1)

    # -- logging --------------------------------------------------------------------

    def log_round(self) -> None:
        """Check the entry, add the round, hand the plan to ``save``; errors show under the row."""
        if self._plan is None or not self.log_button.isEnabled():
            return
        try:
            plan = plan_with_round(self._plan, today=self.today(), **self.fields.values(self._plan))
        except WalkawayError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        # The verdict first, the disk after: listeners of round_entered (the banner) update now and
        # are painted in the next frame; the durable write (~100 ms) and the chart follow at once.
        self._plan = plan
        self.model.set_plan(plan)
        self.table.scrollToBottom()
        self._reset_entry()
        self.their_edit.setFocus()
        self.round_entered.emit(plan)
        QTimer.singleShot(0, lambda: self._save_logged(plan))

    def _save_logged(self, plan: Plan) -> None:
        self._save(plan, self.tr("Log round"))
        self.chart.load(plan)
        self.round_logged.emit(plan)

    # -- corrections ------------------------------------------------------------------

    def edit_round(self, number: int) -> None:
        """Open the round editor on round ``number``; the corrected plan is saved when it is accepted."""
        if self._plan is None or number < 1 or not self._writable or self._plan.status not in CAN_CORRECT:
            return
        self.round_dialog = RoundDialog(self._plan, number, today=self.today, now=self.now, parent=self)
        self.round_dialog.corrected.connect(lambda plan: self._corrected(plan, number, self.tr("Edit round")))
        self.round_dialog.open()

    def delete_round(self, number: int) -> None:
        """Delete round ``number`` (kept in the history; undo brings it back)."""
        if self._plan is None or number < 1 or not self._writable:
            return
        try:
            plan = deleted_plan(self._plan, number, now=self.now())
        except WalkawayError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self._corrected(plan, number, self.tr("Delete round"))

    def _corrected(self, plan: Plan, number: int, description: str) -> None:
        self.load(plan)
        self.round_entered.emit(plan)
        self._save(plan, description)
        if self.model.rowCount():
            self.select_round(min(number, self.model.rowCount()))
        self.round_logged.emit(plan)
