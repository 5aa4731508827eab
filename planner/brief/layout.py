"""Where each part of the walk-away brief goes on the page, for A4 and US Letter.

Fixed heights for the top and bottom bands; the middle band (scale, alternatives,
the first-time test and the signals) takes what is left, so Letter's shorter
page simply gives the middle less room.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.brief.page import MARGIN, Box, paper_size

GAP = 9.0
HEADER_H = 44.0
POINT_H = 142.0
SCRIPT_H = 158.0
SIGNATURE_H = 92.0
FOOTER_H = 12.0
FIRST_TIME_H = 64.0
SCALE_H = 86.0
POINT_PAD = 9.0


@dataclass(frozen=True, slots=True)
class BriefLayout:
    page: tuple[float, float]
    header: Box
    point: Box  # the tinted box; its text sits POINT_PAD inside
    scale: Box
    alternatives: Box
    first_time: Box
    signals: Box
    script: Box
    signature: Box


def brief_layout(paper: str) -> BriefLayout:
    width, height = paper_size(paper)
    inner = width - 2 * MARGIN
    top = height - MARGIN
    header = Box(MARGIN, top - HEADER_H, inner, HEADER_H)
    point = Box(MARGIN, header.y - GAP - POINT_H, inner, POINT_H)
    signature = Box(MARGIN, MARGIN + FOOTER_H, inner, SIGNATURE_H)
    script = Box(MARGIN, signature.top + GAP, inner, SCRIPT_H)
    middle_top, middle_bottom = point.y - GAP, script.top + GAP
    column = (inner - 2 * GAP) / 2
    left_x, right_x = MARGIN, MARGIN + column + 2 * GAP
    scale = Box(left_x, middle_top - SCALE_H, column, SCALE_H)
    alternatives = Box(left_x, middle_bottom, column, scale.y - 4 - middle_bottom)
    first_time = Box(right_x, middle_top - FIRST_TIME_H, column, FIRST_TIME_H)
    signals = Box(right_x, middle_bottom, column, first_time.y - GAP - middle_bottom)
    return BriefLayout((width, height), header, point, scale, alternatives, first_time, signals, script, signature)
