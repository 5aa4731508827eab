"""The walking record: four figures and a chart of what walking away brought back."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.money import amount_to_text
from planner.services import walking_record
from planner.walking_record import WalkingRecord

if TYPE_CHECKING:
    from planner.store.deal_store import DealStore

BAR_COLOUR = QColor("#1565c0")


def _figure(value: Decimal | int | None, suffix: str = "") -> str:
    if value is None:
        return "—"
    text = amount_to_text(value) if isinstance(value, Decimal) else str(value)
    return f"{text}{suffix}"


class WalkingRecordView(QWidget):
    """Reads the record from ``store`` on :meth:`refresh`; the chart shows one bar per resumed deal."""

    def __init__(self, store: Callable[[], DealStore], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.record: WalkingRecord | None = None
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
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setAccessibleName(self.tr("Improvement per resumed deal"))
        self.note = QLabel()
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        record = walking_record(self._store())
        self.record = record
        self.figures["walks"].setText(_figure(record.walks))
        self.figures["resumed"].setText(_figure(record.resumed_count))
        self.figures["days"].setText(_figure(record.median_days_to_resume))
        self.figures["improvement"].setText(_figure(record.median_improvement_percent, " %"))
        self._fill_chart(record)

    def _fill_chart(self, record: WalkingRecord) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # Horizontal bars are drawn bottom-up: reversed, the oldest walk reads first, at the top.
        known = [
            (d.title, d.improvement_percent) for d in reversed(record.resumed) if d.improvement_percent is not None
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
        bars.setColor(BAR_COLOUR)
        # QtCharts draws doubles; the figures stay Decimal everywhere else.
        values = [float(percent) for _title, percent in known]
        bars.append(values)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([title for title, _percent in known])
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        low, high = min([0.0, *values]), max([0.0, *values])
        span = max(high - low, 1.0)
        axis.setRange(low - span * 0.1 if low < 0 else 0.0, high + span * 0.15)
        axis.setLabelFormat("%.0f %%")
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
