"""Give a page's space by priority instead of fixed boxes.

A :class:`Block` is a region whose box the layout decides, with a priority (1 is the
most important). Blocks sit in :class:`Row` s, top to bottom; a row is one column of
stacked blocks, or several columns of one block each side by side. :func:`allot`
measures every block at its natural size and decides each block's scale (no text below
7 pt) and, only when the page is full even at the minimum size, what is cut:

1. everything at its natural size, when that fits;
2. else shrink, least important first: each block down to its minimum before the next
   one is touched, the last one touched only as far as needed. A block whose shrinking
   would not lower the page (a short column beside a taller one) is left alone; when a
   block shrinks, the less important blocks beside it shrink with it;
3. when even that does not fit, cut, least important first: each block into the height
   the page leaves it, or out entirely when that height would show only its heading; once a
   block is left out (or the walk-away point loses a condition), nothing less important stays;
4. give back what is left over (leaving a block out frees more than was needed) in order
   of importance: cut blocks get their text back, shrunk blocks grow.

:meth:`Allotment.place` then stacks the rows from a top edge and returns the fitted
regions that :func:`planner.brief.page.render_page` draws.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from reportlab.platypus import Flowable

from planner.brief.fit import Cut, Fitted, Region, cut_region, measure, min_scale, shortened, within_reach

#: Heights closer than this are equal (points).
_TOL = 0.01
#: A change smaller than this is no gain (points).
_GAIN = 0.5
_STEPS = 7


@dataclass(eq=False)
class Block:
    region: Region  # its width is the column's; the box is decided by the layout
    priority: int
    #: Leading parts that only head the block: a cut that keeps no more than these leaves it out.
    head: int = 1
    #: False for the block that must stay even when nothing but its first line fits.
    droppable: bool = True
    scale: float = 1.0
    room: float | None = None  # cut into this height; None: whole
    dropped: bool = False
    #: The most room the block could ever get (set by the allotment): measuring stops past it.
    cap: float = float("inf")
    min_scale: float = field(init=False)
    _whole: dict[float, tuple[list[Flowable], float]] = field(init=False, default_factory=dict)
    _cuts: dict[tuple[float, float], Cut] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.min_scale = min_scale(self.region.parts)

    @property
    def name(self) -> str:
        return self.region.name

    def whole(self, scale: float | None = None) -> tuple[list[Flowable], float]:
        """Every part at ``scale`` (default: the block's), and their height.

        A block taller than the whole room is measured only that far (it is cut whatever else happens).
        """
        key = round(self.scale if scale is None else scale, 4)
        if key not in self._whole:
            self._whole[key] = measure(self.region, key, self.cap)
        return self._whole[key]

    def _cut(self) -> Cut:
        assert self.room is not None
        key = (round(self.scale, 4), round(self.room, 2))
        if key not in self._cuts:
            self._cuts[key] = cut_region(self.region, key[0], key[1])
        return self._cuts[key]

    @property
    def natural(self) -> float:
        return self.whole(1.0)[1]

    @property
    def is_cut(self) -> bool:
        return not self.dropped and self.room is not None and self.whole()[1] > self.room + _TOL

    def height(self) -> float:
        if self.dropped:
            return 0.0
        return self._cut().height if self.is_cut else self.whole()[1]

    def flowables(self) -> list[Flowable]:
        return self._cut().flowables if self.is_cut else self.whole()[0]

    def shows_more_than_its_heading(self) -> bool:
        return not self.is_cut or self._cut().kept > self.head

    def note(self) -> str:
        """What the footer says about this block: empty unless it was cut or left out."""
        if self.dropped:
            return shortened(self.region)
        return shortened(self.region, self._cut().dropped_items) if self.is_cut else ""


@dataclass(frozen=True, slots=True)
class Column:
    x: float
    width: float
    blocks: tuple[Block, ...]


@dataclass(eq=False)
class Row:
    columns: list[Column]
    gap: float = 0.0  # between blocks stacked in one column
    pad_top: float = 0.0  # inside the row's box, above and below its blocks (a tinted panel)
    pad_bottom: float = 0.0

    def __post_init__(self) -> None:
        if len(self.columns) > 1 and any(len(c.blocks) != 1 for c in self.columns):
            raise ValueError("side by side columns hold one block each")

    @property
    def shown(self) -> bool:
        return any(not b.dropped for c in self.columns for b in c.blocks)

    def column_height(self, column: Column) -> float:
        shown = [b for b in column.blocks if not b.dropped]
        return sum(b.height() for b in shown) + self.gap * max(0, len(shown) - 1)

    def content_height(self) -> float:
        return max((self.column_height(c) for c in self.columns), default=0.0)

    def height(self) -> float:
        return self.pad_top + self.content_height() + self.pad_bottom if self.shown else 0.0


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a row went: its box (padding included), for painters such as a tinted panel."""

    row: Row
    x: float
    y: float
    width: float
    height: float


class Allotment:
    """The rows of one page and the room they share; :func:`allot` decides, :meth:`place` positions."""

    def __init__(self, rows: list[Row], room: float, gap: float) -> None:
        self.rows, self.room, self.gap = rows, room, gap
        self.blocks = sorted((b for r in rows for c in r.columns for b in c.blocks), key=lambda b: b.priority)
        for block in self.blocks:  # no block can show more than the whole room holds: wrap no more
            block.region, block.cap = within_reach(block.region, room), room
        self._row_of = {b: r for r in rows for c in r.columns for b in c.blocks}

    def height(self) -> float:
        shown = [r for r in self.rows if r.shown]
        return sum(r.height() for r in shown) + self.gap * max(0, len(shown) - 1)

    def fits(self) -> bool:
        return self.height() <= self.room + _TOL

    def row_of(self, block: Block) -> Row:
        return self._row_of[block]

    def column_of(self, block: Block) -> Column:
        return next(c for c in self.row_of(block).columns if block in c.blocks)

    def beside(self, block: Block) -> Iterator[Block]:
        """The blocks in the other columns of the block's row."""
        for column in self.row_of(block).columns:
            if block not in column.blocks:
                yield from column.blocks

    def binding(self, block: Block) -> bool:
        """True when the block's column sets its row's height (shrinking it could lower the page)."""
        row = self.row_of(block)
        return row.column_height(self.column_of(block)) >= row.content_height() - _GAIN

    # -- the steps of allot() ------------------------------------------------------------

    def shrink(self) -> None:
        for block in reversed(self.blocks):
            if self.fits():
                return
            if block.dropped or block.scale <= block.min_scale:
                continue
            group = [block, *(b for b in self.beside(block) if b.priority >= block.priority)]
            saved = [b.scale for b in group]
            before = self.height()
            for b in group:
                b.scale = min(b.scale, b.min_scale)
            if self.height() > before - _GAIN:  # not this block's column that sets the height
                for b, scale in zip(group, saved, strict=True):
                    b.scale = scale
                continue
            if self.fits():
                self._largest_scale(block, block.min_scale, saved[0])
                return

    def cut(self) -> None:
        for block in reversed(self.blocks):
            excess = self.height() - self.room
            if excess <= _TOL:
                return
            if block.dropped:
                continue
            row, column = self.row_of(block), self.column_of(block)
            beside = list(self.beside(block))
            # Columns holding something more important than this block keep their height.
            floor = max((b.height() for b in beside if b.priority < block.priority), default=0.0)
            content = row.content_height()
            target = max(content - excess, floor)
            if target > content - _GAIN:
                continue
            over = row.column_height(column) - target
            if over > 0:
                self._cut_to(block, block.height() - over)
            for other in beside:
                if other.priority < block.priority or other.dropped:
                    continue
                if block.dropped:
                    other.dropped = True  # nothing less important stays where this one went
                elif other.height() > target:
                    self._cut_to(other, target)

    def sweep(self) -> None:
        """Nothing less important stays where a block was left out, or where the block that may not
        be left out (the walk-away point) lost part of itself: not even beside a taller block."""
        for index, block in enumerate(self.blocks):
            if block.dropped or (block.is_cut and not block.droppable):
                for lower in self.blocks[index + 1 :]:
                    lower.dropped = lower.dropped or lower.priority > block.priority
                return

    def _cut_to(self, block: Block, room: float) -> None:
        block.room = max(0.0, room)
        if block.droppable and not block.shows_more_than_its_heading():
            block.dropped = True

    def grow(self) -> None:
        for block in self.blocks:
            if block.dropped or (self.binding(block) and self.room - self.height() < _TOL):
                continue  # no room left that this block could take
            if block.room is not None:
                self._largest_room(block)
            if block.room is None and block.scale < 1.0:
                self._largest_scale(block, block.scale, 1.0)

    def _largest_scale(self, block: Block, low: float, high: float) -> None:
        block.scale = self._largest(lambda value: setattr(block, "scale", value), low, high)

    def _largest_room(self, block: Block) -> None:
        low = block.room
        assert low is not None
        block.room = None
        if not self.fits():
            block.room = self._largest(lambda value: setattr(block, "room", value), low, block.whole()[1])

    def _largest(self, put: Callable[[float], None], low: float, high: float) -> float:
        """The largest value in [low, high] (``low`` fits) with which the page still fits.

        The smallest step up is tried first: with no room left, that is one measurement
        instead of a whole search (large blocks are slow to wrap).
        """
        for value in (high, low + (high - low) / 2**_STEPS):
            put(value)
            if value == high and self.fits():
                return high
        if not self.fits():
            put(low)
            return low
        low = low + (high - low) / 2**_STEPS
        for _ in range(_STEPS):
            middle = (low + high) / 2
            put(middle)
            low, high = (middle, high) if self.fits() else (low, middle)
        put(low)
        return low

    # -- the result --------------------------------------------------------------------

    @property
    def shortened(self) -> list[Block]:
        """Blocks cut or left out, most important first."""
        return [b for b in self.blocks if b.dropped or b.is_cut]

    def place(self, top: float, *, spread: float = 0.0) -> tuple[list[Fitted], list[Placed]]:
        """Fitted regions from ``top`` down, and each shown row's box.

        Room left over widens the gaps between rows by up to ``spread`` points each;
        the rest stays below the last row.
        """
        shown = [r for r in self.rows if r.shown]
        left = max(0.0, self.room - self.height())
        extra = min(spread, left / max(1, len(shown) - 1)) if len(shown) > 1 else 0.0
        fitted: list[Fitted] = []
        placed: list[Placed] = []
        y = top
        for row in shown:
            height = row.height()
            xs = [c.x for c in row.columns]
            right = max(c.x + c.width for c in row.columns)
            placed.append(Placed(row, min(xs), y - height, right - min(xs), height))
            for column in row.columns:
                cursor = y - row.pad_top
                for block in column.blocks:
                    if block.dropped:
                        continue
                    h = block.height()
                    region = replace(block.region, x=column.x, y=cursor - h, width=column.width, height=h + _GAIN)
                    fitted.append(Fitted(region, block.flowables(), block.scale, block.is_cut, block.note()))
                    cursor -= h + row.gap
            y -= height + self.gap + extra
        for block in self.blocks:
            if block.dropped:
                region = replace(block.region, height=0.0)
                fitted.append(Fitted(region, [], block.scale, True, block.note()))
        return fitted, placed


def allot(rows: list[Row], room: float, *, gap: float) -> Allotment:
    """Decide every block's scale and cut so that the rows, ``gap`` apart, fit ``room`` points."""
    allotment = Allotment(rows, room, gap)
    if not allotment.fits():
        allotment.shrink()
    if not allotment.fits():
        allotment.cut()
        allotment.sweep()
    allotment.grow()
    return allotment
