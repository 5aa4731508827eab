"""The signature pad: draw with the mouse, clear, export a PNG of the ink."""

from __future__ import annotations

import io

from ui_drawing import drag, signature

from PySide6.QtCore import Qt

from ui.common.signature_pad import SignaturePad


def test_draw_clear_and_png(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 140)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and pad.to_png() is None
    with qtbot.waitSignal(pad.changed):
        signature(pad, qtbot)
    drag(pad, [(300, 40), (320, 60)], qtbot)
    assert pad.stroke_count() == 2
    png = pad.to_png()
    assert png is not None and png.startswith(b"\x89PNG")
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        assert image.mode == "RGBA"
        assert image.getextrema()[3][1] == 255  # ink is opaque ...
        assert image.getpixel((0, 0))[3] == 0  # ... on a transparent ground
        assert image.width > image.height  # cropped to the stroke, not the whole pad
    pad.grab().save("/tmp/signature-pad.png")
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.to_png() is None


def test_only_the_left_button_draws(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.mouseClick(pad, Qt.MouseButton.RightButton)
    assert pad.is_empty()
    assert pad.accessibleName() == "Signature pad"
