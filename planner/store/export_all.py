"""``walkaway export --all``: every deal the store shows, copied into a new Walkaway file.

In team mode this is the local copy of the deals shared with you (the server's own backups are
its owner's, with ``pg_dump``). The copy keeps each deal's id, its commitments and their
certificates; it is written beside its target and moved there only when whole, and never
replaces a file that exists.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from planner.errors import CannotWrite, WalkawayError
from planner.model import Plan
from planner.store.health import COMPANIONS


def export_all(plans: list[Plan], target: Path) -> Path:
    """Write ``plans`` (with their ids) into the new Walkaway file ``target``; its path."""
    from planner.store import Store

    target = target.expanduser().absolute()
    if target.exists():
        raise WalkawayError(f"{target}: exists already; 'export --all' writes a new Walkaway file: choose another name")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        with Store(partial) as copy:
            copy.add_plans(plans, keep_ids=True)
        try:
            os.link(partial, target)  # never over a file that appeared meanwhile
        except FileExistsError:
            raise WalkawayError(f"{target}: exists already; nothing was written there") from None
        except OSError as error:
            raise CannotWrite(f"{target}: cannot be written ({error.strerror})") from None
    finally:
        for suffix in ("", *COMPANIONS):
            with contextlib.suppress(OSError):
                os.unlink(f"{partial}{suffix}")
    return target
