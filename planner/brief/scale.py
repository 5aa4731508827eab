"""The drawn scale: the walk-away point among the plan's other amounts.

A horizontal line over the range of the amounts; the side past the walk-away point
shaded (above it when buying, below it when selling); the walk-away point marked under
the line with its amount in bold; the other amounts ticked on the line; when their
walk-away point is known, the zone of agreement as a band between the two points.
Labels are placed by :mod:`planner.brief.labels`, so none ever touches another: on
either side of the line, stacked over two lines where the gap is narrow, with leader
lines to their points. Amounts at one spot share a label. Drawn with ReportLab graphics,
no image. The follow-up brief draws its then-and-now scale with :func:`draw_scale` too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.brief.fit import MIN_PT
from planner.brief.fonts import BOLD, REGULAR, register_fonts
from planner.brief.labels import ABOVE, BELOW, Label, Placer
from planner.brief.their_side import zone_of_agreement
from planner.model import Plan, Side
from planner.money import format_money

LABEL_PT = MIN_PT + 0.5
WALK_RED = HexColor("#B3261E")
WALK_TINT = Color(0.70, 0.15, 0.12, alpha=0.12)
ZONE_GREEN = HexColor("#2E7D32")
ZONE_TINT = Color(0.18, 0.49, 0.20, alpha=0.35)
INK = HexColor("#333333")
LEADER = HexColor("#999999")
SLOT = 10.0  # one line of labels
_ABOVE_AXIS = 7.0  # room between the line and the first slot above (ticks, shading)
_BELOW_AXIS = 12.0  # and below (the walk-away marker)
_EDGE = 2.0
_INSET = 8.0  # the first and last amounts keep this far from the ends of the line
_SAME_SPOT = 2.5  # amounts closer than this on the line share one label


@dataclass(frozen=True, slots=True)
class Scale:
    """The drawing, and where each of its labels went (for tests and diagnostics)."""

    drawing: Drawing
    labels: list[Label]


@dataclass(frozen=True, slots=True)
class Mark:
    name: str
    value: Decimal


def scale_points(plan: Plan) -> list[tuple[str, Decimal]]:
    """The amounts shown besides the walk-away point, most telling first."""
    points: list[tuple[str, Decimal]] = []
    best = plan.best_alternative
    if best is not None and best.value is not None:
        points.append(("Best alternative", best.value))
    if plan.target is not None:
        points.append(("Target", plan.target))
    if plan.opening is not None:
        points.append(("Opening", plan.opening))
    return points


def scale_drawing(plan: Plan, width: float) -> Scale:
    """The walk-away brief's scale, ``width`` points wide (its height follows its labels)."""
    marks = [Mark(name, value) for name, value in scale_points(plan)]
    theirs = plan.their_side.walk_away
    return draw_scale(
        width,
        plan,
        ours=plan.reservation.value,
        marks=marks,
        theirs=Mark("Their walk-away (est.)", theirs) if theirs is not None else None,
        zone=zone_of_agreement(plan),
    )


def draw_scale(
    width: float,
    plan: Plan,
    *,
    ours: Decimal,
    marks: list[Mark],
    theirs: Mark | None = None,
    zone: tuple[Decimal, Decimal] | None = None,
    ours_name: str = "Walk-away",
) -> Scale:
    """A scale of ``marks`` (most telling first) around our walk-away point ``ours``."""
    register_fonts()  # labels are measured
    values = [ours, *(m.value for m in marks)] + ([theirs.value] if theirs else [])
    low, high = min(values), max(values)
    span = high - low or max(abs(high) / 10, Decimal(1))
    low, high = low - span * Decimal("0.06"), high + span * Decimal("0.06")

    def x_of(value: Decimal) -> float:
        return _INSET + float((value - low) / (high - low)) * (width - 2 * _INSET)

    rx = x_of(ours)
    walk = (rx, width) if plan.side is Side.BUY else (0.0, rx)
    labels = [_label("ours", [Mark(ours_name, ours)], plan.currency, rx, BOLD, side=BELOW, fixed=True)]
    ticks = []
    for group in _same_spot([*marks, *([theirs] if theirs else [])], x_of):
        x = sum(x_of(m.value) for m in group) / len(group)
        side = BELOW if theirs is not None and theirs in group else ABOVE
        labels.append(_label("theirs" if side is BELOW else "mark", group, plan.currency, x, REGULAR, side=side))
        ticks.append(x)
    zone_x = (x_of(zone[0]), x_of(zone[1])) if zone is not None else None
    if zone_x is not None:
        labels.append(_caption("zone", "zone of agreement", zone_x, ABOVE, optional=False))
    if walk[1] - walk[0] > 0:
        labels.append(_caption("walk", "walk away", walk, BELOW, optional=True, leader_ok=False))
    placer = Placer(width, lambda text, font: stringWidth(text, font, LABEL_PT))
    placer.place(labels)

    below, above = placer.slots_used(BELOW), placer.slots_used(ABOVE)
    height = _EDGE + below * SLOT + _BELOW_AXIS + _ABOVE_AXIS + above * SLOT + _EDGE
    y0 = _EDGE + below * SLOT + _BELOW_AXIS
    drawing = Drawing(width, height)
    drawing.add(Rect(walk[0], y0 - 5, walk[1] - walk[0], 10, fillColor=WALK_TINT, strokeColor=None))
    if zone_x is not None:
        drawing.add(Rect(zone_x[0], y0 - 3, max(zone_x[1] - zone_x[0], 1.0), 6, fillColor=ZONE_TINT, strokeColor=None))
    drawing.add(Line(0, y0, width, y0, strokeColor=INK, strokeWidth=1))
    for x in ticks:
        drawing.add(Line(x, y0 - 4, x, y0 + 4, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Polygon([rx - 5, y0 - 9, rx + 5, y0 - 9, rx, y0], fillColor=WALK_RED, strokeColor=None))
    for label in labels:
        if label.shown:
            _draw_label(drawing, label, y0)
    return Scale(drawing, labels)


def _same_spot(marks: list[Mark], x_of: Callable[[Decimal], float]) -> list[list[Mark]]:
    """Marks grouped when they fall on one spot of the line, in the order of their first mark."""
    groups: list[list[Mark]] = []
    for mark in marks:
        group = next((g for g in groups if abs(x_of(g[0].value) - x_of(mark.value)) < _SAME_SPOT), None)
        if group is None:
            groups.append([mark])
        else:
            group.append(mark)
    return groups


def _label(key: str, group: list[Mark], currency: str, x: float, font: str, *, side: int, fixed: bool = False) -> Label:
    amounts = [format_money(m.value, currency) for m in group]
    names = [m.name if i == 0 else m.name[0].lower() + m.name[1:] for i, m in enumerate(group)]
    if len(set(amounts)) == 1:
        line, stacked = f"{', '.join(names)} {amounts[0]}", [", ".join(names), amounts[0]]
    else:
        entries = [f"{n} {a}" for n, a in zip(names, amounts, strict=True)]
        line, stacked = " · ".join(entries), entries
    return Label(key, [line], stacked, font, x, side=side, fixed_side=fixed)


def _caption(
    key: str, text: str, span: tuple[float, float], side: int, *, optional: bool, leader_ok: bool = True
) -> Label:
    middle = (span[0] + span[1]) / 2
    return Label(
        key,
        [text],
        [],
        REGULAR,
        middle,
        span=span,
        side=side,
        optional=optional,
        leader_ok=leader_ok,
        max_slot=0 if optional else 14,
    )


def _draw_label(drawing: Drawing, label: Label, y0: float) -> None:
    side, rows = label.placed_side, label.rows
    color = {"ours": WALK_RED, "zone": ZONE_GREEN, "walk": WALK_RED}.get(label.key, INK)
    centre = label.left + label.width / 2
    for index, text in enumerate(rows):
        slot = label.slot + (len(rows) - 1 - index if side is ABOVE else index)
        bottom = y0 + _ABOVE_AXIS + slot * SLOT if side is ABOVE else y0 - _BELOW_AXIS - (slot + 1) * SLOT
        string = String(centre, bottom + 2.2, text, fontName=label.font, fontSize=LABEL_PT, fillColor=color)
        string.textAnchor = "middle"
        drawing.add(string)
    if label.leader:
        start = y0 + 4 if side is ABOVE else y0 - (9 if label.key == "ours" else 4)
        end = y0 + _ABOVE_AXIS + label.slot * SLOT if side is ABOVE else y0 - _BELOW_AXIS - label.slot * SLOT
        if abs(end - start) > 1:
            drawing.add(Line(label.x, start, label.x, end, strokeColor=LEADER, strokeWidth=0.5))
