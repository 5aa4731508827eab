"""Icons for actions: the desktop theme's when it has one, else the bundled ones, else Qt's own."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from planner.paths import resources_dir

# name -> (freedesktop theme name, Qt standard pixmap fallback)
_ICONS = {
    "new": ("document-new", QStyle.StandardPixmap.SP_FileIcon),
    "quick": ("document-new-from-template", QStyle.StandardPixmap.SP_FileDialogContentsView),
    "copy": ("edit-copy", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    "delete": ("edit-delete", QStyle.StandardPixmap.SP_TrashIcon),
    "open": ("document-open", QStyle.StandardPixmap.SP_DialogOpenButton),
    "import": ("document-import", QStyle.StandardPixmap.SP_ArrowDown),
    "export": ("document-export", QStyle.StandardPixmap.SP_ArrowUp),
    "undo": ("edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
    "redo": ("edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
    "add": ("list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder),
    "remove": ("list-remove", QStyle.StandardPixmap.SP_DialogDiscardButton),
    "up": ("go-up", QStyle.StandardPixmap.SP_ArrowUp),
    "down": ("go-down", QStyle.StandardPixmap.SP_ArrowDown),
}


@cache
def action_icon(name: str) -> QIcon:
    bundled = resources_dir() / "icons" / "actions" / f"{name}.svg"
    if bundled.is_file():
        return QIcon(str(bundled))
    if name == "walkaway":
        from ui.common.icons import app_icon

        return app_icon()
    theme_name, fallback = _ICONS.get(name, ("", QStyle.StandardPixmap.SP_FileIcon))
    themed = QIcon.fromTheme(theme_name) if theme_name else QIcon()
    return themed if not themed.isNull() else QApplication.style().standardIcon(fallback)
