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


#: The name ``resources/`` is installed under by a wheel (pyproject.toml maps the folder to it).
RESOURCES_PACKAGE = "walkaway_resources"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (fonts, icons, guide, demo plans), in a checkout, the
    standalone bundle (beside the ``planner`` package there too) or an installed wheel."""
    here = Path(__file__).resolve().parent.parent / "resources"
    if here.is_dir():
        return here
    return installed_resources()


def installed_resources() -> Path:
    """``resources/`` as a wheel installs it: a package folder of data files, no ``__init__``."""
    import importlib.util

    spec = importlib.util.find_spec(RESOURCES_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"Walkaway's resources are missing: no {RESOURCES_PACKAGE} folder is installed")
    return Path(next(iter(spec.submodule_search_locations)))
