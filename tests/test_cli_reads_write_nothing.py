"""Commands that only read never write a byte; a file is made a Walkaway file only by a command that writes.

Read-only places are made with something that binds root too (the tests run as root here, and
root ignores file modes): the immutable attribute (``chattr +i``), under which even root can
neither create a file in a folder nor write to a file. As another user, plain modes do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA, file_digest, run_cli

from planner.demo import demo_plans
from planner.store import Store

#: Every command that only reads the Walkaway file, with its arguments (deal 3 exists in the demo).
READS: dict[str, list[str]] = {
    "list": [],
    "list --json": ["--json"],
    "assess": ["3"],
    "export": ["3"],
    "brief": ["3"],
    "followups": [],
    "followups --json": ["--json"],
    "record": [],
    "verify": [],
}
#: What each read says about a file with no deals in it (exit code, words on stdout or stderr).
ON_NOTHING = {
    "list": (0, "No deals yet"),
    "list --json": (0, "[]"),
    "assess": (2, "no deal with id 3"),
    "export": (2, "no deal with id 3"),
    "brief": (2, "no deal with id 3"),
    "followups": (0, "No follow-ups."),
    "followups --json": (0, "[]"),
    "record": (0, "Walks: 0"),
    "verify": (3, "not signed"),
}


def _read(name: str, db: Path, tmp_path: Path) -> list[str | Path]:
    """The command line of read ``name`` on ``db``; its outputs go to ``tmp_path/out``."""
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    command = name.split()[0]
    args: list[str | Path] = [command, *READS[name], "--db", db]
    if command == "brief":
        args += ["-o", out / "brief.pdf"]
    if command == "verify":
        # verify needs some PDF: an unsigned one reads as "not signed" (exit 3).
        from pypdf import PdfWriter

        writer = PdfWriter()
        writer.add_blank_page(width=200, height=200)
        writer.write(out / "unsigned.pdf")
        args.insert(1, out / "unsigned.pdf")
    return args


@pytest.mark.parametrize("name", READS)
def test_a_read_on_a_missing_file_creates_nothing(name: str, tmp_path: Path) -> None:
    db = tmp_path / "not-yet" / "plans.walkaway"
    result = run_cli(*_read(name, db, tmp_path))
    code, words = ON_NOTHING[name]
    assert result.returncode == code, result.stderr
    assert words in result.stdout + result.stderr
    assert not db.parent.exists()  # neither the file nor its folder


@pytest.mark.parametrize("name", READS)
def test_a_read_on_an_empty_file_leaves_it_empty(name: str, tmp_path: Path) -> None:
    db = tmp_path / "plans.walkaway"
    db.touch()
    result = run_cli(*_read(name, db, tmp_path))
    code, words = ON_NOTHING[name]
    assert result.returncode == code, result.stderr
    assert words in result.stdout + result.stderr
    assert "created" not in result.stderr
    assert db.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "plans.walkaway"]  # no -wal, no -shm


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "data" / "plans.walkaway"
    db.parent.mkdir()
    with Store(db) as store:
        store.add_plans(demo_plans())
    return db


@pytest.mark.parametrize("name", READS)
def test_a_read_on_a_walkaway_file_writes_not_a_byte_and_leaves_nothing_beside_it(
    name: str, demo_db: Path, tmp_path: Path
) -> None:
    before, names = file_digest(demo_db), sorted(os.listdir(demo_db.parent))
    stat = demo_db.stat()
    result = run_cli(*_read(name, demo_db, tmp_path))
    assert result.returncode in (0, 3), result.stderr
    assert file_digest(demo_db) == before
    assert demo_db.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(os.listdir(demo_db.parent)) == names


@pytest.mark.parametrize("command", ["demo", "import"])
def test_a_command_that_writes_makes_an_empty_file_a_walkaway_file_and_says_so(command: str, tmp_path: Path) -> None:
    db = tmp_path / "plans.walkaway"
    db.touch()
    extra = [DATA / "office-lease.walkaway.json"] if command == "import" else []
    result = run_cli(command, *extra, "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"walkaway: created a new Walkaway file at {db}\n"
    again = run_cli(command, *extra, "--db", db)
    assert again.returncode == 0 and again.stderr == ""  # said once, when it happened
    assert "Office lease renewal" in run_cli("list", "--db", db).stdout


def test_a_new_file_is_announced_too(tmp_path: Path) -> None:
    db = tmp_path / "new" / "plans.walkaway"
    result = run_cli("demo", "--db", db)
    assert result.returncode == 0
    assert result.stderr == f"walkaway: created a new Walkaway file at {db}\n"


@pytest.mark.parametrize(
    "args",
    [
        ["round", "3", "--their-offer", "100"],
        ["walk", "3", "--reason", "Given x"],
        ["snooze", "4", "--days", "2"],
        ["reopen", "4", "--note", "They called"],
        ["outcome", "5", "dropped"],
        ["commit", "1", "--signer", "Sam"],
    ],
)
def test_a_change_to_a_deal_in_a_missing_or_empty_file_creates_nothing(args: list[str], tmp_path: Path) -> None:
    missing, empty = tmp_path / "missing.walkaway", tmp_path / "empty.walkaway"
    empty.touch()
    for db in (missing, empty):
        result = run_cli(*args, "--db", db)
        assert result.returncode == 2
        assert result.stderr == f"walkaway: no deal with id {args[1]}\n"
    assert not missing.exists() and empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.walkaway"]


# -- read-only places -------------------------------------------------------------------------


def _freeze(path: Path) -> None:
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is needed to make a place read-only for root")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"this file system cannot make {path} immutable: {done.stderr!r}")
    else:
        path.chmod(0o555 if path.is_dir() else 0o444)


def _thaw(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    else:
        path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.fixture
def frozen() -> Iterator[list[Path]]:
    """Paths made read-only during a test; made writable again after it."""
    paths: list[Path] = []

    def freeze(path: Path) -> Path:
        _freeze(path)
        paths.append(path)
        return path

    yield freeze  # type: ignore[misc]
    for path in reversed(paths):
        _thaw(path)


def _probe_is_read_only(folder: Path) -> None:
    with pytest.raises(OSError):
        (folder / "probe").touch()


@pytest.mark.parametrize("name", READS)
def test_every_read_works_in_a_read_only_folder(name: str, demo_db: Path, tmp_path: Path, frozen) -> None:
    before = file_digest(demo_db)
    frozen(demo_db.parent)
    _probe_is_read_only(demo_db.parent)
    result = run_cli(*_read(name, demo_db, tmp_path))
    assert result.returncode in (0, 3), result.stderr
    assert result.stderr == "" or "Traceback" not in result.stderr
    if name.startswith("list"):
        assert "Office lease renewal" in result.stdout
    assert file_digest(demo_db) == before


@pytest.mark.parametrize(
    "args",
    [
        ["round", "3", "--their-offer", "100"],
        ["walk", "3", "--reason", "Given x"],
        ["snooze", "4", "--days", "2"],
        ["demo"],
        ["import", str(DATA / "office-lease.walkaway.json")],
        ["commit", "1", "--signer", "Sam"],
    ],
)
@pytest.mark.parametrize("where", ["folder", "file"])
def test_a_write_that_cannot_happen_exits_2_in_one_line(
    args: list[str], where: str, demo_db: Path, frozen, tmp_path: Path
) -> None:
    before = file_digest(demo_db)
    frozen(demo_db.parent if where == "folder" else demo_db)
    result = run_cli(*args, "--db", demo_db)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(demo_db) in result.stderr and "Nothing was changed" in result.stderr
    assert file_digest(demo_db) == before


@pytest.mark.parametrize("where", ["folder", "file"])
def test_a_backup_only_reads_so_a_read_only_file_is_backed_up(where: str, demo_db: Path, frozen) -> None:
    before, names = file_digest(demo_db), sorted(os.listdir(demo_db.parent))
    frozen(demo_db.parent if where == "folder" else demo_db)
    result = run_cli("backup", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.exists() and copy.parent.parent.name == "backups"
    assert file_digest(demo_db) == before and sorted(os.listdir(demo_db.parent)) == names


@pytest.mark.parametrize("empty", [False, True])
def test_a_new_file_in_a_read_only_folder_exits_2_in_one_line(empty: bool, tmp_path: Path, frozen) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    db = folder / "plans.walkaway"
    if empty:
        db.touch()
    frozen(folder)
    result = run_cli("demo", "--db", db)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(db) in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == (["plans.walkaway"] if empty else [])
    assert not empty or db.stat().st_size == 0


@pytest.mark.parametrize(
    "args",
    # Deal 1 is a plain draft: its brief comes with no warning line before the one that matters.
    [["brief", "1", "-o", "{out}/b.pdf"], ["export", "1", "-o", "{out}/e.json"], ["followups", "--ics", "{out}/f.ics"]],
    ids=["brief", "export", "followups --ics"],
)
def test_an_output_into_a_read_only_folder_exits_2_in_one_line(
    args: list[str], demo_db: Path, tmp_path: Path, frozen
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    frozen(out)
    result = run_cli(*[a.replace("{out}", str(out)) for a in args], "--db", demo_db)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"{out}/" in result.stderr and "cannot be written" in result.stderr
    assert list(out.iterdir()) == []


def test_a_read_only_data_folder_stops_no_command_and_the_missing_backup_is_said(
    demo_db: Path, tmp_path: Path, frozen
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    frozen(home)
    env = {"WALKAWAY_HOME": str(home)}
    for args in (["list"], ["round", "3", "--their-offer", "18100"]):
        result = run_cli(*args, "--db", demo_db, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stderr.startswith("walkaway: warning: today's backup could not be made (")
        assert result.stderr.count("\n") == 1
    signing = run_cli("commit", "1", "--signer", "Sam", "--db", demo_db, env=env)
    assert signing.returncode == 2, signing.stderr  # the key cannot be made: nothing is committed
    assert "your signing key cannot be made there" in signing.stderr and "Traceback" not in signing.stderr
    with Store(demo_db) as store:
        assert store.get_plan(1).commitment is None
