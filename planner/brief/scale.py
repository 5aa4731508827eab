"""The drawn scale: opening, target and best alternative around the walk-away point.

A horizontal line over the range of the plan's amounts, the side past the
walk-away point shaded (above it when buying, below it when selling), the
walk-away point marked under the line and the other amounts labelled above it,
staggered when labels would overlap. Drawn with ReportLab graphics, no image.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.brief.fit import MIN_PT
from planner.brief.fonts import BOLD, REGULAR
from planner.model import Plan, Side
from planner.money import format_money

HEIGHT = 66.0
LABEL_PT = MIN_PT + 0.5
WALK_RED = HexColor("#B3261E")
WALK_TINT = Color(0.70, 0.15, 0.12, alpha=0.12)
INK = HexColor("#333333")
_LINE_Y = 24.0
_ROW_Y = (31.0, 42.0, 53.0)  # baselines of the label rows above the line


def scale_points(plan: Plan) -> list[tuple[str, Decimal]]:
    """The amounts shown besides the walk-away point, in a stable order."""
    points: list[tuple[str, Decimal]] = []
    if plan.opening is not None:
        points.append(("Opening", plan.opening))
    if plan.target is not None:
        points.append(("Target", plan.target))
    best = plan.best_alternative
    if best is not None and best.value is not None:
        points.append(("Best alternative", best.value))
    return points


def scale_drawing(plan: Plan, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    reservation = plan.reservation.value
    points = scale_points(plan)
    values = [reservation, *(v for _, v in points)]
    low, high = min(values), max(values)
    span = high - low or max(abs(high) / 10, Decimal(1))
    low, high = low - span * Decimal("0.08"), high + span * Decimal("0.08")
    margin = 34.0  # room for labels centred on the first and last amounts
    inner = width - 2 * margin

    def x_of(value: Decimal) -> float:
        return margin + float((value - low) / (high - low)) * inner

    rx = x_of(reservation)
    walk_from, walk_to = (rx, width - margin / 2) if plan.side is Side.BUY else (margin / 2, rx)
    drawing.add(Rect(walk_from, _LINE_Y - 5, walk_to - walk_from, 10, fillColor=WALK_TINT, strokeColor=None))
    drawing.add(Line(margin / 2, _LINE_Y, width - margin / 2, _LINE_Y, strokeColor=INK, strokeWidth=1))
    if walk_to - walk_from > stringWidth("walk away", REGULAR, LABEL_PT) + 8:
        drawing.add(_label("walk away", (walk_from + walk_to) / 2, _LINE_Y + 7, REGULAR, WALK_RED))

    # The walk-away point: a marker on the line, its amount in bold under it.
    drawing.add(Polygon([rx - 5, _LINE_Y - 9, rx + 5, _LINE_Y - 9, rx, _LINE_Y], fillColor=WALK_RED, strokeColor=None))
    text = "Walk-away " + format_money(reservation, plan.currency)
    drawing.add(_label(text, _clamp(rx, text, BOLD, width), 3, BOLD, WALK_RED))

    taken: list[list[tuple[float, float]]] = [[] for _ in _ROW_Y]
    for name, value in sorted(points, key=lambda p: p[1]):
        x = x_of(value)
        text = f"{name} {format_money(value, plan.currency)}"
        centre = _clamp(x, text, REGULAR, width)
        half = stringWidth(text, REGULAR, LABEL_PT) / 2
        span_ = (centre - half - 3, centre + half + 3)
        row = next(
            (i for i, spans in enumerate(taken) if all(span_[1] < a or span_[0] > b for a, b in spans)),
            len(taken) - 1,
        )
        taken[row].append(span_)
        drawing.add(Line(x, _LINE_Y - 4, x, _ROW_Y[row] - 2, strokeColor=INK, strokeWidth=0.6))
        drawing.add(_label(text, centre, _ROW_Y[row], REGULAR, INK))
    return drawing


def _clamp(x: float, text: str, font: str, width: float) -> float:
    half: float = stringWidth(text, font, LABEL_PT) / 2  # ReportLab has no types
    return min(max(x, half), width - half)


def _label(text: str, x: float, y: float, font: str, color: Color) -> String:
    label = String(x, y, text, fontName=font, fontSize=LABEL_PT, fillColor=color)
    label.textAnchor = "middle"
    return label
