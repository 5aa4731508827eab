"""The Rounds section: the table of rounds, a quick-entry row, and the offers chart.

A round is typed in a few keystrokes: their offer, Enter. The other fields are there
when needed (our offer, unmet conditions and signals from drop-down checklists, the
first-time-today answer, hours, a note). Logging hands the changed plan to ``save``
(the window's controller's ``save_now``: a round logged is an action that undo does not revert).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import WalkawayError
from planner.model import Plan, SignalEvent, SignalKind
from planner.money import AmountError
from planner.services import plan_with_round
from ui.common import colours
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.column_fit import ColumnFitter
from ui.common.dates_text import date_format
from ui.room.offers_chart import OffersChart
from ui.room.rounds_model import (
    DATE,
    FIRST_TIME,
    HOURS,
    NOTE,
    OUR_OFFER,
    SIGNALS,
    THEIR_OFFER,
    UNMET,
    RoundsModel,
    signal_short_name,
)


def _amount(edit: QLineEdit, what: str) -> Decimal | None:
    """The amount typed, read in the user's locale ("18,500.50" or "18.500,50"), exactly."""
    try:
        return parse_amount_text(edit.text(), edit.locale())
    except AmountError as error:
        raise WalkawayError(f"{what}: '{edit.text().strip()}' is {error}") from None


class _StayOpenMenu(QMenu):
    """Ticking one item with the mouse leaves the menu open for the next."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ChecklistButton(QToolButton):
    """A drop-down of checkable items (conditions, signals) that keeps its menu open while ticking."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(_StayOpenMenu(self))
        self.setText(caption)

    def set_items(self, items: list[tuple[str, object]]) -> None:
        # Called on every edit of the plan: rebuild the menu only when its items changed.
        # A condition may hold "&" ("R&D budget"): doubled, it shows as written and is no Alt+ letter.
        items = [(text.replace("&", "&&"), data) for text, data in items]
        if [(a.text(), a.data()) for a in self.actions_list()] == items:
            return
        menu = self.menu()
        menu.clear()
        for text, data in items:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setData(data)
            action.toggled.connect(self._update_caption)
            menu.addAction(action)
        self.setEnabled(bool(items))
        self._update_caption()

    def actions_list(self) -> list[QAction]:
        return list(self.menu().actions())

    def checked(self) -> list[object]:
        return [a.data() for a in self.actions_list() if a.isChecked()]

    def clear_checks(self) -> None:
        for action in self.actions_list():
            action.setChecked(False)

    def _update_caption(self) -> None:
        count = len(self.checked())
        self.setText(f"{self._caption} ({count})" if count else self._caption)


class RoundsSection(QWidget):
    """Emits :attr:`round_entered` with the new plan at once, :attr:`round_logged` after ``save`` took it."""

    round_entered = Signal(object)
    round_logged = Signal(object)

    def __init__(
        self,
        save: Callable[[Plan], object],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.today = today
        self._plan: Plan | None = None

        self.model = RoundsModel(self)
        self.table = QTableView()
        self.table.setMinimumHeight(140)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rounds"))
        self.table.setToolTip(self.tr("Every round logged, in the order it happened; ↺ marks rounds after a reopen"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Dates, offers and hours whole; the texts give way, the note last (ui/common/column_fit.py).
        figures = (OUR_OFFER, THEIR_OFFER, HOURS, DATE)  # never cut; only their headers may end in "…"
        self.columns = ColumnFitter(
            self.table,
            main=NOTE,
            give_way=(FIRST_TIME, SIGNALS, UNMET, *figures),
            floors=dict.fromkeys((FIRST_TIME, SIGNALS, UNMET, NOTE), 16),
            keep_text=figures,
        )

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setAccessibleName(self.tr("Date of the round"))
        self.date_edit.setToolTip(self.tr("When the round took place (today unless you change it)"))
        self.their_edit = AmountEdit()
        self.their_edit.setPlaceholderText(self.tr("Their offer"))
        self.their_edit.setAccessibleName(self.tr("Their offer"))
        self.their_edit.setToolTip(self.tr("What they offered in this round; Enter logs the round"))
        self.our_edit = AmountEdit()
        self.our_edit.setPlaceholderText(self.tr("Our offer"))
        self.our_edit.setAccessibleName(self.tr("Our offer"))
        self.our_edit.setToolTip(self.tr("What you offered in this round"))
        self.conditions_button = ChecklistButton(self.tr("Unmet"))
        self.conditions_button.setAccessibleName(self.tr("Unmet conditions"))
        self.conditions_button.setToolTip(self.tr("Conditions of your walk-away point not met in this round"))
        self.signals_button = ChecklistButton(self.tr("Signals"))
        self.signals_button.setAccessibleName(self.tr("Signals seen"))
        self.signals_button.setToolTip(self.tr("Warning signs seen in this round"))
        self.first_time_combo = QComboBox()
        self.first_time_combo.addItem(self.tr("First time today?"), None)
        self.first_time_combo.addItem(self.tr("Would sign: yes"), True)
        self.first_time_combo.addItem(self.tr("Would sign: no"), False)
        self.first_time_combo.setAccessibleName(
            self.tr("Would you sign this if it walked in for the first time today?")
        )
        self.first_time_combo.setToolTip(self.tr("If this deal walked in for the first time today, would you sign it?"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("Hours"))
        self.hours_edit.setAccessibleName(self.tr("Hours spent"))
        self.hours_edit.setToolTip(self.tr("Time this round took, e.g. 1.5"))
        self.hours_edit.setMaximumWidth(70)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setToolTip(self.tr("Anything worth remembering about this round"))
        self.log_button = QPushButton(self.tr("Log round"))
        self.log_button.setAccessibleName(self.tr("Log round"))
        self.log_button.setToolTip(self.tr("Add this round and update the verdict (Enter)"))
        self.log_button.clicked.connect(self.log_round)
        for edit in (self.their_edit, self.our_edit, self.hours_edit, self.note_edit):
            edit.returnPressed.connect(self.log_round)
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
        offers_row = QHBoxLayout()
        offers_row.setSpacing(4)
        offers_row.addWidget(self.date_edit)
        offers_row.addWidget(self.their_edit, 1)
        offers_row.addWidget(self.our_edit, 1)
        offers_row.addWidget(self.log_button)
        more_row = QHBoxLayout()
        more_row.setSpacing(4)
        more_row.addWidget(self.first_time_combo)
        more_row.addWidget(self.conditions_button)
        more_row.addWidget(self.signals_button)
        more_row.addWidget(self.hours_edit)
        more_row.addWidget(self.note_edit, 1)
        entry = QVBoxLayout()
        entry.setSpacing(4)
        entry.addLayout(offers_row)
        entry.addLayout(more_row)

        self.chart = OffersChart()
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addLayout(entry)
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
        self.columns.measure()
        self._fill_checklists(plan)
        can_log = plan is not None and self._why_not(plan) == ""
        for widget in self._entry_widgets():
            widget.setEnabled(can_log)
        self.status_label.setText(self._why_not(plan) if plan is not None else "")
        self.status_label.setVisible(bool(self.status_label.text()))

    def _why_not(self, plan: Plan) -> str:
        from planner.model import Status

        if plan.status is Status.PLANNING:
            return self.tr("Commit to your walk-away point before the first round.")
        if plan.status is Status.WALKED:
            return self.tr("You walked away from this deal. If they come back, reopen it to log new rounds.")
        if plan.status in (Status.AGREED, Status.DROPPED):
            return self.tr("This deal is closed.")
        return ""

    def _entry_widgets(self) -> list[QWidget]:
        return [
            self.date_edit,
            self.their_edit,
            self.our_edit,
            self.conditions_button,
            self.signals_button,
            self.first_time_combo,
            self.hours_edit,
            self.note_edit,
            self.log_button,
        ]

    def _fill_checklists(self, plan: Plan | None) -> None:
        checked_conditions = set(self.conditions_button.checked())
        checked_signals = set(self.signals_button.checked())
        conditions = plan.reservation.conditions if plan is not None else []
        self.conditions_button.set_items([(c, c) for c in conditions])
        signals = plan.signals if plan is not None else []
        self.signals_button.set_items([(signal_short_name(s.kind, s.label), s.key) for s in signals])
        for action in self.conditions_button.actions_list():
            action.setChecked(action.data() in checked_conditions)
        for action in self.signals_button.actions_list():
            action.setChecked(action.data() in checked_signals)

    def _reset_entry(self) -> None:
        today = self.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.their_edit.setValue(None)
        self.our_edit.setValue(None)
        self.hours_edit.clear()
        self.note_edit.clear()
        self.conditions_button.clear_checks()
        self.signals_button.clear_checks()
        self.first_time_combo.setCurrentIndex(0)
        self.error_label.hide()

    # -- logging --------------------------------------------------------------------

    def _events(self, plan: Plan) -> list[SignalEvent]:
        events = []
        for key in self.signals_button.checked():
            signal = plan.signal(str(key))
            if signal is not None:
                events.append(SignalEvent(signal.kind, signal.label if signal.kind is SignalKind.CUSTOM else ""))
        return events

    def log_round(self) -> None:
        """Check the entry, add the round, hand the plan to ``save``; errors show under the row."""
        if self._plan is None or not self.log_button.isEnabled():
            return
        try:
            picked = self.date_edit.date()
            plan = plan_with_round(
                self._plan,
                at=date(picked.year(), picked.month(), picked.day()),
                today=self.today(),
                their_offer=_amount(self.their_edit, self.tr("Their offer")),
                our_offer=_amount(self.our_edit, self.tr("Our offer")),
                unmet_conditions=[str(c) for c in self.conditions_button.checked()],
                events=self._events(self._plan),
                first_time_today=self.first_time_combo.currentData(),
                hours=_amount(self.hours_edit, self.tr("Hours")),
                note=self.note_edit.text(),
            )
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
        self._save(plan)
        self.chart.load(plan)
        self.round_logged.emit(plan)
