"""``walkaway`` with no subcommand: open the window (Qt is imported only here)."""

from __future__ import annotations

from pathlib import Path


def launch(db: str | None, file: str | None) -> int:
    from ui.app import run

    return run(db=Path(db).expanduser() if db else None, file=Path(file).expanduser() if file else None)
