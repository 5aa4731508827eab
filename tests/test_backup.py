"""Backups: made with SQLite's backup API, private, rotated, listed and restored without loss."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import run_cli

from planner.demo import demo_plans
from planner.errors import FileLocked, StoreFileError
from planner.model import Plan, Reservation, Side
from planner.store import Store, backup, health
from planner.store.lock import InstanceLock

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def _plan(title: str) -> Plan:
    return Plan(title=title, counterparty="c", side=Side.SELL, currency="EUR", reservation=Reservation(Decimal("5")))


def _titles(path: Path) -> list[str]:
    raw = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(row[0] for row in raw.execute("SELECT title FROM deals"))
    finally:
        raw.close()


def test_a_backup_of_a_live_file_holds_every_commit_even_those_still_in_the_wal(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
        store.add_plan(_plan("only in the WAL so far"))
        assert Path(f"{db_path}-wal").stat().st_size > 0  # the store is open: not checkpointed yet
        # Another program's transaction is open and uncommitted while the copy is taken.
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE deals SET title = 'uncommitted' WHERE id = 1")
        copy = backup.make_backup(db_path, now=NOON)
        other.execute("ROLLBACK")
        other.close()
        expected = sorted(s.title for s in store.list_deals())
    assert _titles(copy) == expected
    assert "only in the WAL so far" in expected and "uncommitted" not in expected
    assert health.integrity_ok(copy)
    with Store(copy) as restored_view:  # a copy is a Walkaway file in its own right
        assert restored_view.count_deals() == len(expected)


def test_backups_and_their_folder_are_private(db_path: Path) -> None:
    Store(db_path).close()
    copy = backup.make_backup(db_path, now=NOON)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert not list(copy.parent.glob(".*.tmp"))  # no temporary file left behind


def test_daily_copies_are_made_once_a_day_and_rotate(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plan(_plan("day 0"))
    for day in range(10):
        now = NOON + timedelta(days=day)
        made = backup.ensure_daily_backup(db_path, now=now)
        assert made is not None
        assert backup.ensure_daily_backup(db_path, now=now + timedelta(hours=3)) is None  # same day
    backup.make_backup(db_path, kind="manual", now=NOON - timedelta(days=30))
    copies = backup.list_backups(db_path)
    daily = [c for c in copies if c.kind == "daily"]
    assert len(daily) == backup.KEEP["daily"]
    assert daily[0].made_at == NOON + timedelta(days=9)  # the newest kept, the oldest gone
    assert daily[-1].made_at == NOON + timedelta(days=3)
    # The old hand-made copy is not pushed out by a week of automatic ones.
    assert [c.kind for c in copies][-1] == "manual"
    assert [c.number for c in copies] == list(range(1, len(copies) + 1))
    assert all(c.deals == 1 for c in copies)


def test_two_files_of_the_same_name_keep_separate_backups(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "plans.walkaway", tmp_path / "b" / "plans.walkaway"
    for path in (first, second):
        Store(path).close()
        backup.make_backup(path, now=NOON)
    assert backup.backup_dir(first) != backup.backup_dir(second)
    assert len(backup.list_backups(first)) == len(backup.list_backups(second)) == 1


def test_restore_puts_the_copy_back_and_sets_the_current_file_aside(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plan(_plan("kept"))
    backup.make_backup(db_path, now=NOON)
    with Store(db_path) as store:
        store.add_plan(_plan("after the backup"))
    current = db_path.read_bytes()
    aside = backup.restore_backup(db_path, backup.list_backups(db_path)[0], now=NOON + timedelta(hours=1))
    assert aside is not None and aside.read_bytes() == current
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    with Store(db_path) as store:
        assert [s.title for s in store.list_deals()] == ["kept"]
    # Restoring again never overwrites the earlier set-aside file.
    again = backup.restore_backup(db_path, backup.list_backups(db_path)[0], now=NOON + timedelta(hours=1))
    assert again != aside and aside.read_bytes() == current


def test_restore_is_refused_while_another_window_has_the_file(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plan(_plan("kept"))
    backup.make_backup(db_path, now=NOON)
    before = db_path.read_bytes()
    window = InstanceLock(db_path)
    assert window.acquire()
    try:
        with pytest.raises(FileLocked, match="open in another Walkaway window"):
            backup.restore_backup(db_path, backup.list_backups(db_path)[0], now=NOON)
        assert db_path.read_bytes() == before
        # The window itself may restore (after closing its store), passing its own lock.
        assert backup.restore_backup(db_path, backup.list_backups(db_path)[0], now=NOON, lock=window)
    finally:
        window.release()


def test_a_damaged_copy_is_not_restored(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plan(_plan("kept"))
    copy = backup.make_backup(db_path, now=NOON)
    copy.write_bytes(copy.read_bytes()[:5000])
    before = db_path.read_bytes()
    with pytest.raises(StoreFileError):
        backup.restore_backup(db_path, copy, now=NOON)
    assert db_path.read_bytes() == before


def test_backup_beside_a_file_before_migrating(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plan(_plan("old"))
    first = backup.backup_beside(db_path, "0001")
    second = backup.backup_beside(db_path, "0001")
    assert first.name == "plans.walkaway.schema-0001.bak" and second != first  # never overwritten
    assert _titles(first) == ["old"] and stat.S_IMODE(first.stat().st_mode) == 0o600


def test_cli_backup_list_and_restore(db_path: Path) -> None:
    assert run_cli("demo", "--db", db_path).returncode == 0  # an empty new file: no copy worth making
    assert not backup.list_backups(db_path)
    assert run_cli("list", "--db", db_path).returncode == 0  # the first command on data today: daily copy
    made = run_cli("backup", "--db", db_path)
    assert made.returncode == 0, made.stderr
    assert Path(made.stdout.strip()).is_file()
    listed = run_cli("backup", "--list", "--db", db_path)
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["N", "MADE", "(UTC)", "KIND", "DEALS", "FILE"]
    assert lines[1].split()[0] == "1" and "manual" in lines[1] and " 6 " in lines[1]
    assert len(lines) == 3 and "daily" in lines[2]
    restored = run_cli("backup", "--restore", "1", "--db", db_path)
    assert restored.returncode == 0, restored.stderr
    assert "was kept as" in restored.stdout
    wrong = run_cli("backup", "--restore", "7", "--db", db_path)
    assert wrong.returncode == 2 and "no backup number 7" in wrong.stderr
    both = run_cli("backup", "--list", "--restore", "1", "--db", db_path)
    assert both.returncode == 2 and "not allowed with" in both.stderr
