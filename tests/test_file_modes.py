"""Private by mode: a Walkaway file others can read is made 0600 and the user told once; folders are 0700."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from helpers import DATA, file_digest, run_cli

from planner.demo import demo_plans
from planner.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    return db_path


COMMANDS = {
    "list": ["list"],
    "assess": ["assess", "3"],
    "export": ["export", "3"],
    "followups": ["followups"],
    "record": ["record"],
    "round": ["round", "3", "--their-offer", "18100"],
    "import": ["import", str(DATA / "office-lease.walkaway.json")],
    "backup": ["backup"],
}


@pytest.mark.parametrize("loose", [0o644, 0o666, 0o640, 0o604], ids=lambda m: f"{m:04o}")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_walkaway_file_others_can_read_is_made_private_and_the_user_told_once(
    command: str, loose: int, demo_db: Path
) -> None:
    demo_db.chmod(loose)
    before = file_digest(demo_db)
    first = run_cli(*COMMANDS[command], "--db", demo_db)
    assert first.returncode == 0, first.stderr
    assert mode(demo_db) == 0o600
    said = [line for line in first.stderr.splitlines() if "readable by other users" in line]
    assert said == [
        f"walkaway: {demo_db}: was readable by other users (mode {loose:04o}); it is now readable by you only (0600)"
    ]
    if command not in ("round", "import"):
        assert file_digest(demo_db) == before  # a read changes the mode only, never a byte
    again = run_cli(*COMMANDS[command], "--db", demo_db)
    assert "readable by other users" not in again.stderr


def test_the_owner_s_own_bits_are_kept(demo_db: Path) -> None:
    demo_db.chmod(0o444)  # made read-only by its owner, and readable by all
    result = run_cli("list", "--db", demo_db)
    assert result.returncode == 0
    assert mode(demo_db) == 0o400  # private now, and still read-only: nothing was made writable


def test_companions_are_made_private_with_the_file(demo_db: Path) -> None:
    import sqlite3

    writer = sqlite3.connect(demo_db)  # keeps a -wal and -shm beside the file while open
    writer.execute("UPDATE deals SET unit = 'x' WHERE id = 1")
    writer.commit()
    try:
        for part in (demo_db, Path(f"{demo_db}-wal"), Path(f"{demo_db}-shm")):
            part.chmod(0o644)
        assert run_cli("list", "--db", demo_db).returncode == 0
        assert [mode(p) for p in (demo_db, Path(f"{demo_db}-wal"), Path(f"{demo_db}-shm"))] == [0o600] * 3
    finally:
        writer.close()


def test_a_file_that_is_not_ours_keeps_its_mode(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    other.chmod(0o644)
    result = run_cli("list", "--db", other)
    assert result.returncode == 2
    assert mode(other) == 0o644 and "readable by other users" not in result.stderr


def test_an_empty_file_made_a_walkaway_file_is_private(tmp_path: Path) -> None:
    db = tmp_path / "plans.walkaway"
    db.touch(mode=0o644)
    db.chmod(0o644)
    result = run_cli("demo", "--db", db)
    assert result.returncode == 0
    assert mode(db) == 0o600
    assert result.stderr == f"walkaway: created a new Walkaway file at {db}\n"


def test_a_read_leaves_an_empty_file_s_mode_alone(tmp_path: Path) -> None:
    db = tmp_path / "plans.walkaway"
    db.touch()
    db.chmod(0o644)
    assert run_cli("list", "--db", db).returncode == 0
    assert mode(db) == 0o644  # not a Walkaway file (yet): not ours to change


def test_every_folder_walkaway_makes_is_private(tmp_path: Path) -> None:
    home = tmp_path / "new" / "walkaway-home"  # neither exists yet
    db = tmp_path / "elsewhere" / "deep" / "plans.walkaway"
    env = {"WALKAWAY_HOME": str(home)}
    assert run_cli("demo", "--db", db, env=env).returncode == 0
    assert run_cli("commit", "1", "--signer", "Sam Rivera", "--db", db, env=env).returncode == 0
    made = [tmp_path / "new", home, home / "backups", home / "logs", home / "keys", db.parent.parent, db.parent]
    made += [p for p in (home / "backups").iterdir()]
    assert {str(p): oct(mode(p)) for p in made} == {str(p): oct(0o700) for p in made}


def test_a_backups_folder_left_0755_is_made_0700(demo_db: Path, _private_home: Path) -> None:
    backups = _private_home / "backups"
    backups.mkdir(mode=0o755)
    backups.chmod(0o755)
    assert run_cli("backup", "--db", demo_db).returncode == 0
    assert mode(backups) == 0o700
    assert all(mode(p) == 0o700 for p in backups.iterdir())


def test_the_window_says_so_in_the_status_bar(qtbot, demo_db: Path) -> None:
    from ui.session.controller import PlanController
    from ui.shell.main_window import MainWindow

    demo_db.chmod(0o666)
    window = MainWindow(PlanController(demo_db))
    qtbot.addWidget(window)
    window.controller.open_store()
    assert mode(demo_db) == 0o600
    message = window.statusBar().currentMessage()
    assert str(demo_db) in message and "it is now readable by you only" in message
    window.close()
