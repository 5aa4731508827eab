"""Write files so that the target path never holds a partial file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from planner.errors import WalkawayError


class WriteError(WalkawayError, OSError):
    """A file that could not be written; one line for the user, and an ``OSError`` for callers that expect one."""

    def __str__(self) -> str:
        return str(self.strerror)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then replace.

    Files are private to their owner by default: they hold walk-away points.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        existing = os.stat(target).st_mode
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing):
        # Renaming over /dev/null or a pipe would replace the device itself (as root, it would work).
        raise WriteError(errno.EEXIST, f"{target}: is not a regular file; nothing was written")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteError(error.errno, f"{target}: cannot be written there ({error.strerror})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)  # nothing half-written is left beside the target
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(error.errno, f"{target}: cannot be written ({error.strerror})") from None
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str, *, mode: int = 0o600) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), mode=mode)
