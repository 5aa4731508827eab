"""Files Walkaway must refuse: four kinds, four messages, and the file left byte-identical."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import file_digest, run_cli

from planner.cli import main
from planner.demo import demo_plans
from planner.errors import FileDamaged, FileLocked, FileTooNew, NotAWalkawayFile, StoreFileError
from planner.store import Store, backup, health
from planner.store.file_kind import APPLICATION_ID

PAGE = 4096


def walkaway_file(path: Path) -> Path:
    with Store(path) as store:
        store.add_plans(demo_plans())
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(10_000))
    return path


def foreign_database(path: Path) -> Path:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE songs (title TEXT, artist TEXT)")
    raw.execute("INSERT INTO songs VALUES ('a', 'b')")
    raw.commit()
    raw.close()
    return path


def truncated(path: Path) -> Path:
    walkaway_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def truncated_to_header(path: Path) -> Path:
    walkaway_file(path)
    path.write_bytes(path.read_bytes()[:60])
    return path


def scrambled_pages(path: Path) -> Path:
    walkaway_file(path)
    data = bytearray(path.read_bytes())
    noise = random.Random(3).randbytes(3 * PAGE)
    data[4 * PAGE : 7 * PAGE] = noise  # leaves page 1 (the header, the schema) readable
    path.write_bytes(bytes(data))
    return path


def newer_version(path: Path) -> Path:
    walkaway_file(path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    return path


BAD = {
    "random bytes": (random_bytes, NotAWalkawayFile, "not a Walkaway file (it is not a database)"),
    "another program's database": (foreign_database, NotAWalkawayFile, "a database of another program"),
    "truncated": (truncated, FileDamaged, "the file is damaged"),
    "cut after the header": (truncated_to_header, FileDamaged, "the file is damaged"),
    "scrambled pages": (scrambled_pages, FileDamaged, "the file is damaged"),
    "newer version": (newer_version, FileTooNew, "made by a newer version of Walkaway (schema 9999"),
}


@pytest.mark.parametrize("kind", BAD)
def test_store_refuses_with_its_own_error_and_changes_nothing(kind: str, tmp_path: Path) -> None:
    make, error, words = BAD[kind]
    path = make(tmp_path / "bad.walkaway")
    before = file_digest(path)
    names = sorted(os.listdir(tmp_path))
    with pytest.raises(error) as raised:
        Store(path)
    assert words in str(raised.value)
    assert file_digest(path) == before
    assert sorted(os.listdir(tmp_path)) == names  # no -wal, -shm or copy appeared either


@pytest.mark.parametrize("kind", BAD)
def test_cli_says_what_the_file_is_in_one_line_and_exits_2(kind: str, tmp_path: Path, capsys) -> None:
    make, _error, words = BAD[kind]
    path = make(tmp_path / "bad.walkaway")
    before = file_digest(path)
    # One real process (what a user runs), then the same main() in-process for the other commands.
    result = run_cli("list", "--db", path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert words in result.stderr and str(path) in result.stderr
    example = Path(__file__).parent / "data" / "office-lease.walkaway.json"
    for args in (["import", str(example)], ["backup"], ["export", "1"]):
        assert main([*args, "--db", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err, (args, err)
    assert file_digest(path) == before


def test_the_four_messages_differ_and_each_says_what_to_do(tmp_path: Path) -> None:
    messages = {}
    for kind in ("random bytes", "truncated", "newer version"):
        make, error, _words = BAD[kind]
        with pytest.raises(error) as raised:
            Store(make(tmp_path / f"{kind}.walkaway"))
        messages[error] = str(raised.value)
    messages[FileLocked] = health.locked_message(tmp_path / "x.walkaway")
    advice = {
        NotAWalkawayFile: "choose a Walkaway file",
        FileDamaged: "restore the latest backup",
        FileTooNew: "update Walkaway",
        FileLocked: "try again",
    }
    for error, text in messages.items():
        assert advice[error] in text
        assert issubclass(error, StoreFileError)
    assert len({m.split(": ", 1)[1] for m in messages.values()}) == 4


HOLDER = """
import sqlite3, sys
holder = sqlite3.connect(sys.argv[1], isolation_level=None)
holder.execute("BEGIN IMMEDIATE")
holder.execute("UPDATE deals SET title = title WHERE id = 1")
print("holding", flush=True)
sys.stdin.readline()
holder.execute("ROLLBACK")
"""


@pytest.fixture
def write_lock_holder(tmp_path: Path) -> Iterator[Path]:
    """Another program holding the write lock of our file until the test ends."""
    path = walkaway_file(tmp_path / "held.walkaway")
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    yield path
    child.communicate("\n", timeout=30)


@pytest.mark.slow
def test_a_write_to_a_file_locked_by_another_program_waits_then_says_so(write_lock_holder: Path) -> None:
    path = write_lock_holder
    before = file_digest(path)
    example = Path(__file__).parent / "data" / "office-lease.walkaway.json"
    result = run_cli("import", example, "--db", path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"walkaway: {health.locked_message(path)}"
    assert file_digest(path) == before
    # Reading is not blocked by a writer (WAL): the list still works meanwhile.
    listed = run_cli("list", "--db", path)
    assert listed.returncode == 0, listed.stderr


def test_a_damaged_file_is_set_aside_and_the_latest_backup_restored(tmp_path: Path) -> None:
    from planner.dates import utc_now

    path = walkaway_file(tmp_path / "plans.walkaway")
    backup.make_backup(path, now=utc_now())
    scrambled_pages(tmp_path / "scratch.walkaway")
    path.write_bytes((tmp_path / "scratch.walkaway").read_bytes())
    damaged = path.read_bytes()

    refused = run_cli("list", "--db", path)
    assert refused.returncode == 2 and "walkaway backup --list" in refused.stderr

    restored = run_cli("backup", "--restore", "1", "--db", path)
    assert restored.returncode == 0, restored.stderr
    aside = next(tmp_path.glob("plans.walkaway.before-restore-*"))
    assert aside.read_bytes() == damaged  # kept exactly, for whoever wants to look at it
    with Store(path) as store:
        assert [s.title for s in store.list_deals()] != []
        assert store.count_deals() == len(demo_plans())


def test_an_empty_database_of_no_program_becomes_a_walkaway_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.walkaway"
    path.touch(mode=0o600)
    with Store(path) as store:
        assert store.count_deals() == 0
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    raw.close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    result = run_cli("list", "--db", tmp_path)
    assert result.returncode == 2
    assert "is a folder" in result.stderr


def test_an_untouched_file_is_not_read_again_but_any_change_brings_the_check_back(tmp_path: Path) -> None:
    path = walkaway_file(tmp_path / "plans.walkaway")
    hour_ago = time.time_ns() - 3_600 * 10**9
    os.utime(path, ns=(hour_ago, hour_ago))
    later = lambda: time.time_ns() + 10 * 10**9  # noqa: E731 - as if the check ran well after the last change
    assert health.check_on_open(path, now_ns=later) is True
    assert health.check_on_open(path, now_ns=later) is False  # same file, same stamp: not read again
    scrambled_pages(tmp_path / "scratch.walkaway")
    path.write_bytes((tmp_path / "scratch.walkaway").read_bytes())  # same size, new content
    with pytest.raises(FileDamaged):
        health.check_on_open(path, now_ns=later)


def test_a_file_changed_just_now_is_always_checked(tmp_path: Path) -> None:
    path = walkaway_file(tmp_path / "plans.walkaway")
    assert health.check_on_open(path) is True
    assert health.check_on_open(path) is True  # its stamp would be racy: never trusted
