"""The left pane: search box, status filter and the table of deals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.model import Status
from planner.summaries import DealSummary
from ui.common.column_fit import ColumnFitter
from ui.common.status_text import status_label
from ui.deals.list_model import (
    COUNTERPARTY,
    DEAL_ID_ROLE,
    FOLLOW_UP,
    RESERVATION,
    STATUS,
    TITLE,
    DealListModel,
)

#: Statuses where the deal still needs the user (the default filter entry "Open deals").
OPEN_STATUSES = (Status.PLANNING, Status.COMMITTED, Status.NEGOTIATING, Status.WALKED, Status.REOPENED)


class DealListPane(QWidget):
    deal_selected = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DealListModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title or counterparty"))
        self.search.setAccessibleName(self.tr("Search deals"))
        self.search.setToolTip(self.tr("Show only deals whose title or counterparty holds these letters (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        # Enter or Down in the search box: into the list, on the first deal found (opened at once).
        self.search.returnPressed.connect(self.open_first)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.open_first)

        self.status_filter = QComboBox()
        # Sized to a short status, not the longest entry: the list stays narrow enough for small screens.
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(9)
        self.status_filter.setAccessibleName(self.tr("Show deals with status"))
        self.status_filter.setToolTip(self.tr("Show all deals, the open ones, or the deals in one stage"))
        self.status_filter.addItem(self.tr("All deals"), None)
        self.status_filter.addItem(self.tr("Open deals"), OPEN_STATUSES)
        for status in Status:
            self.status_filter.addItem(status_label(status), (status,))
        self.status_filter.currentIndexChanged.connect(
            lambda index: self.model.set_statuses(self.status_filter.itemData(index))
        )

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Deals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The title gets the space and is cut last; the counterparty, the point and the status give way
        # first, down to their headers' width (ui/common/column_fit.py).
        self.columns = ColumnFitter(
            self.table,
            main=TITLE,
            give_way=(COUNTERPARTY, RESERVATION, STATUS, FOLLOW_UP),
            keep_text=(FOLLOW_UP,),  # a date is not cut while anything else can give way
            squeeze=(COUNTERPARTY, FOLLOW_UP, STATUS, RESERVATION),  # the point, last
        )
        metrics = self.table.fontMetrics()
        row_height = metrics.height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selected_id: int | None = None
        self._restoring = False

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        #: Lines above the search box that features add (``add_header``): the follow-ups due.
        self._headers = QVBoxLayout()
        self._headers.setContentsMargins(0, 0, 0, 0)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addLayout(self._headers)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)

    def add_header(self, widget: QWidget) -> None:
        """A line above the search box, below those added before."""
        self._headers.addWidget(widget)

    def set_deals(self, deals: Sequence[DealSummary]) -> None:
        self.model.set_deals(deals)
        self.columns.measure()

    def preferred_width(self) -> int:
        """The pane's width with the titles whole, the other columns given way to their headers' width
        (the window sizes its splitter by it at first: the editor gets the rest)."""
        margins = self._layout.contentsMargins()
        return self.columns.main_whole_width() + margins.left() + margins.right()

    def selected_id(self) -> int | None:
        return self._selected_id

    def select_deal(self, deal_id: int | None) -> None:
        """Select ``deal_id`` if it is visible (clearing the search when it hides it)."""
        self._selected_id = deal_id
        row = None if deal_id is None else self.model.row_of(deal_id)
        if row is None and deal_id is not None and (self.search.text() or self.status_filter.currentIndex()):
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            row = self.model.row_of(deal_id)
        self._restoring = True
        try:
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
            else:
                index = self.model.index(row, TITLE)
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)
        finally:
            self._restoring = False

    def open_first(self) -> None:
        """Select the first deal in view (which opens it) and give the list the keyboard."""
        if self.model.rowCount() == 0:
            return
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            index = self.model.index(0, TITLE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def clear_filters(self) -> None:
        """Every deal in view: the search box emptied, the status filter back to all deals."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _remember_selection(self) -> None:
        self._restoring = True

    def _restore_selection(self) -> None:
        # Keep the open deal selected across searches and refreshes, without reloading it.
        row = None if self._selected_id is None else self.model.row_of(self._selected_id)
        if row is not None:
            index = self.model.index(row, TITLE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self._restoring = False

    def _selection_changed(self) -> None:
        if self._restoring:
            return
        rows = self.table.selectionModel().selectedRows()
        deal_id = rows[0].data(DEAL_ID_ROLE) if rows else None
        if deal_id is None and self._selected_id is not None and self.model.row_of(self._selected_id) is None:
            return  # the open deal is only filtered out of view; it stays open
        if deal_id != self._selected_id:
            self._selected_id = deal_id
            self.deal_selected.emit(deal_id)
