"""The alternatives of a plan as an editable table; the best one is marked and kept current."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from planner.model import Alternative, Plan
from planner.money import AmountError
from ui.common.amount_parse import parse_amount_text
from ui.common.money_text import amount_text, money_text, number_text, percent_text

_Index = QModelIndex | QPersistentModelIndex
NAME, VALUE, LIKELIHOOD, NOTES = range(4)


def parse_likelihood(text: str) -> Decimal | None:
    """``60``, ``60 %`` or ``60,5`` percent as a fraction 0..1; ``None`` when empty."""
    cleaned = text.replace("%", "").strip()
    value = parse_amount_text(cleaned)
    if value is None:
        return None
    if not Decimal(0) <= value <= Decimal(100):
        raise AmountError(QCoreApplication.translate("Alternatives", "a likelihood is between 0 and 100 %"))
    fraction = value / Decimal(100)
    exponent = fraction.as_tuple().exponent  # an int for a finite Decimal, as parsed amounts are
    if isinstance(exponent, int) and exponent < -4:
        raise AmountError(QCoreApplication.translate("Alternatives", "at most two decimals in a percentage"))
    return fraction.normalize() if fraction else Decimal(0)


class AlternativesModel(QAbstractTableModel):
    #: The user changed the table: the new list of alternatives.
    alternatives_edited = Signal(list)
    #: An edit was refused; the message says why (shown next to the table).
    edit_refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._rows: list[Alternative] = []
        self._headers = (self.tr("Alternative"), self.tr("Worth"), self.tr("Likelihood (%)"), self.tr("Notes"))

    def set_plan(self, plan: Plan) -> None:
        if self._plan is not None and plan.alternatives == self._rows and plan.side == self._plan.side:
            self._plan = plan
            return
        self.beginResetModel()
        self._plan = plan
        self._rows = [Alternative(a.name, a.value, a.likelihood, a.notes) for a in plan.alternatives]
        self.endResetModel()

    def alternatives(self) -> list[Alternative]:
        return [Alternative(a.name, a.value, a.likelihood, a.notes) for a in self._rows]

    def best_row(self) -> int | None:
        if self._plan is None:
            return None
        best = self._plan.best_alternative
        return next((i for i, a in enumerate(self._rows) if a is not None and a == best), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None:
            return None
        alt = self._rows[index.row()]
        column = index.column()
        best = index.row() == self.best_row()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return f"★ {alt.name}" if best else alt.name
            if column == VALUE:
                return "" if alt.value is None else money_text(alt.value, self._plan.currency)
            if column == LIKELIHOOD:
                return "" if alt.likelihood is None else percent_text(alt.likelihood)
            return alt.notes
        if role == Qt.ItemDataRole.EditRole:
            if column == NAME:
                return alt.name
            if column == VALUE:
                return "" if alt.value is None else amount_text(alt.value)
            if column == LIKELIHOOD:
                return "" if alt.likelihood is None else number_text(alt.likelihood * 100)
            return alt.notes
        if role == Qt.ItemDataRole.FontRole and best:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and best:
            return self.tr("Your best alternative: what you will do if there is no deal")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, LIKELIHOOD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        rows = self.alternatives()
        alt = rows[index.row()]
        text = str(value)
        try:
            if index.column() == NAME:
                if not text.strip():
                    raise AmountError(self.tr("an alternative needs a name"))
                alt.name = text.strip()
            elif index.column() == VALUE:
                alt.value = parse_amount_text(text)
            elif index.column() == LIKELIHOOD:
                alt.likelihood = parse_likelihood(text)
            else:
                alt.notes = text.strip()
        except AmountError as error:
            self.edit_refused.emit(str(error))
            return False
        self.edit_refused.emit("")
        # Take the edit in place (no reset, so the open editor stays valid), then tell the plan;
        # set_plan() then finds nothing new. Every row repaints: the best one may have changed.
        self._rows = rows
        if self._plan is not None:
            self._plan = Plan(**{**_fields(self._plan), "alternatives": self.alternatives()})
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self._headers) - 1))
        self.alternatives_edited.emit(self.alternatives())
        return True


def _fields(plan: Plan) -> dict[str, Any]:
    return {f: getattr(plan, f) for f in plan.__dataclass_fields__}
