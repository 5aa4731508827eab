"""Both sides' offers over the rounds, against the walk-away point, the target and the best alternative.

Amounts are exact ``Decimal`` everywhere else; the chart is the one place they become
floating point, because QtCharts plots ``qreal``. It only draws: nothing read back from
the chart is ever used as an amount.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from planner.model import Plan

THEIRS = QColor("#e67e22")
OURS = QColor("#2471a3")
RESERVATION = QColor("#a31515")
TARGET = QColor("#1e7b46")
ALTERNATIVE = QColor("#7d3c98")


def _figures(plan: Plan | None) -> object:
    if plan is None:
        return None
    best = plan.best_alternative
    offers = tuple((r.their_offer, r.our_offer) for r in plan.ordered_rounds())
    return (plan.currency, plan.reservation.value, plan.target, best.value if best else None, offers)


def _plot(value: Decimal) -> float:
    return float(value)  # display only, see the module docstring


class OffersChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Offers over the rounds"))
        self.series_by_name: dict[str, QLineSeries] = {}
        self._drawn: object = ()
        self.load(None)

    def load(self, plan: Plan | None) -> None:
        # The window reloads every section after every edit; redraw only when the figures changed.
        drawn = _figures(plan)
        if drawn == self._drawn:
            return
        self._drawn = drawn
        # A fresh chart each time: cheaper to reason about than removing axes and series one by one.
        old = self.chart()
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.series_by_name = {}
        if plan is None:
            return
        rounds = plan.ordered_rounds()
        last_x = max(len(rounds), 1)
        values: list[Decimal] = []

        def offers(name: str, colour: QColor, pick: str) -> None:
            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(colour, 2.5))
            dots = QScatterSeries()
            dots.setColor(colour)
            dots.setBorderColor(colour)
            dots.setMarkerSize(8)
            for number, round_ in enumerate(rounds, start=1):
                value = getattr(round_, pick)
                if value is not None:
                    values.append(value)
                    line.append(QPointF(number, _plot(value)))
                    dots.append(QPointF(number, _plot(value)))
            self._add(name, line)
            chart.addSeries(dots)
            chart.legend().markers(dots)[0].setVisible(False)

        def level(name: str, colour: QColor, value: Decimal | None, style: Qt.PenStyle) -> None:
            if value is None:
                return
            values.append(value)
            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(colour, 2 if style is Qt.PenStyle.SolidLine else 1.5, style))
            line.append(QPointF(1, _plot(value)))
            line.append(QPointF(last_x, _plot(value)))
            self._add(name, line)

        offers(self.tr("Their offers"), THEIRS, "their_offer")
        offers(self.tr("Our offers"), OURS, "our_offer")
        level(self.tr("Walk-away point"), RESERVATION, plan.reservation.value, Qt.PenStyle.SolidLine)
        level(self.tr("Target"), TARGET, plan.target, Qt.PenStyle.DashLine)
        best = plan.best_alternative
        level(self.tr("Best alternative"), ALTERNATIVE, best.value if best else None, Qt.PenStyle.DotLine)

        x_axis = QValueAxis()
        x_axis.setTitleText(self.tr("Round"))
        x_axis.setLabelFormat("%d")
        x_axis.setRange(0.75, last_x + 0.25)
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(1)
        x_axis.setTickInterval(1)
        y_axis = QValueAxis()
        y_axis.setTitleText(plan.currency)
        y_axis.setLabelFormat("%.0f")
        low, high = _plot(min(values)), _plot(max(values))
        pad = (high - low) * 0.1 or abs(high) * 0.05 or 1.0
        y_axis.setRange(low - pad, high + pad)
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _add(self, name: str, series: QLineSeries) -> None:
        self.chart().addSeries(series)
        self.series_by_name[name] = series

    def points(self, name: str) -> list[tuple[float, float]]:
        """The plotted points of one series (for tests)."""
        series = self.series_by_name.get(name)
        return [(p.x(), p.y()) for p in series.points()] if series is not None else []
