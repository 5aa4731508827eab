"""The window's own preferences (first-run flag, geometry): one QSettings, decided here.

With ``$WALKAWAY_HOME`` set (portable use, tests) the settings live in that folder next to the
data, so a portable copy carries them and a test never reads the real user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from planner.paths import HOME_ENV

ORGANIZATION = "Walkaway"
APPLICATION = "Walkaway"


def app_settings() -> QSettings:
    home = os.environ.get(HOME_ENV)
    if home:
        return QSettings(str(Path(home).expanduser() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
