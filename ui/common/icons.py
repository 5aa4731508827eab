"""The application icon, from the PNGs rendered out of ``resources/icons/walkaway.svg``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from planner.paths import resources_dir

APP_ID = "io.github.walkaway.Walkaway"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every size, so each place (title bar, task switcher, dock) picks a sharp one without scaling."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "png"
    for size in SIZES:
        path = folder / f"walkaway-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
