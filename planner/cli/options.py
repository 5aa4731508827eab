"""What people type after an option, checked before a command starts: one line back when it is wrong.

Each function here is an argparse ``type`` (raising ``ArgumentTypeError``, which the
parser turns into ``walkaway CMD: argument --x: …``, exit 2) or, for output paths, a
check that raises :class:`WalkawayError`. The rules themselves live in the core
(:mod:`planner.limits`, :mod:`planner.text_rules`, :mod:`planner.money`), so the
command line accepts exactly what the window and plan files accept.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from planner import limits
from planner.errors import WalkawayError
from planner.text_rules import TextRule, text_problem

_WHOLE = re.compile(r"[0-9]{1,30}")


def whole_number(text: str, *, what: str, low: int, high: int) -> int:
    """``text`` as a whole number from ``low`` to ``high``, written in ASCII digits only."""
    # int() would also take " 7", "1_000" and "٣"; and a 23-digit id overflows SQLite's INTEGER.
    if not _WHOLE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"'{text}' is not {what} (a whole number from {low} to {high})")
    value = int(text)
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"'{text}' is not {what}: it goes from {low} to {high}")
    return value


def deal_id(text: str) -> int:
    """An argparse ``type`` for deal ids: a clear message instead of a traceback."""
    if _WHOLE.fullmatch(text) and int(text) == 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a deal id (ids start at 1)")
    if not _WHOLE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a deal id (a whole number, see 'walkaway list')")
    return whole_number(text, what="a deal id", low=1, high=limits.MAX_ID)


def snooze_days(text: str) -> int:
    from planner.followups import MAX_SNOOZE_DAYS

    return whole_number(text, what="a number of days", low=1, high=MAX_SNOOZE_DAYS)


def plan_amount(text: str) -> Decimal:
    """An amount of a plan: exact within the limits, not negative."""
    from planner.money import AmountError, parse_plan_amount

    try:
        return parse_plan_amount(text)
    except AmountError as error:
        raise argparse.ArgumentTypeError(f"'{text}': {error}") from None


def text(rule: TextRule) -> Callable[[str], str]:
    """An argparse ``type`` for a text option, under the rule of the plan field it fills.

    An empty text is left to the command, whose message says what to write instead.
    """
    lenient = replace(rule, required=False)

    def check(value: str) -> str:
        problem = text_problem(value, lenient)
        if problem:
            raise argparse.ArgumentTypeError(problem)
        return value

    return check


def output_path(text: str) -> Path:
    """A file the command may write: refused at once (before any work) when it cannot be.

    A folder, a device or a pipe, a missing folder, a folder that is not one, or a place
    where nothing can be created (``/proc``, a read-only disk) each get their own message.
    """
    path = Path(text).expanduser()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise WalkawayError(f"{path}: cannot be written ({error.strerror})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise WalkawayError(f"{path}: is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise WalkawayError(f"{path}: is not a regular file (a device, a pipe or a socket); give a file name")
    folder = path.parent
    if not folder.exists():
        raise WalkawayError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise WalkawayError(f"{folder}: is not a folder")
    # The file is written beside its target and renamed: try that now, not after the work is done.
    try:
        handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=folder)
    except OSError as error:
        raise WalkawayError(f"{path}: cannot be written there ({error.strerror})") from None
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return path
