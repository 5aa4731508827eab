"""``walkaway backup [--list] [--restore N]``: copies of the Walkaway file, and putting one back."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.common import db_path, say
from planner.errors import WalkawayError

if TYPE_CHECKING:
    from planner.store.backup import BackupInfo


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "backup",
        parents=[common],
        help="back up the Walkaway file now, list the copies, or restore one",
        description="Without options: make a copy now and print where it is. Copies are also made "
        "automatically once a day and kept for a week.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--list", action="store_true", help="list the copies, newest first, numbered from 1")
    group.add_argument(
        "--restore",
        type=_backup_number,
        metavar="N",
        help="put copy N (see --list) in place of the file; the current file is set aside, never deleted",
    )
    parser.set_defaults(handler=run_backup)


def _backup_number(text: str) -> int:
    from planner.cli.options import whole_number
    from planner.limits import MAX_ID

    return whole_number(text, what="a backup number", low=1, high=MAX_ID)


def run_backup(args: argparse.Namespace) -> int:
    from planner.dates import utc_now
    from planner.store import backup

    path = db_path(args).resolve()
    if args.list:
        return _print_list(backup.list_backups(path), path)
    if args.restore is not None:
        copies = backup.list_backups(path)
        chosen = next((c for c in copies if c.number == args.restore), None)
        if chosen is None:
            count = f"there are {len(copies)}" if copies else "there are none yet"
            raise WalkawayError(f"no backup number {args.restore} of {path} ({count}; see 'walkaway backup --list')")
        aside = backup.restore_backup(path, chosen, now=utc_now())
        print(f"restored the copy of {chosen.made_at:%Y-%m-%d %H:%M} UTC to {path}")
        if aside is not None:
            print(f"the file it replaced was kept as {aside}")
        return 0
    import os

    from planner.store import Store
    from planner.store.file_kind import inspect_file

    # Classify and open it first: a damaged, foreign or newer file is refused with its own
    # message, unchanged, and an empty one is not turned into a Walkaway file just to be copied.
    state = inspect_file(path)
    if state == "missing":
        raise WalkawayError(f"{path}: no such file to back up")
    if state == "empty":
        raise WalkawayError(f"{path}: an empty file, nothing to back up")
    # A copy only reads the file: one in a read-only place is backed up like any other.
    with Store(path, read_only=True, untouched=True) as store:
        say(store.notices)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    print(backup.make_backup(path, kind="manual", now=utc_now(), checkpoint=writable))
    return 0


def _print_list(copies: list[BackupInfo], path: Any) -> int:
    if not copies:
        print(f"No backups of {path} yet. Make one with 'walkaway backup'.")
        return 0
    print(f"{'N':>3}  {'MADE (UTC)':<16}  {'KIND':<6}  {'DEALS':>5}  FILE")
    for copy in copies:
        deals = "?" if copy.deals is None else str(copy.deals)
        print(f"{copy.number:>3}  {copy.made_at:%Y-%m-%d %H:%M}  {copy.kind:<6}  {deals:>5}  {copy.path}")
    return 0
