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


def private_dir(folder: Path) -> Path:
    """``folder``, made if missing; every level made here is readable by its owner only (0700).

    ``mkdir(parents=True, mode=...)`` gives the mode to the last level only and lets the umask
    decide the others, so a data folder made on the way to ``backups/`` came out 0755.
    """
    missing = []
    level = Path(folder)
    while not level.exists() and level.parent != level:
        missing.append(level)
        level = level.parent
    for made in reversed(missing):
        try:
            os.mkdir(made, 0o700)
        except FileExistsError:  # another process made it first: its mode is its own
            continue
        os.chmod(made, 0o700)  # exactly 0700, whatever the umask took away
    return Path(folder)


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (fonts, icons, guide), in a checkout or an install."""
    here = Path(__file__).resolve().parent.parent / "resources"
    if here.is_dir():
        return here
    import importlib.resources

    return Path(str(importlib.resources.files("walkaway_resources")))
