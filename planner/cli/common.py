"""What every subcommand needs: the store it works on, and ids typed by people."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.options import deal_id, output_path  # noqa: F401 - the commands' shared argument types
from planner.errors import UnknownDeal, WalkawayError
from planner.paths import default_db_path

if TYPE_CHECKING:
    from planner.model import Plan
    from planner.store import Store

log = logging.getLogger("walkaway.cli")


def db_path(args: argparse.Namespace) -> Path:
    """``--db`` (before or after the command), else ``$WALKAWAY_DB``, else the user data folder's file."""
    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else default_db_path()


def say(lines: Iterable[str]) -> None:
    """Lines about the file itself (created, made private), on standard error like every note."""
    for line in lines:
        print(f"walkaway: {line}", file=sys.stderr)


def open_store(args: argparse.Namespace, *, deal: int | None = None) -> Store:
    """Open the file for a command that changes it, creating it (and saying so) when missing or empty.

    A command that changes the existing deal ``deal`` creates nothing: a missing or empty file
    holds no such deal. The first command of the day also makes its daily backup.
    """
    from planner.store import Store  # SQLAlchemy loads only when a command needs the file

    path = db_path(args)
    if deal is not None:
        from planner.store.file_kind import inspect_file

        if inspect_file(path.resolve()) in ("missing", "empty"):
            raise UnknownDeal(deal)
    store = Store(path)
    store.wait_for_turn = True  # a command queues behind other writers, however many (see TurnWait)
    try:
        if store.created:
            say([f"created a new Walkaway file at {store.path}"])
        say(store.notices)
        # Only after the file opened cleanly (a damaged file is never copied over a
        # good backup), and not while it is empty: that copy would be worthless.
        if store.count_deals():
            _daily_backup(store, checkpoint=True)
    except Exception:
        store.close()
        raise
    return store


@contextmanager
def reading_store(args: argparse.Namespace) -> Iterator[Store | None]:
    """The file for a command that only reads it (list, followups, record): ``None`` when it holds nothing yet.

    Nothing is written to the file or beside it: a missing file is not created, an empty one
    is not made a Walkaway file, no -wal or -shm is left behind, and a file in a read-only
    folder reads as well as any. Only a mode that lets others read it is put right. The
    daily backup is made without folding the WAL into the file, and a backup that cannot be
    made (a read-only data folder) does not stop the reading.
    """
    from planner.store.file_kind import inspect_file

    path = db_path(args).resolve()
    if inspect_file(path) in ("missing", "empty"):
        yield None
        return
    from planner.store import Store

    with Store(path, read_only=True, untouched=True) as store:
        say(store.notices)
        if store.count_deals():
            _daily_backup(store, checkpoint=False)  # folding the WAL in would write to the file
        yield store


def _daily_backup(store: Store, *, checkpoint: bool) -> None:
    """Today's copy; one that cannot be made (a read-only data folder) is said, and the command goes on.

    Not making it loses nothing, and the user's own change or read can still happen.
    """
    from planner.dates import utc_now
    from planner.store.backup import ensure_daily_backup

    try:
        ensure_daily_backup(store.path, now=utc_now(), checkpoint=checkpoint)
    except (OSError, WalkawayError) as error:
        log.warning("daily backup not made: %s", type(error).__name__)
        where = f"{error.filename}: {error.strerror}" if isinstance(error, OSError) and error.filename else error
        say([f"warning: today's backup could not be made ({where})"])


def read_plan(args: argparse.Namespace, deal: int) -> Plan:
    """One plan, for a command that only reads it (brief, assess, export).

    A current, checked file is read with ``sqlite3`` alone, which saves the half second
    SQLAlchemy takes to import; anything else goes through :func:`reading_store`, which
    refuses a file with its usual message and never writes. A missing or empty file holds
    no deal.
    """
    from planner.store.file_mode import make_private
    from planner.store.reader import read_plan as read_lean

    path = db_path(args).resolve()
    plan = read_lean(path, deal)
    if plan is not None:
        fixed = make_private(path)  # the lean read found the file ours
        say([fixed.message] if fixed else [])
        return plan
    with reading_store(args) as store:
        if store is None:
            raise UnknownDeal(deal)
        return store.get_plan(deal)
