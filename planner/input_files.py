"""Reading a file the user named, safely: a regular file, and never more than a limit.

``/dev/zero`` would be read forever, a FIFO would block the open until a writer
came, and a device or a socket is never what was meant. Each is refused at once
from its ``stat``; the file is then opened without blocking and checked again
(it may have been swapped meanwhile), and at most ``limit`` bytes are read.
"""

from __future__ import annotations

import os
import stat

from planner.errors import WalkawayError


class InputFileError(WalkawayError):
    """A file that cannot be read as asked; ``reason`` is the part after the file name."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def _kind(mode: int, what: str) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return f"is a folder, not a {what}"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    return "is not a regular file"


def read_input_file(path: str | os.PathLike[str], limit: int, *, what: str = "file") -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, else :class:`InputFileError`."""
    source = str(path)
    try:
        before = os.stat(path)
        refusal = _kind(before.st_mode, what)
        if refusal:
            raise InputFileError(source, refusal)
        if before.st_size > limit:
            raise InputFileError(source, f"too large for a {what} ({before.st_size:,} bytes; at most {limit:,})")
        # O_NONBLOCK: should a FIFO have taken the file's place since the stat, the open does not wait.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise InputFileError(source, "no such file") from None
    except PermissionError:
        raise InputFileError(source, "not allowed to read this file") from None
    except OSError as error:
        raise InputFileError(source, f"cannot be read ({error.strerror})") from None
    try:
        refusal = _kind(os.fstat(handle).st_mode, what)
        if refusal:
            raise InputFileError(source, refusal)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise InputFileError(source, f"cannot be read ({error.strerror})") from None
    finally:
        os.close(handle)
    if size > limit:  # it grew after the stat
        raise InputFileError(source, f"too large for a {what} (more than {limit:,} bytes)")
    return b"".join(chunks)
