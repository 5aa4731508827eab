"""Features that plug into the main window, like ``planner.cli.COMMAND_MODULES`` for the CLI.

Each module listed here has ``install(window: ui.main_window.MainWindow) -> None``; it runs
once per window, after the built-in sections exist. Use the extension points documented in
:mod:`ui.main_window` (``editor.add_section``, ``add_deal_action``, ``set_side_pane``,
``editor.banner_area``) and talk to ``window.controller``, never to the store directly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Modules with ``install(window)``, in the order their sections and actions appear.
WINDOW_FEATURES: tuple[str, ...] = (
    "ui.brief_feature",
    "ui.room_feature",
    "ui.followups_feature",
    "ui.first_run",
    # The rules every plan keeps (planner.plan_rules), for every edit made in the window.
    "ui.input_rules",
    # Last: it makes the sections above read-only when another window has the file.
    "ui.file_safety",
)


def install_features(window: MainWindow) -> None:
    for name in WINDOW_FEATURES:
        importlib.import_module(name).install(window)
