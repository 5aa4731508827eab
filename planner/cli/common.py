"""What every subcommand needs: the store it works on, and ids typed by people."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.options import deal_id, output_path  # noqa: F401 - the commands' shared argument types
from planner.paths import default_db_path

if TYPE_CHECKING:
    from planner.model import Plan
    from planner.store import Store


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def open_store(args: argparse.Namespace) -> Store:
    """Open (or create) the file; the first command of the day also makes its daily backup."""
    from planner.dates import utc_now
    from planner.store import Store  # SQLAlchemy loads only when a command needs the file
    from planner.store.backup import ensure_daily_backup

    store = Store(db_path(args))
    try:
        # Only after the file opened cleanly (a damaged file is never copied over a
        # good backup), and not while it is empty: that copy would be worthless.
        if store.count_deals():
            ensure_daily_backup(store.path, now=utc_now())
    except Exception:
        store.close()
        raise
    return store


def read_plan(args: argparse.Namespace, deal: int) -> Plan:
    """One plan, for a command that only reads it (brief, assess, export).

    A current, checked file is read with ``sqlite3`` alone, which saves the half second
    SQLAlchemy takes to import; anything else goes through :func:`open_store`, which
    creates, migrates or refuses the file with its usual message. Nothing is written
    on the fast path, so there is no daily backup to make either.
    """
    from planner.store.lean_read import read_plan as read_lean

    plan = read_lean(db_path(args), deal)
    if plan is not None:
        return plan
    with open_store(args) as store:
        return store.get_plan(deal)
