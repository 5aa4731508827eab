"""Then and now, side by side: their last offer before the walk and their renewed offer.

Both columns are measured against the walk-away point committed before the
walk; a point revised afterwards is shown beside it, never in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.dates import moment_day
from planner.model import Plan
from planner.then_and_now import OfferSide, ThenAndNow, renewed_judgement, then_and_now
from planner.verdict_words import headline
from ui.common import colours
from ui.common.dates_text import date_text
from ui.common.money_text import money_text, number_text
from ui.common.verdict_text import verdict_title


class ThenAndNowView(QWidget):
    """Shows :func:`planner.then_and_now.then_and_now` for one plan; call :meth:`set_plan` to update."""

    def __init__(self, plan: Plan | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Then and now"))
        self.points = QLabel()
        self.points.setObjectName("then_now_points")
        self.points.setWordWrap(True)
        self.grid_frame = QFrame()
        self.grid_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self.grid_frame)
        self.grid.setHorizontalSpacing(18)
        self.verdict = QLabel()
        self.verdict.setObjectName("then_now_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("then_now_summary")
        self.summary.setWordWrap(True)
        self.cells: dict[tuple[str, str], QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.points)
        layout.addWidget(self.grid_frame)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._build_grid()
        self.comparison: ThenAndNow | None = None
        if plan is not None:
            self.set_plan(plan)

    def _build_grid(self) -> None:
        bold = QFont()
        bold.setBold(True)
        headers = (self.tr("Then: their last offer before the walk"), self.tr("Now: their renewed approach"))
        for column, text in enumerate(headers, start=1):
            label = QLabel(text)
            label.setFont(bold)
            label.setWordWrap(True)  # the section may be narrow: wrap rather than scroll sideways
            self.grid.addWidget(label, 0, column)
        rows = (
            ("date", self.tr("Date")),
            ("offer", self.tr("Their offer")),
            ("gap", self.tr("Against the walk-away point")),
            ("unmet", self.tr("Conditions not met")),
            ("signals", self.tr("Signals seen")),
        )
        for row, (key, text) in enumerate(rows, start=1):
            name = QLabel(text)
            name.setFont(bold)
            name.setWordWrap(True)  # a narrow editor wraps the row names rather than scrolling sideways
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(name, row, 0)
            for column, side in enumerate(("then", "now"), start=1):
                cell = QLabel()
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[(side, key)] = cell
                self.grid.addWidget(cell, row, column)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def set_plan(self, plan: Plan) -> None:
        view = then_and_now(plan)
        self.comparison = view
        money = lambda value: money_text(value, view.currency)  # noqa: E731
        unit = f" {view.unit}" if view.unit else ""
        points = self.tr("Walk-away point committed before the walk: <b>{point}</b>{unit}").format(
            point=money(view.original_point), unit=unit
        )
        if view.point_revised:
            points += "<br>" + self.tr("Revised since: {point}{unit} ({why}). The original point still judges.").format(
                point=money(view.current_point), unit=unit, why=view.revision_reason or self.tr("no reason given")
            )
        self.points.setText(points)
        changes = {s.key: s for s in view.signals}
        for side_name, side in (("then", view.then), ("now", view.now)):
            self.cells[(side_name, "date")].setText(date_text(moment_day(side.round.at)) if side.round else "—")
            self.cells[(side_name, "offer")].setText(money(side.offer) if side.offer is not None else "—")
            self._set_gap(self.cells[(side_name, "gap")], side, money)
            self.cells[(side_name, "unmet")].setText("\n".join(side.unmet) or self.tr("none"))
            seen = [
                f"{s.name} × {getattr(s, side_name)}" for s in changes.values() if getattr(s, side_name)
            ]  # fmt: skip
            self.cells[(side_name, "signals")].setText("\n".join(seen) or self.tr("none"))
        self.summary.setText(self._summary(view, money))
        self._set_verdict(plan, view)

    def _set_verdict(self, plan: Plan, view: ThenAndNow) -> None:
        """The verdict every screen shows (the banner's, `walkaway assess`'s), with its reasons."""
        from planner.verdict import Verdict

        title, reasons = renewed_judgement(plan, view)
        if view.assessment is not None:  # the verdict's name in the user's language, the rest from the core
            title = f"{verdict_title(view.assessment.verdict)}: {headline(plan, view.assessment)}"
        self.verdict.setText("\n".join([title, *(f"• {r}" for r in reasons)]))
        tones: dict[Verdict | None, str] = {Verdict.WALK: "error", Verdict.PROCEED: "success"}
        tone = tones.get(view.assessment.verdict if view.assessment else None, "warning")
        self.verdict.setStyleSheet(colours.text_style(tone, bold=True) if view.assessment else "")

    def _set_gap(self, cell: QLabel, side: OfferSide, money: Callable[[Decimal], str]) -> None:
        if side.shortfall is None:
            cell.setText("—")
            cell.setStyleSheet("")
            return
        if side.shortfall > 0:
            cell.setText(self.tr("{money} short").format(money=money(side.shortfall)))
            cell.setStyleSheet(colours.text_style("error"))
        else:
            cell.setText(self.tr("meets it, {money} to spare").format(money=money(-side.shortfall)))
            cell.setStyleSheet(colours.text_style("success"))

    def _summary(self, view: ThenAndNow, money: Callable[[Decimal], str]) -> str:
        lines: list[str] = []
        if view.improvement is not None and view.improvement_percent is not None:
            if view.improvement >= 0:
                lines.append(
                    self.tr("Their offer moved {money} your way ({pct} % of the walk-away point).").format(
                        money=money(view.improvement), pct=_percent(view.improvement_percent)
                    )
                )
            else:
                lines.append(
                    self.tr("Their offer moved {money} against you ({pct} % of the walk-away point).").format(
                        money=money(-view.improvement), pct=_percent(-view.improvement_percent)
                    )
                )
        elif view.now.round is None:
            lines.append(self.tr("No renewed offer logged yet: log it as a round of the new phase."))
        if view.conditions_now_met:
            lines.append(self.tr("Now met: {items}.").format(items="; ".join(view.conditions_now_met)))
        if view.conditions_newly_unmet:
            lines.append(self.tr("Newly unmet: {items}.").format(items="; ".join(view.conditions_newly_unmet)))
        return "\n".join(lines)


def _percent(value: Decimal) -> str:
    return number_text(value)
