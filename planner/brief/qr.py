"""The full fingerprint as a QR code, drawn as vector squares (no image, no PIL)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=32)
def _matrix(text: str) -> tuple[bytearray, ...]:
    # Encoding tries all eight masks (~50 ms); a warm preview redraws the same code.
    import segno

    return segno.make(text, error="m", micro=False).matrix


def qr_payload(fingerprint: str) -> str:
    return f"walkaway:sha256:{fingerprint}"


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR code filling the square at (x, y) of side ``size``, quiet zone included."""
    matrix = _matrix(text)
    modules = len(matrix) + 8  # the standard four-module quiet zone on each side
    unit = size / modules
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 4 + 1) * unit
        start = None
        for col, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:  # one rectangle per run of dark modules
                path.rect(x + (start + 4) * unit, top, (col - start) * unit, unit)
                start = None
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
