"""One page from regions: the reusable engine under every brief.

:func:`render_page` opens a canvas of the chosen paper, runs the ``before``
painters (backgrounds, a DRAFT mark), fits and draws every region (or draws it as
already fitted by a layout), runs the ``after`` painters (the signature block), and
writes the footer, which says that texts were cut exactly when a region or painter had
to cut something, and names what: "Shortened to fit: alternatives (2 more), their side".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from planner.brief.fit import MIN_PT, Fitted, Region, draw_region, fit_region, shortened
from planner.brief.fonts import REGULAR, register_fonts
from planner.brief.text import ELLIPSIS

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": letter}
MARGIN = 30.0
CUT_NOTE = f"{ELLIPSIS} Some texts were shortened to fit one page; the full text is in the plan."
MUTED = HexColor("#555555")

#: A painter draws on the canvas; it returns True (or a name for the footer) when it had to cut something.
Painter = Callable[[Canvas], bool | str | None]
_FOOTER_LINE = 9.0


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
    #: What was shortened, in the footer's words ("alternatives (2 more)"), most important first.
    shortened: list[str] = field(default_factory=list)
    #: How a layout by priority gave the space (:class:`planner.brief.priority.Allotment`), if one did.
    allotment: Any = None


def named(painter: Painter, name: str) -> Painter:
    """``painter``, naming what it cut as ``name`` in the footer."""

    def paint(canvas: Canvas) -> str | None:
        return name if painter(canvas) else None

    return paint


def cut_note(names: Sequence[str], room: float) -> str:
    """The footer's note on what was shortened, at most ``room`` points wide at 7 pt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    names = [n for n in dict.fromkeys(names) if n]
    if not names:
        return CUT_NOTE
    for shown in range(len(names), 0, -1):
        rest = len(names) - shown
        listed = ", ".join(names[:shown]) + (f" and {rest} more" if rest else "")
        note = f"{ELLIPSIS} Shortened to fit: {listed}; the full text is in the plan."
        if stringWidth(note, REGULAR, MIN_PT) <= room:
            return note
    return CUT_NOTE


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper]
    except KeyError:
        from planner.errors import WalkawayError

        raise WalkawayError(f"unknown paper '{paper}' (use a4 or letter)") from None


def render_page(
    paper: str,
    regions: Sequence[Region | Fitted],
    *,
    title: str,
    footer: str,
    subject: str = "",
    keywords: str = "",
    before: Sequence[Painter] = (),
    after: Sequence[Painter] = (),
    invariant: bool = True,
) -> PageResult:
    """Draw one page and return its PDF bytes. ``invariant`` gives byte-stable output.

    A :class:`Region` is fitted into its box here; a :class:`Fitted` one is drawn as it is.
    """
    register_fonts()
    width, _height = paper_size(paper)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAPERS[paper], invariant=int(invariant), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Walkaway")
    canvas.setCreator("Walkaway")
    canvas.setSubject(subject)
    canvas.setKeywords(keywords)
    cut: list[str] = []  # names of what was shortened; "" when a painter gave none
    for painter in before:
        _note_cut(cut, painter(canvas))
    fitted: dict[str, Fitted] = {}
    for region in regions:
        result = region if isinstance(region, Fitted) else fit_region(region)
        fitted[result.region.name] = result
        left_over = draw_region(canvas, result)
        if result.cut or left_over:
            cut.append(result.note or shortened(result.region))
    for painter in after:
        _note_cut(cut, painter(canvas))
    _footer(canvas, width, footer, cut)
    canvas.showPage()
    canvas.save()
    return PageResult(buffer.getvalue(), bool(cut), fitted, [n for n in dict.fromkeys(cut) if n])


def _note_cut(cut: list[str], said: bool | str | None) -> None:
    if said:
        cut.append(said if isinstance(said, str) else "")


def _footer(canvas: Canvas, width: float, footer: str, cut: list[str]) -> None:
    """The footer line; the note on what was cut at its right, or on a line of its own above."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.setFont(REGULAR, MIN_PT)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, MARGIN / 2, footer)
    if not cut:
        return
    inner = width - 2 * MARGIN
    beside = inner - stringWidth(footer, REGULAR, MIN_PT) - 12
    note = cut_note(cut, inner)
    if stringWidth(note, REGULAR, MIN_PT) <= beside:
        canvas.drawRightString(width - MARGIN, MARGIN / 2, note)
    else:
        canvas.drawRightString(width - MARGIN, MARGIN / 2 + _FOOTER_LINE, note)
