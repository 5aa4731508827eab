"""Fit content into a box of one page: shrink to a legible minimum, then cut.

A :class:`Region` is a box on the page and a list of parts. :func:`fit_region`
first tries the parts at full size, then smaller (binary search on a scale, no
text below :data:`MIN_PT`), and when even the minimum does not fit it keeps the
parts in order, cuts the first one that overflows at a word with a visible "…",
and drops the rest: list items are counted into an "… and N more" line.
Whatever happens, the result fits its box, so the page stays one page.

:func:`measure` and :func:`cut_region` are the two steps on their own, for a
layout that decides the boxes itself (:mod:`planner.brief.priority`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from planner.brief.fonts import BOLD, REGULAR
from planner.brief.text import ELLIPSIS, clean, markup

#: Nothing on the page is smaller than this.
MIN_PT = 7.0
#: The smallest scale tried; sizes are clamped to MIN_PT anyway.
_MIN_SCALE = 0.25
_SEARCH_STEPS = 6
#: Slack against rounding differences between our measure and the Frame's.
_FUZZ = 0.5


@dataclass(frozen=True, slots=True)
class Role:
    """How a kind of text looks at full size."""

    size: float
    bold: bool = False
    color: Color = black
    space_after: float = 2.0
    leading: float = 1.22  # times the size
    indent: float = 0.0  # hanging indent for tick boxes and numbers, in points at full size
    #: Never shrink below this (the walk-away point stays the largest text on the page).
    floor: float = MIN_PT

    def style(self, scale: float) -> ParagraphStyle:
        size = max(MIN_PT, self.floor, self.size * scale)
        factor = size / self.size
        return ParagraphStyle(
            name=f"r{self.size}{self.bold}",
            fontName=BOLD if self.bold else REGULAR,
            fontSize=size,
            leading=size * self.leading,
            textColor=self.color,
            spaceBefore=0,
            spaceAfter=self.space_after * factor,
            leftIndent=self.indent * factor,
            firstLineIndent=-self.indent * factor,
        )


class Part:
    """Something a region holds. ``item`` parts may be dropped and counted as "N more"."""

    item: bool = False
    cuttable: bool = False

    def flowable(self, scale: float) -> Flowable:
        raise NotImplementedError

    def cut(self, scale: float, width: float, height: float) -> Flowable | None:
        """A shortened form that fits ``height`` and shows it was cut, or None."""
        return None


@dataclass
class Text(Part):
    """A paragraph: trusted ``prefix`` markup (ours) followed by user ``text`` (escaped)."""

    text: str
    role: Role
    prefix: str = ""
    item: bool = False
    cuttable: bool = True

    def _paragraph(self, text: str, scale: float) -> Paragraph:
        return Paragraph(self.prefix + markup(text), self.role.style(scale))

    def flowable(self, scale: float) -> Flowable:
        return self._paragraph(clean(self.text), scale)

    def cut(self, scale: float, width: float, height: float) -> Flowable | None:
        if not self.cuttable:
            return None
        words = clean(self.text).split(" ")

        def attempt(count: int) -> Paragraph:
            return self._paragraph(" ".join(words[:count]).rstrip(" ,;:.") + ELLIPSIS, scale)

        low, high, best = 0, len(words) - 1, None
        while low <= high:  # the longest prefix of words that still fits
            middle = (low + high) // 2
            candidate = attempt(middle)
            if _height(candidate, width) <= height:
                best, low = candidate, middle + 1
            else:
                high = middle - 1
        if best is None:
            return None
        if low - 1 == 0 and len(words[0]) > 40:
            return None  # one very long "word": nothing readable would remain
        return best


@dataclass
class Fixed(Part):
    """A flowable that keeps its size (a drawing, a spacer)."""

    make: Callable[[float], Flowable]
    item: bool = False

    def flowable(self, scale: float) -> Flowable:
        return self.make(scale)


@dataclass
class Region:
    """A box on the page (bottom-left x, y; width; height) and what goes in it."""

    name: str
    x: float
    y: float
    width: float
    height: float
    parts: list[Part]
    #: Text for the line that replaces dropped list items: ``more(n)``.
    more: Callable[[int], str] | None = None
    more_role: Role = field(default_factory=lambda: Role(MIN_PT))
    #: How the footer names this region when it was shortened ("alternatives").
    label: str = ""


@dataclass
class Fitted:
    region: Region
    flowables: list[Flowable]
    scale: float
    cut: bool
    #: What was shortened, for the footer: "alternatives (2 more)"; empty when nothing was.
    note: str = ""


@dataclass
class Cut:
    """A region cut to a height: its flowables, how many parts show (whole or cut), items left out."""

    flowables: list[Flowable]
    kept: int
    dropped_items: int
    height: float = 0.0


def shortened(region: Region, dropped_items: int = 0) -> str:
    """The footer's name for a shortened region: ``alternatives (2 more)``."""
    name = region.label or region.name.replace("_", " ")
    return f"{name} ({dropped_items} more)" if dropped_items else name


def _height(flowable: Flowable, width: float) -> float:
    h: float
    _w, h = flowable.wrap(width, 10_000)  # ReportLab has no types
    flowable.height = h
    flowable._wrapped_width = width  # lets draw_region skip a second wrap
    after: float = flowable.getSpaceAfter()
    return h + after


def _total(flowables: Sequence[Flowable], width: float) -> float:
    return sum(_height(f, width) for f in flowables)


def measure(region: Region, scale: float, cap: float = float("inf")) -> tuple[list[Flowable], float]:
    """The region's parts at ``scale``, wrapped at its width, and their total height.

    Past ``cap`` points the rest is not wrapped: the parts so far and their height (> ``cap``).
    """
    flowables: list[Flowable] = []
    height = 0.0
    for part in region.parts:
        if height > cap:
            break
        flowables.append(part.flowable(scale))
        height += _height(flowables[-1], region.width)
    return flowables, height


def min_scale(parts: Sequence[Part]) -> float:
    """The scale at which every text of ``parts`` has reached its smallest size (its role's floor)."""
    floors = [max(MIN_PT, p.role.floor) / p.role.size for p in parts if isinstance(p, Text)]
    return min([1.0, *floors])


def cut_region(region: Region, scale: float, room: float) -> Cut:
    """The parts at ``scale`` shortened into ``room`` points (see :func:`fit_region`)."""
    cut = _cut(region, scale, room)
    cut.height = _total(cut.flowables, region.width)
    return cut


#: Less than the advance of any printed character, in ems (DejaVu Sans' narrowest, U+2044 and a few
#: modifier letters, is 0.166; whitespace runs print as one space of 0.318).
_NARROWEST_EM = 0.15
#: Characters that take no room on a line (combining marks, joiners): never counted against the room.
_ZERO_WIDTH = frozenset(("Mn", "Me", "Cf"))


def _capacity(region: Region) -> tuple[int, int]:
    """More characters than ``region`` can show at the smallest size, in all and on one line."""
    per_line = int(region.width / (MIN_PT * _NARROWEST_EM)) + 1
    lines = int(region.height / MIN_PT) + 1
    return per_line * lines, per_line


def _prefix_showing(text: str, count: int) -> str:
    """The start of ``text`` holding ``count`` characters that take room (all of it when shorter)."""
    if len(text) <= count:
        return text
    import unicodedata

    taken = 0
    for index, char in enumerate(text):
        if unicodedata.category(char) not in _ZERO_WIDTH and char != "\ufffc":  # U+FFFC: no width either
            taken += 1
            if taken > count:
                return text[:index]
    return text


def _within_reach(region: Region) -> Region:
    """``region`` with texts shortened to what could ever be seen in it: same result, bounded work.

    Fitting wraps every text at every trial size, so a plan with fifty 10,000-character notes
    took many seconds. A text longer than the region can hold at the smallest size is cut
    anyway, at a word before that point, so what lies beyond never shows; in a list, the
    texts after the first ones that fill the region are never reached, so a line's worth each
    keeps them countable ("… and N more") without wrapping what no one will see.
    """
    capacity, line = _capacity(region)
    in_order = any(p.item for p in region.parts)  # a list: placed in order (else each gets a share)
    left = capacity
    parts: list[Part] = []
    for part in region.parts:
        if isinstance(part, Text) and part.text:
            budget = max(left, 2 * line) if in_order else capacity
            shown = _prefix_showing(part.text, budget)
            if shown is not part.text:
                part = Text(shown, part.role, part.prefix, part.item, part.cuttable)
            left -= len(shown)
        parts.append(part)
    return replace(region, parts=parts)


def within_reach(region: Region, height: float) -> Region:
    """``region`` with its texts bounded by what a box ``height`` points tall could ever show
    (see :func:`_within_reach`): for a layout that decides the box later, ``height`` is the most it
    could get."""
    return replace(_within_reach(replace(region, height=height)), height=region.height)


def fit_region(region: Region) -> Fitted:
    """The flowables for ``region``, as large as fits, cut only when the minimum does not."""
    region = _within_reach(region)
    room = region.height - _FUZZ
    whole, height = measure(region, 1.0)
    if height <= room:
        return Fitted(region, whole, 1.0, cut=False)
    low, high, best = _MIN_SCALE, 1.0, None
    for _ in range(_SEARCH_STEPS):
        middle = (low + high) / 2
        attempt = [p.flowable(middle) for p in region.parts]
        if _total(attempt, region.width) <= room:
            best, low = (attempt, middle), middle
        else:
            high = middle
    if best is None:
        smallest = [p.flowable(_MIN_SCALE) for p in region.parts]
        if _total(smallest, region.width) <= room:
            best = (smallest, _MIN_SCALE)
    if best is not None:
        return Fitted(region, best[0], best[1], cut=False)
    cut = _cut(region, _MIN_SCALE, room)
    return Fitted(region, cut.flowables, _MIN_SCALE, cut=True, note=shortened(region, cut.dropped_items))


def _cut(region: Region, scale: float, room: float) -> Cut:
    if any(p.item for p in region.parts):
        return _cut_list(region, scale, room)
    return _cut_shared(region, scale, room)


def _cut_shared(region: Region, scale: float, room: float) -> Cut:
    """Texts side by side in importance (a script's three parts): each gets a fair share.

    Parts that cannot be cut keep their height; the rest of the room is shared so
    that short texts stay whole and only the long ones are cut (water-filling).
    """
    flowables = [p.flowable(scale) for p in region.parts]
    heights = [_height(f, region.width) for f in flowables]
    flexible = [i for i, p in enumerate(region.parts) if p.cuttable]
    budget = room - sum(h for i, h in enumerate(heights) if i not in flexible)
    if budget <= 0 or not flexible:
        return _cut_list(region, scale, room)
    share: dict[int, float] = {}
    open_parts = set(flexible)
    while open_parts:
        fair = budget / len(open_parts)
        whole = [i for i in open_parts if heights[i] <= fair]
        if not whole:
            break
        for i in whole:
            share[i] = heights[i]
            budget -= heights[i]
            open_parts.discard(i)
    out: list[Flowable] = []
    kept = 0
    for i, flowable in enumerate(flowables):
        if i not in open_parts:
            out.append(flowable)
            kept += 1
            continue
        cut = region.parts[i].cut(scale, region.width, budget / len(open_parts))
        out.append(cut if cut is not None else _ellipsis(scale))
        kept += cut is not None
    if _total(out, region.width) > room:  # shares too small even for a "…" each: in reading order
        return _cut_list(region, scale, room)
    return Cut(out, kept, 0)


def _cut_list(region: Region, scale: float, room: float) -> Cut:
    """Parts in reading order; what overflows is cut, and dropped list items are counted."""
    flowables, stopped_at = _place(region, scale, room, reserve=0.0)
    dropped_items = sum(1 for p in region.parts[stopped_at:] if p.item)
    if not (region.more and dropped_items):
        return Cut(flowables, stopped_at, dropped_items)
    line_height = _height(_more_line(region, dropped_items, scale), region.width)
    flowables, stopped_at = _place(region, scale, room, reserve=line_height)
    dropped_items = sum(1 for p in region.parts[stopped_at:] if p.item)
    if dropped_items:
        flowables = [*flowables, _more_line(region, dropped_items, scale)]
    return Cut(flowables, stopped_at, dropped_items)


def _more_line(region: Region, count: int, scale: float) -> Paragraph:
    assert region.more is not None
    return Paragraph(markup(region.more(count)), region.more_role.style(scale))


def _place(region: Region, scale: float, room: float, *, reserve: float) -> tuple[list[Flowable], int]:
    """Parts in order while they fit; the first that does not is cut, or else dropped.

    Returns the flowables and the index of the first part not wholly placed
    (a cut part counts as placed).
    """
    used = 0.0
    out: list[Flowable] = []
    for index, part in enumerate(region.parts):
        flowable = part.flowable(scale)
        height = _height(flowable, region.width)
        if used + height <= room - reserve:
            out.append(flowable)
            used += height
            continue
        cut = part.cut(scale, region.width, room - reserve - used)
        if cut is not None:
            out.append(cut)
            return out, index + 1
        if not part.item and used + _height(_ellipsis(scale), region.width) <= room - reserve:
            out.append(_ellipsis(scale))
        return out, index
    return out, len(region.parts)


def _ellipsis(scale: float) -> Paragraph:
    return Paragraph(ELLIPSIS, Role(MIN_PT).style(scale))


def draw_region(canvas: object, fitted: Fitted) -> bool:
    """Draw a fitted region top-down; returns True if something did not fit (never expected).

    Flowables are drawn directly rather than through a Frame: they were wrapped at
    this width while fitting, and wrapping a paragraph twice is the costliest step.
    """
    r = fitted.region
    y = r.y + r.height
    for flowable in fitted.flowables:
        _w, height = flowable.wrap(r.width, 10_000) if _stale(flowable, r.width) else (0, flowable.height)
        if y - height < r.y - _FUZZ:
            return True
        flowable.drawOn(canvas, r.x, y - height)
        y -= height + flowable.getSpaceAfter()
    return False


def _stale(flowable: Flowable, width: float) -> bool:
    """True unless the flowable's last wrap was at ``width`` (its layout is still valid)."""
    return getattr(flowable, "_wrapped_width", None) != width or not hasattr(flowable, "height")
