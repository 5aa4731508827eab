"""A Walkaway file is readable by its owner only: a looser mode found on one of ours is put right.

Walkaway makes its files 0600, but a copy, an unpacked archive or another tool can leave one
0644 or 0666, readable by every account on the machine. The mode is changed (never a byte of
the file) and the user is told once: after that the file is private and nothing more is said.
Only files already recognised as ours come here; another program's file is never touched.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

#: Bits that let anyone but the owner read or write.
OTHERS = stat.S_IRWXG | stat.S_IRWXO


@dataclass(frozen=True, slots=True)
class ModeFix:
    """A Walkaway file found readable by others: its mode before, after, and why it stayed if it did."""

    path: Path
    before: int
    after: int
    error: str | None = None

    @property
    def message(self) -> str:
        if self.error:
            return (
                f"{self.path}: readable by other users (mode {self.before:04o}) and could not be made private "
                f"({self.error}); change its mode to 0600 yourself"
            )
        return (
            f"{self.path}: was readable by other users (mode {self.before:04o}); "
            f"it is now readable by you only ({self.after:04o})"
        )


def make_private(path: Path) -> ModeFix | None:
    """Take the group and other bits off ``path`` and its -wal and -shm; what was done, or None."""
    if os.name == "nt":  # pragma: no cover - no POSIX modes there; the folder's ACL decides
        return None
    loose = []
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(part.stat().st_mode)
        except OSError:
            continue
        if mode & OTHERS:
            loose.append((part, mode))
    errors = [error for part, mode in loose if (error := _chmod(part, mode & ~OTHERS))]
    if not loose or loose[0][0] != path:
        # Companions only: SQLite gives them the main file's mode, so they follow it silently.
        return None
    before = loose[0][1]
    return ModeFix(path, before, before & ~OTHERS, errors[0] if errors else None)


def _chmod(path: Path, mode: int) -> str | None:
    try:
        os.chmod(path, mode)
    except OSError as error:
        return error.strerror or str(error)
    return None
