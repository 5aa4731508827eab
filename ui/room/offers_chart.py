"""Both sides' offers over the rounds, against the walk-away point, the target and the best alternative.

Amounts are exact ``Decimal`` everywhere else; the chart is the one place they become
floating point, because QtCharts plots ``qreal``. It only draws: nothing read back from
the chart is ever used as an amount.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from planner.model import Plan
from ui.common import colours
from ui.common.charts import nice_ticks, style_chart, tick_axis
from ui.common.money_text import amount_text


def _figures(plan: Plan | None) -> object:
    if plan is None:
        return None
    best = plan.best_alternative
    offers = tuple((r.their_offer, r.our_offer) for r in plan.ordered_rounds())
    return (plan.currency, plan.reservation.value, plan.target, best.value if best else None, offers)


def _level_span(rounds: int) -> tuple[float, float]:
    """Where the walk-away, target and alternative lines start and end: across the rounds, or, with
    none or one, across a short span around round 1, so that they show before the rounds do."""
    return (1.0, float(rounds)) if rounds >= 2 else (0.5, 1.5)


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
        self._plan: Plan | None = None
        self.load(None)

    def changeEvent(self, event: QEvent) -> None:
        # Light to dark (or back): draw again in the palette's colours.
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._drawn = ()
            self.load(self._plan)

    def load(self, plan: Plan | None) -> None:
        # The window reloads every section after every edit; redraw only when the figures changed.
        drawn = _figures(plan)
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self._plan = plan
        # A fresh chart each time: cheaper to reason about than removing axes and series one by one.
        old = self.chart()
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.series_by_name = {}
        style_chart(chart, self.palette())
        if plan is None:
            return
        rounds = plan.ordered_rounds()
        first_x, last_x = _level_span(len(rounds))
        values: list[Decimal] = []
        palette = self.palette()

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
            line.append(QPointF(first_x, _plot(value)))
            line.append(QPointF(last_x, _plot(value)))
            self._add(name, line)

        offers(self.tr("Their offers"), colours.series("theirs", palette), "their_offer")
        offers(self.tr("Our offers"), colours.series("ours", palette), "our_offer")
        reservation = colours.series("reservation", palette)
        level(self.tr("Walk-away point"), reservation, plan.reservation.value, Qt.PenStyle.SolidLine)
        level(self.tr("Target"), colours.series("target", palette), plan.target, Qt.PenStyle.DashLine)
        best = plan.best_alternative
        alternative = colours.series("alternative", palette)
        level(self.tr("Best alternative"), alternative, best.value if best else None, Qt.PenStyle.DotLine)

        x_axis = QValueAxis()
        x_axis.setTitleText(self.tr("Round"))
        x_axis.setLabelFormat("%d")
        x_axis.setRange(first_x - 0.25 if rounds else first_x, last_x + 0.25 if rounds else last_x)
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(1)
        x_axis.setTickInterval(1)
        # Round numbers on the amounts axis, each labelled as every amount is ("18,500").
        y_axis = tick_axis(nice_ticks(min(values), max(values), 5), amount_text, plan.currency)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        style_chart(chart, palette)

    def _add(self, name: str, series: QLineSeries) -> None:
        self.chart().addSeries(series)
        self.series_by_name[name] = series

    def points(self, name: str) -> list[tuple[float, float]]:
        """The plotted points of one series (for tests)."""
        series = self.series_by_name.get(name)
        return [(p.x(), p.y()) for p in series.points()] if series is not None else []
