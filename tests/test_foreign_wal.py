"""Another program's database in WAL mode, its data still in the -wal: refused, and left byte for byte.

The main file of such a database can be a bare header page (no tables, no application id):
read alone it looks like an empty file. Whatever is in the -wal beside it counts, whether its
writer still has it open or was killed before a checkpoint.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA, file_digest, run_cli

from planner.cli import main
from planner.errors import NotAWalkawayFile
from planner.store import Store
from planner.store.file_kind import inspect_file
from planner.store.reader import read_deal_list, read_plan

#: (page size, rows): small and large pages, one row and enough to need many WAL frames.
SHAPES = [(4096, 1), (512, 300), (65536, 5)]

#: Every command that opens the Walkaway file, as a user would type it.
COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["assess", "1"],
    ["export", "1"],
    ["brief", "1", "-o", "{tmp}/b.pdf"],
    ["followups"],
    ["record"],
    ["demo"],
    ["import", str(DATA / "office-lease.walkaway.json")],
    ["round", "1", "--their-offer", "5"],
    ["walk", "1", "--reason", "Given x"],
    ["snooze", "1", "--days", "2"],
    ["reopen", "1", "--note", "back"],
    ["outcome", "1", "dropped"],
    ["commit", "1", "--signer", "Sam"],
    ["backup"],
]

WRITER = """
import os, sqlite3, sys
path, page_size, rows, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
c = sqlite3.connect(path, isolation_level=None)
c.execute(f"PRAGMA page_size = {page_size}")
c.execute("PRAGMA journal_mode = WAL")
c.execute("PRAGMA wal_autocheckpoint = 0")  # keep every change in the -wal
c.execute("CREATE TABLE songs (title TEXT, artist TEXT)")
for n in range(rows):
    c.execute("INSERT INTO songs VALUES (?, ?)", (f"song {n}", "x" * 50))
if mode == "kill":
    os._exit(0)  # no close, no checkpoint: the data stays in the -wal
print("ready", flush=True)
sys.stdin.readline()  # hold the connection open until the test is done
c.close()
"""


def _main_file_looks_empty(path: Path) -> None:
    """The situation under test: the main file alone shows nothing; the -wal holds it all."""
    probe = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        assert probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    finally:
        probe.close()
    assert Path(f"{path}-wal").stat().st_size > 0


@pytest.fixture(params=["writer open", "writer killed"])
def foreign(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "other.db"
    page_size, rows = 4096, 3
    if request.param == "writer killed":
        subprocess.run([sys.executable, "-c", WRITER, str(path), str(page_size), str(rows), "kill"], check=True)
        _main_file_looks_empty(path)
        yield path
        return
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(page_size), str(rows), "open"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        _main_file_looks_empty(path)
        yield path
    finally:
        writer.communicate("done\n", timeout=30)


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_every_command_refuses_it_and_leaves_it_byte_identical(
    command: list[str], foreign: Path, tmp_path: Path
) -> None:
    before, names = file_digest(foreign), sorted(os.listdir(foreign.parent))
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    if command[0] in ("list", "demo"):  # one real process for a reading and a writing command
        result = run_cli(*args, "--db", foreign)
        code, err = result.returncode, result.stderr
    else:  # the same main() in-process for the rest: faster, and the same code path
        import io
        from contextlib import redirect_stderr, redirect_stdout

        err_stream = io.StringIO()
        with redirect_stderr(err_stream), redirect_stdout(io.StringIO()):
            code = main([*args, "--db", str(foreign)])
        err = err_stream.getvalue()
    assert code == 2, err
    assert err.count("\n") == 1 and "not a Walkaway file (a database of another program)" in err, err
    assert file_digest(foreign) == before  # main file, -wal and -shm
    assert sorted(os.listdir(foreign.parent)) == names


def test_the_window_paths_refuse_it_too(foreign: Path) -> None:
    before = file_digest(foreign)
    assert read_deal_list(foreign) is None  # the lean list before the first paint
    assert read_plan(foreign, 1) is None  # the lean plan of brief, assess, export
    with pytest.raises(NotAWalkawayFile):
        Store(foreign)
    with pytest.raises(NotAWalkawayFile):
        Store(foreign, read_only=True)
    assert file_digest(foreign) == before


@pytest.mark.parametrize(("page_size", "rows"), SHAPES)
def test_any_page_size_and_size_of_wal_is_seen(page_size: int, rows: int, tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    subprocess.run([sys.executable, "-c", WRITER, str(path), str(page_size), str(rows), "kill"], check=True)
    _main_file_looks_empty(path)
    before = file_digest(path)
    with pytest.raises(NotAWalkawayFile):
        inspect_file(path)
    assert file_digest(path) == before


def test_a_wal_beside_an_empty_or_missing_main_file_is_seen(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    subprocess.run([sys.executable, "-c", WRITER, str(source), "4096", "2", "kill"], check=True)
    wal = Path(f"{source}-wal").read_bytes()
    for name, main_bytes in (("empty.db", b""), ("missing.db", None)):
        path = tmp_path / name
        if main_bytes is not None:
            path.write_bytes(main_bytes)
        Path(f"{path}-wal").write_bytes(wal)
        before = file_digest(path)
        result = run_cli("demo", "--db", path)
        assert result.returncode == 2 and "another program" in result.stderr, result.stderr
        assert file_digest(path) == before
        assert path.exists() == (main_bytes is not None)


def _empty_looking_database(path: Path, statement: str) -> None:
    raw = sqlite3.connect(path)
    raw.execute(statement)
    raw.commit()
    raw.close()


@pytest.mark.parametrize(
    "statement",
    ["CREATE VIEW v AS SELECT 1", "PRAGMA user_version = 7", "PRAGMA application_id = 42"],
    ids=["only a view", "a user version", "another application id"],
)
def test_a_database_with_no_table_but_some_content_is_not_empty(statement: str, tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _empty_looking_database(path, statement)
    before = file_digest(path)
    result = run_cli("demo", "--db", path)
    assert result.returncode == 2 and "not a Walkaway file" in result.stderr
    assert file_digest(path) == before


def test_a_hot_rollback_journal_beside_an_empty_looking_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _empty_looking_database(path, "PRAGMA page_size = 4096")
    Path(f"{path}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    before = file_digest(path), Path(f"{path}-journal").read_bytes()
    assert run_cli("demo", "--db", path).returncode == 2
    assert (file_digest(path), Path(f"{path}-journal").read_bytes()) == before


WALKAWAY_KILLED = """
import os, sys
from planner.demo import demo_plans
from planner.store import Store
store = Store(sys.argv[1])
store.add_plans(demo_plans()[:2])
os._exit(0)  # killed before any checkpoint: all of it is in the -wal
"""


def test_our_own_file_with_everything_still_in_its_wal_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "plans.walkaway"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    subprocess.run([sys.executable, "-c", WALKAWAY_KILLED, str(path)], check=True, env=env)
    _main_file_looks_empty(path)
    assert inspect_file(path) == "current"
    listed = run_cli("list", "--db", path)
    assert listed.returncode == 0, listed.stderr
    assert "Senior engineer offer" in listed.stdout
    assert run_cli("round", "2", "--their-offer", "250000", "--db", path).returncode == 0


def test_content_that_appears_after_the_check_is_never_written_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program fills an empty file between Walkaway's look at it and its first write."""
    from planner.store import file_kind

    path = tmp_path / "plans.walkaway"
    path.touch()
    monkeypatch.setattr(file_kind, "inspect_file", lambda _path: "empty")  # the look, taken before
    _empty_looking_database(path, "CREATE TABLE songs (title TEXT)")  # the other program, just after
    with pytest.raises(NotAWalkawayFile):
        Store(path)
    raw = sqlite3.connect(path)
    try:
        assert [r[0] for r in raw.execute("SELECT name FROM sqlite_master")] == ["songs"]
        assert raw.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        raw.close()


def test_a_file_another_process_has_open_is_read_with_locks_and_one_nobody_has_open_immutable(
    tmp_path: Path,
) -> None:
    from planner.store.file_kind import untouched_uri

    path = tmp_path / "plans.walkaway"
    with Store(path):
        pass
    assert untouched_uri(path).endswith("immutable=1")  # closed: no one can change it meanwhile
    other = sqlite3.connect(path)  # another process's connection: its -wal and -shm exist, the WAL empty
    try:
        other.execute("SELECT count(*) FROM deals").fetchone()
        assert Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size == 0
        assert untouched_uri(path).endswith("mode=ro")  # locked reads: its checkpoint cannot tear ours
    finally:
        other.close()
