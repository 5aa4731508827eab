"""The follow-ups list as a Qt table model: one row per walked deal with a follow-up date."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from planner.followups import FollowUp, Urgency
from ui.common import colours
from ui.common.dates_text import date_text

Index = QModelIndex | QPersistentModelIndex

#: The deal id of a row, for views that act on the selection.
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's :class:`FollowUp` itself.
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 2

TITLE, COUNTERPARTY, WALKED_ON, REASON, FOLLOW_UP_ON, WHEN = range(6)


def when_text(days_overdue: int) -> str:
    """ "Due today", "3 days overdue", "in 4 days"."""
    translate = QCoreApplication.translate
    if days_overdue == 0:
        return translate("FollowUpsModel", "Due today")
    if days_overdue == 1:
        return translate("FollowUpsModel", "1 day overdue")
    if days_overdue > 1:
        return translate("FollowUpsModel", "{n} days overdue").format(n=days_overdue)
    if days_overdue == -1:
        return translate("FollowUpsModel", "in 1 day")
    return translate("FollowUpsModel", "in {n} days").format(n=-days_overdue)


class FollowUpsModel(QAbstractTableModel):
    """Rows keep the order given: oldest follow-up first, as :func:`planner.services.follow_ups` returns."""

    def __init__(self, items: list[FollowUp] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[FollowUp] = list(items or [])
        self._headers = (
            self.tr("Deal"),
            self.tr("Counterparty"),
            self.tr("Walked on"),
            self.tr("Why we walked"),
            self.tr("Follow up on"),
            self.tr("When"),
        )

    def set_items(self, items: list[FollowUp]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[FollowUp]:
        return list(self._items)

    def row_of(self, deal_id: int) -> int:
        return next((i for i, item in enumerate(self._items) if item.deal_id == deal_id), -1)

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.reason if column == REASON else None
        if role == Qt.ItemDataRole.ForegroundRole and column == WHEN and item.urgency is Urgency.OVERDUE:
            return QBrush(colours.error())
        if role == Qt.ItemDataRole.FontRole and column == WHEN and item.urgency is not Urgency.UPCOMING:
            font = QFont()
            font.setBold(True)
            return font
        if role == DEAL_ID_ROLE:
            return item.deal_id
        if role == FOLLOW_UP_ROLE:
            return item
        return None

    @staticmethod
    def _display(item: FollowUp, column: int) -> str | None:
        if column == TITLE:
            return item.title
        if column == COUNTERPARTY:
            return item.counterparty
        if column == WALKED_ON:
            return date_text(item.walked_on)
        if column == REASON:
            return " ".join(item.reason.split())
        if column == FOLLOW_UP_ON:
            return date_text(item.follow_up_on)
        if column == WHEN:
            return when_text(item.days_overdue)
        return None
