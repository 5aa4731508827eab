"""Place the labels of a drawn scale so that no two ever touch.

Each label names a point on the axis (a leader line runs from the point to the label,
which always spans the point) or a stretch of it (the label sits within the stretch, no
leader). Labels go in slots, lines of text above and below the axis; a slot further out
holds a label only if its leader crosses no label nearer the axis. Every label tries
each side, each slot and two forms, on one line (``Target EUR 17,400``) or with the
amount stacked under the name for narrow gaps, and takes the cheapest free place:
near the axis first, one line rather than two, centred on its point, on its preferred
side, and not over the point of a label still to come (that one could then not pass).
A label that finds no place with a leader (several points at one spot) takes the
first free place in a new slot outside, without one. Nothing here draws.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

ABOVE, BELOW = 1, -1
PAD = 5.0  # between two labels in one slot
CLEAR = 2.0  # a leader keeps this far inside its label and outside any other
_MAX_SLOTS = 14


@dataclass
class Label:
    """One label: ``lines[0]`` is the one-line form, ``lines[1:]`` the stacked form (optional)."""

    key: str
    lines: list[str]
    stacked: list[str]
    font: str
    x: float  # the point it names (for a stretch: its middle)
    span: tuple[float, float] | None = None  # a stretch: the label stays inside, no leader
    side: int = ABOVE  # preferred side
    fixed_side: bool = False
    optional: bool = False  # left out when it finds no place (a caption)
    #: A stretch too narrow for its label: True gives it a leader to the middle, False lets the
    #: label stand half outside the stretch.
    leader_ok: bool = True
    #: The furthest slot out it may take (a caption that cannot sit by the line is left out).
    max_slot: int = 14
    # decided by place():
    placed_side: int = 0
    slot: int = 0
    rows: list[str] = field(default_factory=list)  # the lines drawn, nearest the axis last when above
    left: float = 0.0
    width: float = 0.0
    leader: bool = False

    @property
    def shown(self) -> bool:
        return self.placed_side != 0


@dataclass
class _Taken:
    left: float
    right: float
    leader_x: float | None  # where this label's leader crosses the nearer slots
    slot_from: int
    slot_to: int


class _Place(NamedTuple):
    cost: float
    side: int
    slot: int
    rows: list[str]
    left: float
    width: float
    leader: bool


class Placer:
    def __init__(self, width: float, measure: Callable[[str, str], float]) -> None:
        self.width = width
        self.measure = measure
        self.taken: dict[int, list[_Taken]] = {ABOVE: [], BELOW: []}

    def place(self, labels: list[Label]) -> list[Label]:
        """Decide side, slot, form and position of every label, in the order given."""
        for index, label in enumerate(labels):
            later = [(other.x, other.side) for other in labels[index + 1 :] if other.span is None]
            leader = label.span is None or (label.leader_ok and not self._fits_inside(label))
            best = self._cheapest(label, later, leader=leader)
            if best is None:  # every way out crosses a label: no leader, in the first free place
                best = self._cheapest(label, [], leader=False)
            if best is None:
                if not label.optional:
                    raise AssertionError("a label found no place")  # unreachable: outer slots are free
                continue
            label.placed_side, label.slot, label.rows = best.side, best.slot, best.rows
            label.left, label.width, label.leader = best.left, best.width, best.leader
            crossing = label.x if best.leader else None
            last = best.slot + len(best.rows) - 1
            self.taken[best.side].append(_Taken(best.left, best.left + best.width, crossing, best.slot, last))
        return labels

    def slots_used(self, side: int) -> int:
        return max((t.slot_to + 1 for t in self.taken[side]), default=0)

    def _fits_inside(self, label: Label) -> bool:
        assert label.span is not None
        return self.measure(label.lines[0], label.font) <= label.span[1] - label.span[0]

    def _cheapest(self, label: Label, later: list[tuple[float, int]], *, leader: bool) -> _Place | None:
        forms = [[label.lines[0]]]
        if label.stacked:
            forms.append(label.stacked)
        sides = [label.side] if label.fixed_side else [label.side, -label.side]
        best: _Place | None = None
        for side in sides:
            for slot in range(min(_MAX_SLOTS, label.max_slot + 1)):
                for rows in forms:
                    width = max(self.measure(line, label.font) for line in rows)
                    left = self._free_left(label, side, slot, len(rows), width, leader)
                    if left is None:
                        continue
                    centre = label.x - width / 2
                    # Over the point of a label still to come on this side, that one could not pass.
                    covered = sum(
                        4 if other_side == -side else 12
                        for x, other_side in later
                        if left - CLEAR <= x <= left + width + CLEAR
                    )
                    cost = (
                        slot * 10
                        + (len(rows) - 1) * 4
                        + abs(left - centre) / 12
                        + (0 if side == label.side else 2.5)
                        + covered
                    )
                    if best is None or cost < best.cost:
                        best = _Place(cost, side, slot, rows, left, width, leader)
                if best is not None and (slot + 1) * 10 > best.cost:
                    break  # further out costs more than the best found
        return best

    def _free_left(self, label: Label, side: int, slot: int, lines: int, width: float, leader: bool) -> float | None:
        """The left edge closest to centred that keeps the label clear of every other, or None."""
        last = slot + lines - 1
        if label.span is not None and not leader:
            low, high = label.span[0], label.span[1] - width
            if high < low:  # narrower than the label: at least half of it over the stretch
                low, high = label.span[0] - width / 2, label.span[1] - width / 2
        elif leader:
            low, high = label.x - width + CLEAR, label.x - CLEAR
        else:  # a point label without a leader: anywhere, nearest its point
            low, high = 0.0, self.width - width
        low, high = max(low, 0.0), min(high, self.width - width)
        if high < low:  # a point at the very edge: as close as the drawing allows
            low = high = min(max(low, 0.0), max(self.width - width, 0.0))
        blocked: list[tuple[float, float]] = []  # left edges that would collide
        for taken in self.taken[side]:
            if leader and taken.slot_from < slot and taken.left - CLEAR <= label.x <= taken.right + CLEAR:
                return None  # our leader would cross that label
            if taken.slot_to >= slot and taken.slot_from <= last:
                blocked.append((taken.left - width - PAD, taken.right + PAD))
            if taken.leader_x is not None and taken.slot_from > slot:
                blocked.append((taken.leader_x - width - CLEAR, taken.leader_x + CLEAR))
        centre = min(max(label.x - width / 2, low), high)
        candidates = [centre, low, high] + [edge for pair in blocked for edge in pair]
        free = [c for c in candidates if low <= c <= high and not any(a < c < b for a, b in blocked)]
        return min(free, key=lambda c: abs(c - centre)) if free else None
