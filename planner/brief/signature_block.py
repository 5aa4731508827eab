"""The signature block: signer, date, drawn signature, fingerprint and its QR code.

On an uncommitted plan the block is a DRAFT — NOT COMMITTED mark instead, and
the page carries a light diagonal DRAFT watermark. On a committed brief the
block's box is where the PAdES signature field is placed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from planner.brief.fit import MIN_PT, Part, Region, Role, Text, draw_region, fit_region
from planner.brief.fonts import BOLD, REGULAR
from planner.brief.page import Box, Painter
from planner.brief.qr import draw_qr, qr_payload

DRAFT_RED = HexColor("#B3261E")
BORDER = HexColor("#888888")
_PAD = 8.0
#: A signature image larger than this is not drawn (a plan file could carry anything).
MAX_SIGNATURE_BYTES = 2_000_000
MAX_SIGNATURE_PIXELS = 4000 * 4000


@dataclass(frozen=True, slots=True)
class SignatureInfo:
    signer: str
    signed_at: datetime
    revision: int
    fingerprint: str
    signature_png: bytes | None = None
    #: A plain warning printed in the block, e.g. "changed since signing".
    note: str = ""
    #: Made on another computer and imported: the block says the brief is not signed.
    imported: bool = False


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in groups of four: enough to compare by eye."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


#: A ReportLab ``ImageReader`` (ReportLab has no type information).
ReportLabImage = Any


def signature_image(png: bytes | None) -> ReportLabImage | None:
    """A ReportLab image for the drawn signature, or None when absent or unusable."""
    if not png or len(png) > MAX_SIGNATURE_BYTES:
        return None
    from PIL import Image

    try:
        with Image.open(io.BytesIO(png)) as probe:
            if probe.format != "PNG" or probe.width * probe.height > MAX_SIGNATURE_PIXELS:
                return None
            probe.load()
        from reportlab.lib.utils import ImageReader

        return ImageReader(io.BytesIO(png))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def signature_painter(box: Box, info: SignatureInfo | None) -> Painter:
    """A painter for :func:`planner.brief.page.render_page` drawing the block in ``box``."""

    def paint(canvas: Canvas) -> bool:
        canvas.saveState()
        canvas.setStrokeColor(BORDER if info else DRAFT_RED)
        canvas.setLineWidth(0.8 if info else 1.6)
        canvas.roundRect(box.x, box.y, box.width, box.height, 4, stroke=1, fill=0)
        canvas.restoreState()
        return _draw_signed(canvas, box, info) if info else _draw_draft(canvas, box)

    return paint


def _draw_draft(canvas: Canvas, box: Box) -> bool:
    canvas.saveState()
    canvas.setFillColor(DRAFT_RED)
    canvas.setFont(BOLD, 20)
    canvas.drawCentredString(box.x + box.width / 2, box.y + box.height / 2 + 2, "DRAFT — NOT COMMITTED")
    canvas.setFont(REGULAR, 8.5)
    canvas.drawCentredString(
        box.x + box.width / 2,
        box.y + box.height / 2 - 16,
        "This plan is not signed yet. Commit and sign it before you rely on this brief.",
    )
    canvas.restoreState()
    return False


def draft_watermark(width: float, height: float) -> Painter:
    def paint(canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED, alpha=0.07)
        canvas.setFont(BOLD, 96)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(52)
        canvas.drawCentredString(0, -30, "DRAFT")
        canvas.restoreState()

    return paint


def _draw_signed(canvas: Canvas, box: Box, info: SignatureInfo) -> bool:
    qr_size = box.height - 2 * _PAD
    qr_x = box.x + box.width - _PAD - qr_size
    draw_qr(canvas, qr_payload(info.fingerprint), qr_x, box.y + _PAD, qr_size)
    image_width = min(190.0, box.width * 0.34)
    image_x = qr_x - _PAD - image_width
    _draw_signature_line(canvas, info, Box(image_x, box.y + _PAD, image_width, box.height - 2 * _PAD))
    label = Role(7.5, color=HexColor("#555555"), space_after=0.5)
    strong = Role(11, bold=True, space_after=1.5)
    body = Role(8.5, space_after=1.5)
    warn = Role(8, bold=True, color=DRAFT_RED, space_after=0)
    from planner.signing.made_here import IMPORTED_LABEL, IMPORTED_NOTE

    parts: list[Part] = [
        Text("", label, prefix=IMPORTED_LABEL if info.imported else "SIGNED COMMITMENT", cuttable=False),
        Text(info.signer, strong),
        Text(f"{info.signed_at:%Y-%m-%d %H:%M} UTC · revision {info.revision}", body, cuttable=False),
        Text(short_fingerprint(info.fingerprint), body, prefix="Fingerprint (SHA-256): ", cuttable=False),
    ]
    if info.imported:
        parts.append(Text(IMPORTED_NOTE, warn))
    if info.note:
        parts.append(Text(info.note, warn))
    text_box = Box(box.x + _PAD, box.y + _PAD, image_x - box.x - 2 * _PAD, box.height - 2 * _PAD)
    region = Region("signature", text_box.x, text_box.y, text_box.width, text_box.height, parts)
    fitted = fit_region(region)
    left_over = draw_region(canvas, fitted)
    return fitted.cut or left_over


def _draw_signature_line(canvas: Canvas, info: SignatureInfo, area: Box) -> None:
    """The drawn signature above a rule, or the typed name when none was drawn."""
    canvas.saveState()
    canvas.setStrokeColor(BORDER)
    canvas.setLineWidth(0.6)
    canvas.line(area.x, area.y + 10, area.x + area.width, area.y + 10)
    canvas.setFont(REGULAR, MIN_PT)
    canvas.setFillColor(HexColor("#555555"))
    canvas.drawString(area.x, area.y, "Signature")
    image = signature_image(info.signature_png)
    if image is not None:
        pixel_w, pixel_h = image.getSize()
        room_w, room_h = area.width, area.height - 12
        factor = min(room_w / pixel_w, room_h / pixel_h)
        draw_w, draw_h = pixel_w * factor, pixel_h * factor
        canvas.drawImage(image, area.x, area.y + 11, draw_w, draw_h, mask="auto")
    canvas.restoreState()
