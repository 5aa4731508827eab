"""The walking record: four figures and a chart of what walking away brought back."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QCategoryAxis, QChart, QChartView, QHorizontalBarSeries
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.services import walking_record
from planner.walking_record import ResumedDeal, WalkingRecord
from ui.common import colours
from ui.common.charts import nice_ticks, style_chart, tick_axis
from ui.common.money_text import number_text
from ui.common.verdict_text import verdict_word

if TYPE_CHECKING:
    from planner.store.deal_store import DealStore


def _figure(value: Decimal | int | None, suffix: str = "") -> str:
    if value is None:
        return "—"
    text = number_text(value) if isinstance(value, Decimal) else str(value)
    return f"{text}{suffix}"


class WalkingRecordView(QWidget):
    """Reads the record from ``store`` on :meth:`refresh`; the chart shows one bar per resumed deal."""

    def __init__(self, store: Callable[[], DealStore], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.record: WalkingRecord | None = None
        self.axis: QCategoryAxis | None = None  # the percentages' axis, once there is a bar
        self.setAccessibleName(self.tr("Walking record"))
        self.figures: dict[str, QLabel] = {}
        tiles = QGridLayout()
        names = (
            ("walks", self.tr("Walks")),
            ("resumed", self.tr("Resumed")),
            ("days", self.tr("Median days to resume")),
            ("improvement", self.tr("Median improvement after resuming")),
        )
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        for column, (key, text) in enumerate(names):
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(tile)
            value = QLabel("—")
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setAccessibleName(text)
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            box.addWidget(value)
            box.addWidget(caption)
            self.figures[key] = value
            tiles.addWidget(tile, 0, column)

        self.chart = QChart()
        self.chart.setTitle(self.tr("How far their offer moved your way after the walk, in % of the walk-away point"))
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(140)  # a small screen keeps the dock and the editor on it together
        self.chart_view.setAccessibleName(self.tr("Improvement per resumed deal"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.open_deals = QLabel()
        self.open_deals.setObjectName("walkingRecordOpenDeals")
        self.open_deals.setWordWrap(True)
        self.open_deals.setAccessibleName(self.tr("Resumed deals still open, with their verdict"))

        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.open_deals)
        self.refresh()

    def refresh(self) -> None:
        record = walking_record(self._store())
        self.record = record
        self.figures["walks"].setText(_figure(record.walks))
        self.figures["resumed"].setText(_figure(record.resumed_count))
        self.figures["days"].setText(_figure(record.median_days_to_resume))
        self.figures["improvement"].setText(_figure(record.median_improvement_percent, " %"))
        self._fill_chart(record)
        self.open_deals.setText(self._open_deals(record))
        self.open_deals.setVisible(bool(self.open_deals.text()))

    def _name(self, deal: ResumedDeal) -> str:
        """The deal's title, with the walk it resumed after when it was walked away from more than once."""
        if deal.walk_number == 1:
            return deal.title
        return self.tr("{title} (walk {n})").format(title=deal.title, n=deal.walk_number)

    def _open_deals(self, record: WalkingRecord) -> str:
        """Resumed deals still open, each with its verdict: the one the banner shows."""
        lines = [
            self.tr("{title}: {verdict}").format(title=self._name(d), verdict=verdict_word(d.verdict))
            for d in record.resumed
            if d.verdict is not None
        ]
        return (self.tr("Still open:") + " " + "; ".join(lines)) if lines else ""

    def _fill_chart(self, record: WalkingRecord) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # Horizontal bars are drawn bottom-up: reversed, the oldest walk reads first, at the top.
        known = [
            (self._name(d), d.improvement_percent)
            for d in reversed(record.resumed)
            if d.improvement_percent is not None
        ]
        if not known:
            self.note.setText(
                self.tr("No resumed deal with offers on both sides yet.")
                if record.walks
                else self.tr("No walks yet. When a walked deal comes back, it shows here.")
            )
            self.chart_view.setVisible(False)
            return
        self.chart_view.setVisible(True)
        self.note.setText(
            self.tr("Bars to the right: their offer moved your way after the walk. {agreed} agreed, {dropped} dropped.")
            .format(agreed=record.agreed_after_walking, dropped=record.dropped_after_walking)
        )  # fmt: skip
        bars = QBarSet(self.tr("Improvement"))
        bars.setColor(colours.series("bar", self.palette()))
        # QtCharts draws doubles; the figures stay Decimal everywhere else.
        bars.append([float(percent) for _title, percent in known])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPrecision(4)  # significant digits of the double drawn: "11.9 %", not "11.9047619 %"
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([title for title, _percent in known])
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        # Round ticks ("0 %, 5 %, 10 %"), at least a whole percent apart, zero always on the axis.
        percents = [percent for _title, percent in known]
        ticks = nice_ticks(min([Decimal(0), *percents]), max([Decimal(0), *percents]), 6, smallest_step=Decimal(1))
        self.axis = tick_axis(ticks, lambda value: f"{number_text(value)} %")
        self.chart.addAxis(self.axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self.axis)
        style_chart(self.chart, self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.record is not None:
            style_chart(self.chart, self.palette())
