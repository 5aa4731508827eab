"""The full fingerprint as a QR code, drawn as vector squares (no image, no PIL)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def qr_payload(fingerprint: str) -> str:
    return f"walkaway:sha256:{fingerprint}"


@lru_cache(maxsize=32)
def _operators(text: str, x: float, y: float, size: float) -> str:
    """PDF path operators for the code: encoding tries eight masks (~50 ms), so a warm
    preview, which redraws the same code at the same place, reuses them."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    modules = len(matrix) + 8  # the standard four-module quiet zone on each side
    unit = size / modules
    rects: list[str] = []
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 4 + 1) * unit
        start = None
        for col, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:  # one rectangle per run of dark modules
                left = x + (start + 4) * unit
                rects.append(f"{left:.3f} {top:.3f} {(col - start) * unit:.3f} {unit:.3f} re")
                start = None
    return "q 0 g\n" + "\n".join(rects) + "\nf Q"


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR code filling the square at (x, y) of side ``size``, quiet zone included."""
    canvas.addLiteral(_operators(text, x, y, size))
