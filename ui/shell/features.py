"""Features that plug into the main window, like ``planner.cli.COMMAND_MODULES`` for the CLI.

Each entry names a :class:`ui.shell.host.Feature` subclass as ``"module:Class"``. The window makes
each once, as its child, and calls ``install(host)`` after the planning sections exist, in this
order (it is the order of their sections, banners and actions). The shell knows features only by
these names: it never imports them, and they never import each other.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QObject

from ui.shell.host import Feature, Host

#: In the order of the method: commit and the brief, the room, after the walk.
WINDOW_FEATURES: tuple[str, ...] = (
    "ui.brief.feature:BriefFeature",
    "ui.room.feature:RoomFeature",
    "ui.after_walk.feature:FollowUpsFeature",
)
#: Installed after those, only in a team server's window (``host.session.team``): a file's window
#: neither loads nor shows them.
TEAM_FEATURES: tuple[str, ...] = ("ui.sharing.feature:SharingFeature",)


def install_features(host: Host, parent: QObject) -> list[Feature]:
    installed = []
    for entry in WINDOW_FEATURES + (TEAM_FEATURES if host.session.team else ()):
        module, name = entry.split(":")
        feature_class = getattr(importlib.import_module(module), name)
        if not (isinstance(feature_class, type) and issubclass(feature_class, Feature)):
            raise TypeError(f"{entry} is not a window feature")
        feature = feature_class(parent)
        feature.install(host)
        installed.append(feature)
    return installed
