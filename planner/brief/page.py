"""One page from regions: the reusable engine under every brief.

:func:`render_page` opens a canvas of the chosen paper, runs the ``before``
painters (backgrounds, a DRAFT mark), fits and draws every region, runs the
``after`` painters (the signature block), and writes the footer, which says
that texts were cut exactly when a region or painter had to cut something.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from planner.brief.fit import MIN_PT, Fitted, Region, draw_region, fit_region
from planner.brief.fonts import REGULAR, register_fonts
from planner.brief.text import ELLIPSIS

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": letter}
MARGIN = 30.0
CUT_NOTE = f"{ELLIPSIS} Some texts were shortened to fit one page; the full text is in the plan."
MUTED = HexColor("#555555")

#: A painter draws on the canvas; it returns True when it had to cut something.
Painter = Callable[[Canvas], bool | None]


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass
class PageResult:
    pdf: bytes
    cut: bool
    fitted: dict[str, Fitted]


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper]
    except KeyError:
        from planner.errors import WalkawayError

        raise WalkawayError(f"unknown paper '{paper}' (use a4 or letter)") from None


def render_page(
    paper: str,
    regions: Sequence[Region],
    *,
    title: str,
    footer: str,
    subject: str = "",
    keywords: str = "",
    before: Sequence[Painter] = (),
    after: Sequence[Painter] = (),
    invariant: bool = True,
) -> PageResult:
    """Draw one page and return its PDF bytes. ``invariant`` gives byte-stable output."""
    register_fonts()
    width, _height = paper_size(paper)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAPERS[paper], invariant=int(invariant), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Walkaway")
    canvas.setCreator("Walkaway")
    canvas.setSubject(subject)
    canvas.setKeywords(keywords)
    cut = False
    for painter in before:
        cut = bool(painter(canvas)) or cut
    fitted: dict[str, Fitted] = {}
    for region in regions:
        result = fit_region(region)
        fitted[region.name] = result
        left_over = draw_region(canvas, result)
        cut = cut or result.cut or left_over
    for painter in after:
        cut = bool(painter(canvas)) or cut
    canvas.setFont(REGULAR, MIN_PT)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, MARGIN / 2, footer)
    if cut:
        canvas.drawRightString(width - MARGIN, MARGIN / 2, CUT_NOTE)
    canvas.showPage()
    canvas.save()
    return PageResult(buffer.getvalue(), cut, fitted)
