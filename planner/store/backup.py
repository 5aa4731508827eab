"""Backups of a Walkaway file, and putting one back.

Copies are made with SQLite's online backup API after a WAL checkpoint, never
by copying the live file's bytes: a plain copy taken while another window
commits can be torn, and would miss whatever is still in the -wal file.
Each copy is checked (``quick_check``) before it takes its final name, so a
backup in the list is one that opens.

Automatic copies are daily (the first time a file is opened on a day) and
rotate; copies made on request (``walkaway backup``) rotate separately, so a
busy week of automatic copies never pushes out the one the user made by hand.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.errors import FileLocked, StoreFileError
from planner.paths import data_dir, private_dir
from planner.store import file_kind, health
from planner.store.lock import InstanceLock

log = logging.getLogger("walkaway.store")

#: How many copies of each kind are kept, newest first.
KEEP = {"daily": 7, "manual": 10}
SUFFIX = ".walkaway"
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup copy, as the Restore list shows it. ``number`` 1 is the newest."""

    number: int
    path: Path
    kind: str
    made_at: datetime
    size: int
    deals: int | None  # None when the copy cannot be read


def backup_dir(db_path: Path) -> Path:
    """``<data dir>/backups/<file name>-<hash>/``: two files of the same name never mix their copies."""
    resolved = Path(db_path).expanduser().resolve()
    tag = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{resolved.name}-{tag}"


def _private_dir(folder: Path) -> Path:
    """The copies' folder, and ``backups/`` above it, readable by the owner only (0700), as promised."""
    private_dir(folder)
    for ours in (folder, folder.parent):
        with contextlib.suppress(OSError):
            os.chmod(ours, 0o700)
    return folder


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be opened on Windows
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _new_private_file(folder: Path, stem: str) -> Path:
    """An empty file readable by its owner only, under a name nobody else uses."""
    counter = 0
    while True:
        candidate = folder / f".{stem}.{os.getpid()}.{counter}.tmp"
        try:
            descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            counter += 1
            continue
        os.close(descriptor)
        return candidate


def _copy_database(source_path: Path, target: Path, *, checkpoint: bool) -> None:
    """Copy a database page by page with the backup API into the (empty, private) ``target``.

    With ``checkpoint`` the source is a live file; without, it is only read:
    ``immutable`` (not a byte of it changes) unless a WAL left beside it holds
    committed edits the copy must include.
    """
    uri = file_kind.sqlite_uri(source_path, "write" if checkpoint else "untouched")
    source = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        if checkpoint:
            # PASSIVE: fold what it can of the WAL into the file without waiting
            # on another window's readers; the backup API reads the rest anyway.
            source.execute("PRAGMA wal_checkpoint(PASSIVE)")
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            # A copy is one self-contained file: no -wal beside it to lose.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise FileLocked(health.locked_message(source_path)) from None
        raise
    finally:
        source.close()
    with open(target, "rb") as stream:
        os.fsync(stream.fileno())


def _finish(temp: Path, final: Path) -> Path:
    """Check the copy, then give it its name; a copy that does not check out is removed."""
    try:
        health.quick_check(temp)
        os.chmod(temp, 0o600)
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_dir(final.parent)
    return final


def make_backup(db_path: Path, *, kind: str = "manual", now: datetime, checkpoint: bool = True) -> Path:
    """Copy ``db_path`` into its backup folder as ``KIND-STAMP.walkaway``; rotate; return the copy.

    Without ``checkpoint`` the file is only read (for commands that must not write to it).
    """
    if kind not in KEEP:
        raise ValueError(f"unknown backup kind {kind!r}")
    db_path = Path(db_path).expanduser().resolve()
    if not db_path.exists():
        raise StoreFileError(f"{db_path}: no such file to back up")
    folder = _private_dir(backup_dir(db_path))
    final = folder / f"{kind}-{now.astimezone(UTC).strftime(_STAMP)}{SUFFIX}"
    counter = 1
    while final.exists():
        counter += 1
        final = folder / f"{kind}-{now.astimezone(UTC).strftime(_STAMP)}-{counter}{SUFFIX}"
    temp = _new_private_file(folder, final.stem)
    try:
        _copy_database(db_path, temp, checkpoint=checkpoint)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _finish(temp, final)
    rotate(db_path, kind)
    log.info("backup made (%s)", kind)
    return final


def ensure_daily_backup(db_path: Path, *, now: datetime, checkpoint: bool = True) -> Path | None:
    """Make today's automatic copy unless there is one already; returns it when made."""
    today = now.astimezone(UTC).strftime("%Y%m%d")
    folder = backup_dir(db_path)
    if folder.is_dir() and any(folder.glob(f"daily-{today}T*{SUFFIX}")):
        return None
    return make_backup(db_path, kind="daily", now=now, checkpoint=checkpoint)


def copy_database_to(db_path: Path, target: Path) -> Path:
    """A checked, private copy of a live file at ``target`` (File > Save a Copy…); replaces ``target``."""
    target = Path(target)
    temp = _new_private_file(target.parent, target.name)
    try:
        _copy_database(Path(db_path), temp, checkpoint=True)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return _finish(temp, target)


def backup_beside(db_path: Path, revision: str) -> Path:
    """A copy next to the file before migrating it: ``NAME.schema-REV.bak`` (never overwritten)."""
    db_path = Path(db_path)
    final = db_path.with_name(f"{db_path.name}.schema-{revision}.bak")
    counter = 1
    while final.exists():
        counter += 1
        final = db_path.with_name(f"{db_path.name}.schema-{revision}-{counter}.bak")
    temp = _new_private_file(db_path.parent, final.name)
    try:
        _copy_database(db_path, temp, checkpoint=False)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return _finish(temp, final)


def _parse_name(path: Path) -> tuple[str, datetime] | None:
    kind, _, rest = path.name.removesuffix(SUFFIX).partition("-")
    if kind not in KEEP or not path.name.endswith(SUFFIX):
        return None
    try:
        made_at = datetime.strptime(rest[:16], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return kind, made_at


def _count_deals(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(file_kind.sqlite_uri(path, "immutable"), uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM deals").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None


def _entries(db_path: Path) -> list[tuple[datetime, str, Path]]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed is not None:
            found.append((parsed[1], parsed[0], path))
    found.sort(key=lambda entry: (entry[0], entry[2].name), reverse=True)
    return found


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every copy of ``db_path``, newest first, numbered from 1."""
    return [
        BackupInfo(
            number=index,
            path=path,
            kind=kind,
            made_at=made_at,
            size=path.stat().st_size,
            deals=_count_deals(path),
        )
        for index, (made_at, kind, path) in enumerate(_entries(db_path), start=1)
    ]


def rotate(db_path: Path, kind: str) -> list[Path]:
    """Remove the copies of ``kind`` beyond the newest ``KEEP[kind]``; returns what was removed."""
    old = [path for _made, found_kind, path in _entries(db_path) if found_kind == kind][KEEP[kind] :]
    for path in old:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return old


def restore_backup(
    db_path: Path, backup: BackupInfo | Path, *, now: datetime, lock: InstanceLock | None = None
) -> Path | None:
    """Put a backup copy in place of ``db_path``; return where the replaced file was set aside.

    The current file (damaged or not) is renamed aside first, never
    overwritten. Refused while another window has the file open; a caller
    that holds the file's instance lock passes it and must have closed its
    own store first.
    """
    db_path = Path(db_path).expanduser().resolve()
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    health.quick_check(source)
    if file_kind.inspect_file(source) not in ("current", "older"):
        raise StoreFileError(f"{source}: not a usable backup copy")
    own = lock if lock is not None and lock.held else InstanceLock(db_path)
    if not own.acquire():
        raise FileLocked(
            f"{db_path}: open in another Walkaway window; close it there, then restore (nothing was changed)"
        )
    try:
        temp = _new_private_file(db_path.parent, db_path.name)
        try:
            _copy_database(source, temp, checkpoint=False)
            health.quick_check(temp)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        aside = health.set_aside(db_path, "before-restore", now) if db_path.exists() else None
        os.replace(temp, db_path)
        _fsync_dir(db_path.parent)
    finally:
        if own is not lock:
            own.release()
    log.info("backup restored")
    return aside
