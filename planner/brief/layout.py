"""Where each part of a brief goes, for A4 and US Letter.

The frame is fixed: the title at the top, the signature block and the footer at the
bottom. Between them the blocks are laid out by priority (:mod:`planner.brief.priority`)
in rows from top to bottom: a tinted panel for the walk-away point, rows of two columns,
and full-width rows. The walk-away brief's rows are

    the walk-away point, its conditions, the package (when the plan has one: its terms and the
        minimum score) and "Why this point" (the panel)
    the first-time-today question    | the signals with tick boxes
    the scale (full width, so its labels have room)
    the alternatives
    their side: who decides, their likely walk-away point, the zone of agreement
    the walk script and the rule on threats

and its priorities, most important first, are :data:`PRIORITY`: space goes to the
walk-away point and every one of its conditions first, and so on down the list.
:func:`arrange` does the same for any other one-page document (the follow-up brief).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from planner.brief import content
from planner.brief.fit import Fitted, Region, fit_region, measure
from planner.brief.fonts import register_fonts
from planner.brief.package_table import package_region
from planner.brief.page import MARGIN, Box, paper_size
from planner.brief.priority import Allotment, Block, Column, Row, allot
from planner.model import Plan

GAP = 9.0
#: The title band grows with a long title up to this height, then shrinks and cuts within it.
HEADER_MAX = 66.0
SIGNATURE_H = 92.0
FOOTER_H = 12.0
POINT_PAD = 9.0
#: Room left over widens the gaps between rows by up to this much each.
SPREAD = 10.0

#: Space is given in this order (1 first): a block earlier in the list is shrunk later and
#: cut later than every block after it. Any other block comes after all of them.
PRIORITY = (
    "point",
    "package",
    "rationale",
    "first_time",
    "signals",
    "script",
    "scale",
    "alternatives",
    "their_side",
)


@dataclass(frozen=True, slots=True)
class BriefLayout:
    """The fixed frame of the page: what lies between the margins above the signature block."""

    page: tuple[float, float]
    content: Box
    signature: Box

    @property
    def half(self) -> float:
        """The width of one of two columns."""
        return (self.content.width - 2 * GAP) / 2

    @property
    def panel(self) -> float:
        """The width of the text inside the tinted panel."""
        return self.content.width - 2 * POINT_PAD


@dataclass
class BriefPage:
    """A brief laid out: regions to draw, the tinted panel's box, how the space was given."""

    regions: list[Fitted]
    point: Box
    allotment: Allotment


def brief_layout(paper: str) -> BriefLayout:
    width, height = paper_size(paper)
    inner = width - 2 * MARGIN
    signature = Box(MARGIN, MARGIN + FOOTER_H, inner, SIGNATURE_H)
    top = signature.top + GAP
    return BriefLayout((width, height), Box(MARGIN, top, inner, height - MARGIN - top), signature)


def ranked(order: tuple[str, ...] | dict[str, int]) -> dict[str, int]:
    """Priorities by block name from an order (1 first) or as given."""
    return dict(order) if isinstance(order, dict) else {name: rank for rank, name in enumerate(order, start=1)}


def block(region: Region, ranks: dict[str, int], *, head: int = 1, droppable: bool = True) -> Block:
    return Block(region, ranks.get(region.name, max(ranks.values(), default=0) + 1), head=head, droppable=droppable)


def panel_row(frame: BriefLayout, *blocks: Block) -> Row:
    """Blocks stacked in the tinted panel at the top."""
    pad = POINT_PAD - 2
    return Row([Column(frame.content.x + POINT_PAD, frame.panel, blocks)], gap=3.0, pad_top=pad, pad_bottom=pad)


def pair_row(frame: BriefLayout, left: Block, right: Block) -> Row:
    box = frame.content
    return Row([Column(box.x, frame.half, (left,)), Column(box.x + frame.half + 2 * GAP, frame.half, (right,))])


def full_row(frame: BriefLayout, only: Block) -> Row:
    return Row([Column(frame.content.x, frame.content.width, (only,))])


def arrange(frame: BriefLayout, header: Region, rows: list[Row]) -> BriefPage:
    """The title band, then the rows laid out by priority below it (the first row is the panel)."""
    register_fonts()  # measuring needs them
    title = _header(header, frame.content)
    top = title.region.y - GAP
    allotment = allot(rows, top - frame.content.y, gap=GAP)
    regions, placed = allotment.place(top, spread=SPREAD)
    panel = placed[0] if placed and placed[0].row is rows[0] else None
    point = Box(frame.content.x, panel.y, frame.content.width, panel.height) if panel else Box(0, 0, 0, 0)
    return BriefPage([title, *regions], point, allotment)


def lay_out(plan: Plan, paper: str, today: date, revision: int | None) -> BriefPage:
    """The walk-away brief: measure every block, give the space by priority and place the rows."""
    register_fonts()
    frame = brief_layout(paper)
    ranks = ranked(PRIORITY)
    width, half = frame.content.width, frame.half
    panel = [block(content.point_region(plan, frame.panel), ranks, head=0, droppable=False)]
    package = package_region(plan, frame.panel)
    if package is not None:
        panel.append(block(package, ranks, head=2))
    rationale = content.rationale_region(plan, frame.panel)
    if rationale is not None:
        panel.append(block(rationale, ranks, head=0))
    rows = [
        panel_row(frame, *panel),
        pair_row(
            frame, block(content.first_time_region(half), ranks), block(content.signals_region(plan, half), ranks)
        ),
        full_row(frame, block(content.scale_region(plan, width), ranks)),
        full_row(frame, block(content.alternatives_region(plan, width), ranks)),
        full_row(frame, block(content.their_side_region(plan, width), ranks)),
        full_row(frame, block(content.script_region(plan, width), ranks)),
    ]
    return arrange(frame, content.header_region(plan, width, today, revision), rows)


def _header(region: Region, box: Box) -> Fitted:
    """The title band: as tall as the title needs, up to :data:`HEADER_MAX`."""
    _flowables, natural = measure(region, 1.0)
    height = min(natural, HEADER_MAX) + 1.0
    return fit_region(replace(region, x=box.x, y=box.top - height, height=height))
