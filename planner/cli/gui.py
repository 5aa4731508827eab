"""``walkaway`` with no subcommand: hand over to the window.

The core never imports the Qt layer; it looks the window's entry point up by
name at the moment the user asks for it, as it would a plugin. A checkout or
an install without ``ui`` still has a working command line.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from planner.errors import WalkawayError

#: The module whose ``run(db=..., file=...)`` opens the window.
GUI_MODULE = "ui.app"


def launch(db: str | None, file: str | None) -> int:
    try:
        window = importlib.import_module(GUI_MODULE)
    except ImportError as error:
        message = f"the window cannot start ({error}); the commands still work, see 'walkaway --help'"
        raise WalkawayError(message) from None
    from planner.store.target import resolve_target

    target = resolve_target(db)  # a team server's address is checked before the window starts
    code: int = window.run(db=target, file=Path(file).expanduser() if file else None)
    return code
