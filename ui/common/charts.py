"""What the window's charts share: ticks at round numbers, labelled in the one amount format, in the palette.

QtCharts labels a ``QValueAxis`` with a printf format on doubles (no grouping), and a
small range gives "0 %, 1 %, 1 %, 2 %". Here the ticks are chosen on ``Decimal`` (1, 2, 2.5 or 5
times a power of ten) and drawn on a ``QCategoryAxis`` whose labels come from
:mod:`ui.common.money_text`, so an axis reads "EUR 18,000" like every other amount.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from PySide6.QtCharts import QCategoryAxis, QChart
from PySide6.QtGui import QBrush, QPalette, QPen
from PySide6.QtWidgets import QApplication

_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


def nice_ticks(low: Decimal, high: Decimal, most: int = 6, *, smallest_step: Decimal | None = None) -> list[Decimal]:
    """At most ``most`` evenly spaced round values covering ``low``…``high`` (both included)."""
    if high < low:
        low, high = high, low
    span = high - low
    if span == 0:
        span = abs(high) / 10 if high else Decimal(1)
        low, high = low - span / 2, high + span / 2
    raw = span / (max(most, 2) - 1)
    magnitude = Decimal(1).scaleb(raw.adjusted())
    step = next(m * magnitude for m in _STEPS if m * magnitude >= raw)
    if smallest_step is not None and step < smallest_step:
        step = smallest_step
    start = (low / step).to_integral_value(ROUND_FLOOR) * step
    end = (high / step).to_integral_value(ROUND_CEILING) * step
    count = int((end - start) / step) + 1
    while count > most + 1:  # "2.5" steps may round up to one tick too many: take the next step
        step *= 2
        start = (low / step).to_integral_value(ROUND_FLOOR) * step
        end = (high / step).to_integral_value(ROUND_CEILING) * step
        count = int((end - start) / step) + 1
    return [start + step * i for i in range(count)]


def tick_axis(ticks: list[Decimal], label: Callable[[Decimal], str], title: str = "") -> QCategoryAxis:
    """An axis with a labelled line at each tick (the labels must differ: they name the categories)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(float(ticks[0]))  # QtCharts draws doubles; every value shown is a Decimal's text
    axis.setRange(float(ticks[0]), float(ticks[-1]))
    for tick in ticks:
        axis.append(label(tick), float(tick))
    if title:
        axis.setTitleText(title)
    return axis


def style_chart(chart: QChart, palette: QPalette | None = None) -> None:
    """The chart's background, texts and grid in the palette's colours (dark in a dark window)."""
    palette = palette or QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(QBrush(base))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setLinePen(QPen(grid))
        axis.setGridLineColor(grid)
