"""Plans and PDF readers shared by the commitment, brief and signing tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from planner.commitment import commit
from planner.model import Alternative, Commitment, Plan, Reservation, Script, Side
from planner.plans.files import read_plan_file

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 18, 30, tzinfo=UTC)


def lease_plan() -> Plan:
    """The office lease example: buying, two conditions, two alternatives, two rounds."""
    plan = read_plan_file(DATA / "office-lease.walkaway.json")
    plan.id = None
    return plan


def licence_plan() -> Plan:
    """A selling plan whose point has cents: the example from the issue text."""
    return Plan(
        title="Annual licence renewal",
        counterparty="Vertex Analytics",
        side=Side.BUY,
        currency="EUR",
        unit="per year",
        signer="Alex Moreau",
        reservation=Reservation(Decimal("987654.32"), ["Price held for three years"], "Budget ceiling for 2027."),
        target=Decimal("850000"),
        opening=Decimal("800000"),
        alternatives=[Alternative("Open-source stack plus support", Decimal("910000"), Decimal("0.6"))],
        script=Script("Thank you for the work on this.", "Given a price above the ceiling, we stop here.", "Call me."),
    )


def commit_here(plan: Plan, signer: str, now: datetime = NOW, *, signature_png: bytes | None = None) -> Commitment:
    """Commit ``plan`` as the user does on this computer: recorded as made here, so its brief is signed."""
    from planner.signing.made_here import remember

    made = commit(plan, signer, now, signature_png=signature_png)
    remember([made])
    return made


def pdf_text(data: bytes) -> str:
    """All text of the PDF with line breaks as spaces, so wrapped phrases match."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def smallest_font(data: bytes) -> float:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return min(char["size"] for page in pdf.pages for char in page.chars)


def _level(obj: dict) -> bool:
    """True unless ``obj`` is a character drawn at an angle (the diagonal DRAFT watermark)."""
    matrix = obj.get("matrix")
    return obj.get("object_type") != "char" or matrix is None or (abs(matrix[1]) < 1e-6 and abs(matrix[2]) < 1e-6)


@dataclass
class PageRead:
    """One brief read back with pdfplumber, once: its page count, its text and where its letters are.

    The diagonal DRAFT watermark is left out: its letters fall among the lines.
    """

    pages: int
    text: str  # whitespace runs as single spaces, so wrapped phrases match
    words: list[dict]
    chars: list[dict]

    @property
    def overlaps(self) -> list[tuple[str, str]]:
        """Words of different lines whose boxes intersect, and characters drawn over one another.

        Two words on one line drawn over each other merge into one word, so characters are
        compared too (neighbours in a word only touch).
        """
        return _pairs_meeting(self.words, 0.5, same_line_too=False) + _pairs_meeting(
            self.chars, 1.0, same_line_too=True
        )


def read_brief(data: bytes) -> PageRead:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        level = pdf.pages[0].filter(_level)
        return PageRead(
            pages=len(pdf.pages),
            text=" ".join((level.extract_text() or "").split()),
            words=level.extract_words(keep_blank_chars=False, use_text_flow=False),
            chars=[c for c in level.chars if c["text"].strip()],
        )


def level_text(data: bytes) -> str:
    """Like :func:`pdf_text`, without the diagonal DRAFT watermark."""
    return read_brief(data).text


def page_chars(data: bytes) -> list[dict]:
    """The level characters of the first page (the diagonal DRAFT watermark left out)."""
    return read_brief(data).chars


def _boxes_meet(a: dict, b: dict, slack: float) -> bool:
    return (
        a["x0"] + slack < b["x1"]
        and b["x0"] + slack < a["x1"]
        and a["top"] + slack < b["bottom"]
        and b["top"] + slack < a["bottom"]
    )


def _pairs_meeting(boxes: list[dict], slack: float, same_line_too: bool) -> list[tuple[str, str]]:
    """Pairs of boxes that intersect by more than ``slack`` points (a sweep over their tops)."""
    boxes = sorted(boxes, key=lambda b: b["top"])
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if b["top"] >= a["bottom"] - slack:
                break
            same_line = abs(a["top"] - b["top"]) < 0.5 and abs(a["bottom"] - b["bottom"]) < 0.5
            if (same_line_too or not same_line) and _boxes_meet(a, b, slack):
                found.append((a["text"], b["text"]))
    return found


def overlapping_words(data: bytes) -> list[tuple[str, str]]:
    """See :attr:`PageRead.overlaps`."""
    return read_brief(data).overlaps


def widest_empty_band(read: PageRead | bytes, top: float, bottom: float) -> float:
    """The tallest horizontal band between ``top`` and ``bottom`` (points from the page top) with no text."""
    chars = (read if isinstance(read, PageRead) else read_brief(read)).chars
    spans = sorted((c["top"], c["bottom"]) for c in chars if top <= c["top"] and c["bottom"] <= bottom)
    widest, reached = 0.0, top
    for start, end in spans:
        widest = max(widest, start - reached)
        reached = max(reached, end)
    return max(widest, bottom - reached) if spans else bottom - top


def priority_violations(allotment) -> list[str]:  # type: ignore[no-untyped-def]
    """Where the page's space was not given by priority (``planner.brief.priority``), as sentences.

    For every block A and every less important block B:
    - when A was left out, so was B; when A was cut, B was cut or left out, unless B sets no
      row's height (a short column beside a taller one), where cutting it would gain nothing;
    - A was cut or left out only when the page is full with A and everything more important
      whole at its smallest and everything less important left out;
    - A was shrunk only as far as needed: a little larger does not fit, even with every less
      important block at its smallest.
    The allotment is probed in place and restored.
    """
    blocks = allotment.blocks
    saved = [(b.scale, b.room, b.dropped) for b in blocks]

    def restore() -> None:
        for b, (scale, room, dropped) in zip(blocks, saved, strict=True):
            b.scale, b.room, b.dropped = scale, room, dropped

    found = []
    for a in blocks:
        lower = [b for b in blocks if b.priority > a.priority]
        if a.dropped:
            found += [f"{a.name} left out, {b.name} kept" for b in lower if not b.dropped]
        elif a.is_cut:
            found += [
                f"{a.name} cut, {b.name} whole"
                for b in lower
                if not (b.dropped or b.is_cut or not allotment.binding(b))
            ]
        if a.dropped or a.is_cut:
            for b in blocks:
                b.scale = b.min_scale
                if b.priority <= a.priority:
                    b.room, b.dropped = None, False
                else:
                    b.dropped = True
            if allotment.fits():
                found.append(f"{a.name} cut although the page has room for it at its smallest")
        elif a.scale < 1.0 - 1e-6:
            for b in lower:
                b.scale = b.min_scale
            a.scale = min(1.0, a.scale + 0.02)
            if allotment.fits():
                found.append(f"{a.name} at {saved[blocks.index(a)][0]:.3f}: smaller than the page needs")
        restore()
    return found
