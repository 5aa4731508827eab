"""Write files so that the target path never holds a partial file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from planner.errors import CannotWrite


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
        made = CannotWrite(f"{target}: is not a regular file; nothing was written")
        made.errno = errno.EEXIST
        raise made
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _cannot_write(target, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        if isinstance(error, OSError) and not isinstance(error, CannotWrite):
            raise _cannot_write(target, error) from error
        raise
    return target


def _cannot_write(target: Path, error: OSError) -> CannotWrite:
    """One line for the user (a read-only folder, a full disk): the target was left as it was."""
    reason = error.strerror or type(error).__name__
    made = CannotWrite(f"{target}: cannot be written ({reason}); nothing was written there")
    made.errno = error.errno  # still tells a full disk from a read-only folder to code that asks
    return made


def atomic_write_text(path: str | os.PathLike[str], text: str, *, mode: int = 0o600) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"), mode=mode)
