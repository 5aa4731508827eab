"""The rounds of a plan as a read-only table: one row per round, in the order they happened,
with the verdict as it stood after each round (the same engine as the banner: the last row's
verdict is the banner's)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from planner.dates import moment_to_text
from planner.model import Plan, Round, SignalKind
from planner.package import PackageScore, score_round
from planner.verdict import Verdict, assess_rounds, judging_point
from ui.common import colours
from ui.common.money_text import money_text, number_text, score_text
from ui.common.package_text import figure_text, value_text
from ui.common.signal_names import signal_name
from ui.common.verdict_text import verdict_word

_Index = QModelIndex | QPersistentModelIndex

DATE, THEIR_OFFER, OUR_OFFER, PACKAGE, FINAL, VERDICT, UNMET, SIGNALS, FIRST_TIME, HOURS, NOTE = range(11)
_NUMERIC = {THEIR_OFFER, OUR_OFFER, PACKAGE, HOURS}


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("RoundsModel", "Date"),
        QCoreApplication.translate("RoundsModel", "Their offer"),
        QCoreApplication.translate("RoundsModel", "Our offer"),
        QCoreApplication.translate("RoundsModel", "Package"),
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
        self._scores: dict[int, PackageScore | None] = {}  # the same for the package scores

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rounds = plan.ordered_rounds() if plan is not None else []
        self._currency = plan.currency if plan is not None else ""
        self._verdicts = {}
        self._scores = {}
        self.endResetModel()

    def has_package(self) -> bool:
        """Whether the Package column means anything: the plan scores packages."""
        return self._plan is not None and self._plan.has_package

    def score_of(self, row: int) -> PackageScore | None:
        """Round ``row``'s package score, against the point its phase is judged by (as the verdict)."""
        if row not in self._scores:
            plan, round_ = self._plan, self._rounds[row]
            assert plan is not None
            self._scores[row] = score_round(plan, round_, judging_point(plan, round_.phase))
        return self._scores[row]

    def _score_tooltip(self, row: int) -> str:
        score = self.score_of(row)
        plan = self._plan
        if score is None or plan is None:
            return QCoreApplication.translate("RoundsModel", "No offer or terms to score in this round")
        if score.min_score is None:
            head = QCoreApplication.translate("RoundsModel", "Package score {score} of 100").format(
                score=score_text(score.score)
            )
        elif score.below_minimum:
            head = QCoreApplication.translate(
                "RoundsModel", "Package score {score} of 100: below your minimum of {minimum}"
            ).format(score=score_text(score.score), minimum=figure_text(score.min_score))
        else:
            head = QCoreApplication.translate(
                "RoundsModel", "Package score {score} of 100: at or above your minimum of {minimum}"
            ).format(score=score_text(score.score), minimum=figure_text(score.min_score))
        lines = [head]
        for part in score.terms:
            issue = plan.issue(part.key)
            if issue is None:  # the price
                name = QCoreApplication.translate("RoundsModel", "Price")
                offer = part.value
                value = money_text(offer, plan.currency) if offer is not None and not isinstance(offer, str) else ""
            else:
                name, value = issue.label, value_text(issue, part.value)
            utility = (
                figure_text(part.utility)
                if part.utility is not None
                else QCoreApplication.translate("RoundsModel", "not scored")
            )
            shown = value or QCoreApplication.translate("RoundsModel", "left out")
            lines.append(f"{name}: {shown} → {utility}")
        return "\n".join(lines)

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
            if column == PACKAGE and self.has_package():
                return self._score_tooltip(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and column == PACKAGE and self.has_package():
            score = self.score_of(index.row())
            if score is not None and score.below_minimum:
                return colours.error()
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
        if column == PACKAGE:
            score = self.score_of(row) if self.has_package() else None
            if score is None:
                return ""
            if score.min_score is None:
                return score_text(score.score)
            if score.below_minimum:
                text = QCoreApplication.translate("RoundsModel", "{score} < {minimum}")
            else:
                text = QCoreApplication.translate("RoundsModel", "{score} ≥ {minimum}")
            return text.format(score=score_text(score.score), minimum=figure_text(score.min_score))
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
