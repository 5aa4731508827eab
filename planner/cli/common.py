"""What every subcommand needs: the store it works on (a Walkaway file or a team server), and ids typed by people."""

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
from planner.store.target import Target, is_server, resolve_target

if TYPE_CHECKING:
    from planner.model import Plan
    from planner.store import Store
    from planner.store.deal_store import DealStore
    from planner.store.server.address import ServerAddress
    from planner.store.server.store import ServerStore

log = logging.getLogger("walkaway.cli")


def db_target(args: argparse.Namespace) -> Target:
    """``--db`` (before or after the command), else ``$WALKAWAY_DB``, else the user data folder's file;
    a team server's address is checked here (no password in it), before anything connects."""
    return resolve_target(getattr(args, "db", None))


def db_path(args: argparse.Namespace) -> Path:
    """The Walkaway file of a command that works on files only (``backup``); a team server is refused."""
    target = db_target(args)
    if not isinstance(target, Path):
        command = getattr(args, "command", None) or "this command"
        raise WalkawayError(
            f"'{command}' works on a Walkaway file, not a team server: a team server's backups are its "
            "own (its owner runs pg_dump, see the README); 'walkaway export --all -o FILE.walkaway' makes a "
            "local copy of the deals shared with you"
        )
    return target


def server_target(args: argparse.Namespace) -> ServerAddress:
    """The team server a team command works on (``--db`` or ``$WALKAWAY_DB``); a file is refused."""
    target = db_target(args)
    if isinstance(target, Path):
        raise WalkawayError(
            "this command works on a team server: give its address with --db postgresql://USER@HOST/DATABASE "
            "(or service=NAME)"
        )
    return target


def open_server(address: ServerAddress, *, read_only: bool = False) -> ServerStore:
    from planner.store.server.store import ServerStore

    return ServerStore(address, read_only=read_only)


def say(lines: Iterable[str]) -> None:
    """Lines about the file itself (created, made private), on standard error like every note."""
    for line in lines:
        print(f"walkaway: {line}", file=sys.stderr)


def open_store(args: argparse.Namespace, *, deal: int | None = None) -> DealStore:
    """Open the file for a command that changes it, creating it (and saying so) when missing or empty.

    A command that changes the existing deal ``deal`` creates nothing: a missing or empty file
    holds no such deal. The first command of the day also makes its daily backup. A team server
    is opened as it is (its backups are the server's).
    """
    target = db_target(args)
    if not isinstance(target, Path):
        server = open_server(target)
        server.wait_for_turn = True  # a command waits behind another person's lock as long as it takes
        return server
    from planner.store import Store  # SQLAlchemy loads only when a command needs the file

    path = target
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
def reading_store(args: argparse.Namespace) -> Iterator[DealStore | None]:
    """The file for a command that only reads it (list, followups, record): ``None`` when it holds nothing yet.

    Nothing is written to the file or beside it: a missing file is not created, an empty one
    is not made a Walkaway file, no -wal or -shm is left behind, and a file in a read-only
    folder reads as well as any. Only a mode that lets others read it is put right. The
    daily backup is made without folding the WAL into the file, and a backup that cannot be
    made (a read-only data folder) does not stop the reading.
    """
    from planner.store.file_kind import inspect_file

    target = db_target(args)
    if not isinstance(target, Path):
        with open_server(target, read_only=True) as server:
            yield server
        return
    path = target.resolve()
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
    if is_server(db_target(args)):
        with reading_store(args) as server:
            assert server is not None
            return server.get_plan(deal)
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
