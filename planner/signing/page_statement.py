"""What a signed brief's page itself states as the plan's fingerprint, read back from the PDF.

The signature's ``/Reason`` carries a fingerprint, but whoever signs writes it. The
page states it twice for the reader: its first 16 hex digits printed beside
"Fingerprint (SHA-256):" and all of it in the QR code (``walkaway:sha256:<hex>``,
drawn as vector squares by :mod:`planner.brief.qr`). Both are read back here: the
text with pypdf's text extraction, the code by rebuilding its module grid from the
page's drawing operators and comparing it with the code for a given fingerprint.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

_PRINTED = re.compile(r"Fingerprint \(SHA-256\):\s*((?:[0-9A-F]{4}\s*){4})")
#: A QR code has at least 21 x 21 modules; fewer filled squares in one path is something else.
_MIN_SQUARES = 40


@dataclass(frozen=True, slots=True)
class PageStatement:
    #: The printed fingerprints: their first 16 hex digits (lowercase), as the page shows them.
    printed: set[str] = field(default_factory=set)
    #: Every QR-like module grid drawn on the page, as rows of 0/1.
    codes: list[tuple[tuple[int, ...], ...]] = field(default_factory=list)
    #: The page says its commitment was imported, not made where the brief was written.
    imported: bool = False

    def states(self, fingerprint: str) -> bool:
        """True when the page prints exactly this fingerprint and its QR code encodes it."""
        if not fingerprint or self.printed != {fingerprint[:16].lower()}:
            return False
        return bool(self.codes) and all(code == qr_grid(fingerprint) for code in self.codes)

    def describe(self) -> str:
        """What the page states, in words, for a report of a disagreement."""
        if not self.printed:
            return "the page states no fingerprint"
        shown = ", ".join(" ".join(p[i : i + 4].upper() for i in range(0, 16, 4)) for p in sorted(self.printed))
        return f"the page states {shown}"


def qr_grid(fingerprint: str) -> tuple[tuple[int, ...], ...]:
    """The module grid of the QR code a brief draws for ``fingerprint``."""
    import segno

    from planner.brief.qr import qr_payload

    matrix = segno.make(qr_payload(fingerprint.lower()), error="m", micro=False).matrix
    return tuple(tuple(1 if dark else 0 for dark in row) for row in matrix)


def read_statement(pdf: bytes) -> PageStatement:
    """The fingerprints every page of ``pdf`` prints and the QR codes it draws."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    from planner.signing.made_here import IMPORTED_LABEL

    reader = PdfReader(io.BytesIO(pdf), strict=False)
    printed: set[str] = set()
    codes = []
    imported = False
    for page in reader.pages:
        text = " ".join((page.extract_text() or "").split())
        printed |= {re.sub(r"\s", "", found).lower() for found in _PRINTED.findall(text)}
        imported = imported or IMPORTED_LABEL in text
        contents = page.get_contents()
        if contents is not None:
            codes += _grids(ContentStream(contents, reader).operations)
    return PageStatement(printed, codes, imported)


def _grids(operations: list[tuple[list[Any], bytes]]) -> list[tuple[tuple[int, ...], ...]]:
    """Module grids of the QR codes in a content stream: ``q 0 g`` then filled squares ``re`` … ``f``."""
    grids = []
    index = 0
    while index < len(operations):
        operands, operator = operations[index]
        if operator == b"g" and [float(v) for v in operands] == [0.0]:
            squares = []
            index += 1
            while index < len(operations) and operations[index][1] == b"re":
                squares.append([float(v) for v in operations[index][0]])
                index += 1
            if len(squares) >= _MIN_SQUARES and index < len(operations) and operations[index][1] == b"f":
                grid = _grid(squares)
                if grid is not None:
                    grids.append(grid)
            continue
        index += 1
    return grids


def _grid(squares: list[list[float]]) -> tuple[tuple[int, ...], ...] | None:
    """Rebuild the dark modules from runs of squares (x, y, width, height), one module high each."""
    unit = squares[0][3]
    if unit <= 0 or any(abs(height - unit) > unit / 100 for *_, height in squares):
        return None
    left = min(x for x, *_ in squares)
    top = max(y for _, y, *_ in squares)
    cells = set()
    for x, y, width, _ in squares:
        row, column, run = round((top - y) / unit), round((x - left) / unit), round(width / unit)
        cells |= {(row, column + step) for step in range(run)}
    size = max(max(r for r, _ in cells), max(c for _, c in cells)) + 1
    return tuple(tuple(1 if (r, c) in cells else 0 for c in range(size)) for r in range(size))
