"""The rounds of a plan as a read-only table: one row per round, in the order they happened,
with the verdict as it stood after each round (the same engine as the banner: the last row's
verdict is the banner's)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from planner.dates import moment_to_text
from planner.model import Plan, Round, SignalKind
from planner.verdict import Verdict, assess_rounds
from ui.common.money_text import money_text, number_text
from ui.common.signal_names import signal_name
from ui.common.verdict_text import verdict_word

_Index = QModelIndex | QPersistentModelIndex

DATE, THEIR_OFFER, OUR_OFFER, FINAL, VERDICT, UNMET, SIGNALS, FIRST_TIME, HOURS, NOTE = range(10)
_NUMERIC = {THEIR_OFFER, OUR_OFFER, HOURS}


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("RoundsModel", "Date"),
        QCoreApplication.translate("RoundsModel", "Their offer"),
        QCoreApplication.translate("RoundsModel", "Our offer"),
        QCoreApplication.translate("RoundsModel", "Final?"),
        QCoreApplication.translate("RoundsModel", "Verdict"),
        QCoreApplication.translate("RoundsModel", "Unmet conditions"),
        QCoreApplication.translate("RoundsModel", "Signals"),
        QCoreApplication.translate("RoundsModel", "First time today?"),
        QCoreApplication.translate("RoundsModel", "Hours"),
        QCoreApplication.translate("RoundsModel", "Note"),
    ]


def signal_short_name(kind: SignalKind, label: str = "") -> str:
    """The signal's one name (see ``ui.common.signal_names``)."""
    return signal_name(kind, label)


def _amount(value: Decimal | None, currency: str) -> str:
    return money_text(value, currency) if value is not None else ""


class RoundsModel(QAbstractTableModel):
    """Rounds sorted by phase and date, as :func:`planner.verdict.assess` reads them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rounds: list[Round] = []
        self._currency = ""
        self._plan: Plan | None = None
        self._verdicts: dict[int, Verdict] = {}  # worked out for the rows shown, once per plan

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rounds = plan.ordered_rounds() if plan is not None else []
        self._currency = plan.currency if plan is not None else ""
        self._verdicts = {}
        self.endResetModel()

    def verdict_after(self, row: int) -> Verdict:
        """The verdict as it stood once round ``row`` (0 for the first) was logged."""
        if row not in self._verdicts:
            assert self._plan is not None
            round_ = self._rounds[row]
            self._verdicts[row] = assess_rounds(self._plan, self._rounds[: row + 1], round_.phase).verdict
        return self._verdicts[row]

    def round_at(self, row: int) -> Round:
        return self._rounds[row]

    # -- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rounds)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NOTE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section <= NOTE:
            return _headers()[section]
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rounds):
            return None
        round_ = self._rounds[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SIGNALS:
                return "\n".join(
                    f"{signal_short_name(e.kind, e.label)}: {e.note}" if e.note else signal_short_name(e.kind, e.label)
                    for e in round_.events
                )
            if column == DATE and round_.phase > 0:
                return QCoreApplication.translate("RoundsModel", "After the deal was reopened ({n})").format(
                    n=round_.phase
                )
            if column == VERDICT:
                return QCoreApplication.translate(
                    "RoundsModel", "{verdict}: the verdict once this round was logged"
                ).format(verdict=verdict_word(self.verdict_after(index.row())))
            if column in (UNMET, NOTE):
                return self._display(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return round_
        return None

    def _display(self, row: int, column: int) -> str:
        round_ = self._rounds[row]
        if column == DATE:
            text = moment_to_text(round_.at).replace("T", " ")
            return text + ("" if round_.phase == 0 else " ↺" if round_.phase == 1 else f" ↺{round_.phase}")
        if column == THEIR_OFFER:
            return _amount(round_.their_offer, self._currency)
        if column == OUR_OFFER:
            return _amount(round_.our_offer, self._currency)
        if column == FINAL:
            return QCoreApplication.translate("RoundsModel", "Final") if round_.final else ""
        if column == VERDICT:
            return verdict_word(self.verdict_after(row))
        if column == UNMET:
            return "; ".join(round_.unmet_conditions)
        if column == SIGNALS:
            return ", ".join(signal_short_name(e.kind, e.label) for e in round_.events)
        if column == FIRST_TIME:
            return {
                True: QCoreApplication.translate("RoundsModel", "Yes"),
                False: QCoreApplication.translate("RoundsModel", "No"),
                None: "",
            }[round_.first_time_today]
        if column == HOURS:
            return number_text(round_.hours) if round_.hours is not None else ""
        return round_.note
