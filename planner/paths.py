"""Where Walkaway keeps its files. Every per-user path is decided here and nowhere else."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "walkaway"
DB_ENV = "WALKAWAY_DB"
#: Overrides the per-user data folder (keys, backups); tests and portable installs use it.
HOME_ENV = "WALKAWAY_HOME"
DEFAULT_DB_NAME = "plans.walkaway"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The database to use when none is named: ``$WALKAWAY_DB``, else the user data folder."""
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / DEFAULT_DB_NAME


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (fonts, icons, guide), in a checkout or an install."""
    here = Path(__file__).resolve().parent.parent / "resources"
    if here.is_dir():
        return here
    import importlib.resources

    return Path(str(importlib.resources.files("walkaway_resources")))
