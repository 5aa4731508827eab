"""Render walkaway.svg to the PNG sizes desktops and installers ask for.

Run after editing the SVG, from the repository root:
    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/render_icons.py
The PNGs are committed, so neither the build nor the app needs an SVG renderer at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "walkaway.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return HERE / "png" / f"walkaway-{size}.png"


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    png_path(SIZES[0]).parent.mkdir(exist_ok=True)
    for size in SIZES:
        if not render(size, renderer).save(str(png_path(size)), "PNG"):
            print(f"render_icons: cannot write {png_path(size)}", file=sys.stderr)
            return 1
        print(png_path(size).relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
