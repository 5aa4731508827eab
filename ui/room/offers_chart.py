"""Both sides' offers over the rounds, against the walk-away point, the target and the best alternative.

Amounts are exact ``Decimal`` everywhere else; the chart is the one place they become
floating point, because QtCharts plots ``qreal``. It only draws: nothing read back from
the chart is ever used as an amount.

A plan with a package (issue 19) also shows each round's package score against the minimum, on an
axis of its own at the right (0 to 100).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from planner.model import Plan
from planner.package import score_round
from planner.verdict import judging_point
from ui.common import colours
from ui.common.charts import nice_ticks, style_chart, tick_axis
from ui.common.money_text import amount_text
from ui.common.package_text import figure_text

#: The package score axis: 0 to 100 in quarters.
SCORE_TICKS = [Decimal(0), Decimal(25), Decimal(50), Decimal(75), Decimal(100)]


def package_scores(plan: Plan) -> list[Decimal | None]:
    """Each round's package score (``None``: nothing to score), judged as the verdict judges its phase."""
    if not plan.has_package:
        return []
    scores = []
    for round_ in plan.ordered_rounds():
        score = score_round(plan, round_, judging_point(plan, round_.phase))
        scores.append(score.score if score is not None else None)
    return scores


def _figures(plan: Plan | None) -> object:
    if plan is None:
        return None
    best = plan.best_alternative
    offers = tuple((r.their_offer, r.our_offer) for r in plan.ordered_rounds())
    package = (tuple(package_scores(plan)), plan.reservation.min_score) if plan.has_package else None
    return (plan.currency, plan.reservation.value, plan.target, best.value if best else None, offers, package)


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
        if plan.has_package:
            self._package(plan, x_axis, (first_x, last_x))
        self.setToolTip(
            self.tr(
                "The package score of each round (right axis, 0 to 100) against your minimum (the dotted line "
                "of the same colour)"
            )
            if plan.has_package
            else ""
        )
        style_chart(chart, palette)

    def _package(self, plan: Plan, x_axis: QValueAxis, span: tuple[float, float]) -> None:
        """The package score of each round (dots joined), and the minimum, against a 0–100 axis on the right."""
        chart, colour = self.chart(), colours.series("package", self.palette())
        score_axis = tick_axis(SCORE_TICKS, figure_text, self.tr("Package score"))
        chart.addAxis(score_axis, Qt.AlignmentFlag.AlignRight)
        added: list[QLineSeries | QScatterSeries] = []
        line = QLineSeries()
        line.setName(self.tr("Package"))
        line.setPen(QPen(colour, 2, Qt.PenStyle.DashDotLine))
        dots = QScatterSeries()
        dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        dots.setColor(colour)
        dots.setBorderColor(colour)
        dots.setMarkerSize(8)
        for number, score in enumerate(package_scores(plan), start=1):
            if score is not None:
                line.append(QPointF(number, _plot(score)))
                dots.append(QPointF(number, _plot(score)))
        self._add(line.name(), line)
        chart.addSeries(dots)
        chart.legend().markers(dots)[0].setVisible(False)
        added += [line, dots]
        if plan.reservation.min_score is not None:
            minimum = QLineSeries()
            minimum.setName(self.tr("Minimum package"))
            minimum.setPen(QPen(colour, 1.5, Qt.PenStyle.DotLine))
            minimum.append(QPointF(span[0], _plot(plan.reservation.min_score)))
            minimum.append(QPointF(span[1], _plot(plan.reservation.min_score)))
            self._add(minimum.name(), minimum)
            chart.legend().markers(minimum)[0].setVisible(False)  # the legend stays on one line: the axis names it
            added.append(minimum)
        for series in added:
            series.attachAxis(x_axis)
            series.attachAxis(score_axis)

    def _add(self, name: str, series: QLineSeries) -> None:
        self.chart().addSeries(series)
        self.series_by_name[name] = series

    def points(self, name: str) -> list[tuple[float, float]]:
        """The plotted points of one series (for tests)."""
        series = self.series_by_name.get(name)
        return [(p.x(), p.y()) for p in series.points()] if series is not None else []
