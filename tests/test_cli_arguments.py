"""Issue 13, item 12: any number or path on the command line is exit 2 and one line when it cannot be used.

A 23-digit deal id used to reach SQLite and end in ``OverflowError`` (exit 1), and
``brief -o /proc/x.pdf`` failed after the brief was drawn (exit 1). Now every whole
number is checked for its range before a command starts, and every output path is
tried before any work: a folder, a device, a pipe, ``/proc``, a missing folder or a
file in place of a folder is refused, and nothing is left behind anywhere.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from helpers import file_digest, run_cli

from planner.cli import main

HUGE = ["12345678901234567890123", "9223372036854775808", str(10**400)]
NOT_WHOLE = ["1_0", " 3", "3 ", "+3", "3.0", "٣", "３", "0x3", ""]


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "plans.walkaway"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(code: int, out: str, err: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "unexpected" not in err
    assert err.count("\n") == 1 and err.startswith("walkaway"), err


ID_COMMANDS = [
    ["assess", "{id}"],
    ["export", "{id}"],
    ["brief", "{id}"],
    ["commit", "{id}", "--signer", "Sam"],
    ["round", "{id}", "--note", "x"],
    ["walk", "{id}", "--reason", "x"],
    ["snooze", "{id}", "--days", "1"],
    ["reopen", "{id}", "--note", "x"],
    ["outcome", "{id}", "dropped"],
]


@pytest.mark.parametrize("deal", HUGE + NOT_WHOLE + ["0", "-1"])
@pytest.mark.parametrize("command", ID_COMMANDS, ids=lambda c: c[0])
def test_deal_ids_out_of_range_or_not_whole_numbers(
    demo_db: Path, capsys, tmp_path: Path, monkeypatch, command: list[str], deal: str
) -> None:
    monkeypatch.chdir(tmp_path)  # where a brief would land
    before, listing = file_digest(demo_db), sorted(os.listdir(tmp_path))
    args = [part.format(id=deal) for part in command]
    assert_refused(*run(capsys, *args, "--db", str(demo_db)))
    assert file_digest(demo_db) == before
    assert sorted(os.listdir(tmp_path)) == listing


@pytest.mark.parametrize("days", [*HUGE, *NOT_WHOLE, "0", "3651", "-1"])
def test_snooze_days_are_a_whole_number_in_range(demo_db: Path, capsys, days: str) -> None:
    before = file_digest(demo_db)
    assert_refused(*run(capsys, "snooze", "4", "--days", days, "--db", str(demo_db)))
    assert file_digest(demo_db) == before


@pytest.mark.parametrize("number", [*HUGE, "1_0", "٣"])
def test_backup_numbers_are_checked_too(demo_db: Path, capsys, number: str) -> None:
    assert_refused(*run(capsys, "backup", "--restore", number, "--db", str(demo_db)))


def test_the_huge_id_as_a_user_runs_it(demo_db: Path) -> None:
    result = run_cli("assess", HUGE[0], "--db", demo_db)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr


def _device(tmp_path: Path) -> str:
    """A character device of our own (a copy of /dev/null's node): a program that wrongly replaced
    its target would replace only this one, never the system's /dev/null."""
    node = tmp_path / "a-device.pdf"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("making a device node needs root")
    return str(node)


def _targets(tmp_path: Path, where: str) -> str:
    (tmp_path / "a-file").write_text("not a folder")
    os.mkfifo(tmp_path / "a-fifo.pdf")
    (tmp_path / "a-folder.pdf").mkdir()
    if where == "device":
        return _device(tmp_path)
    return {
        "proc": "/proc/x.{ext}",
        "sys": "/sys/x.{ext}",
        "folder": str(tmp_path / "a-folder.pdf"),
        "missing folder": str(tmp_path / "nowhere" / "x.{ext}"),
        "file as folder": str(tmp_path / "a-file" / "x.{ext}"),
        "fifo": str(tmp_path / "a-fifo.pdf"),
    }[where]


OUTPUTS = [
    (["brief", "3", "-o"], "pdf"),
    (["export", "3", "-o"], "json"),
    (["followups", "--ics"], "ics"),
]


@pytest.mark.parametrize("where", ["proc", "sys", "folder", "missing folder", "file as folder", "fifo", "device"])
@pytest.mark.parametrize(("command", "ext"), OUTPUTS, ids=lambda c: c[0] if isinstance(c, list) else c)
def test_an_output_path_that_cannot_be_written(
    demo_db: Path, capsys, tmp_path: Path, monkeypatch, command: list[str], ext: str, where: str
) -> None:
    monkeypatch.chdir(tmp_path)
    target = _targets(tmp_path, where).format(ext=ext)
    before, listing = file_digest(demo_db), sorted(os.listdir(tmp_path))
    assert_refused(*run(capsys, *command, target, "--db", str(demo_db)))
    assert file_digest(demo_db) == before
    assert sorted(os.listdir(tmp_path)) == listing  # no temporary file, no brief-3.pdf beside it
    assert list((tmp_path / "a-folder.pdf").iterdir()) == []


def test_the_brief_refused_for_proc_as_a_user_runs_it(demo_db: Path, tmp_path: Path) -> None:
    result = run_cli("brief", "3", "-o", "/proc/x.pdf", "--db", demo_db)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "/proc/x.pdf" in result.stderr


@pytest.mark.parametrize("phase", ["٠", "１", "51", "-1", " 1", *HUGE])
def test_the_phase_is_a_whole_number_up_to_the_walks_in_ascii_digits(demo_db: Path, capsys, phase: str) -> None:
    # 0 before any walk, N after the N-th reopening: at most as many as a deal may have walks (50).
    assert_refused(*run(capsys, "assess", "3", "--phase", phase, "--db", str(demo_db)))


def test_no_writer_ever_replaces_a_device_or_a_pipe(tmp_path: Path) -> None:
    """Below the command line too (the window's Export, a backup): renaming over a device would replace it."""
    from datetime import UTC, datetime

    from planner.atomic import atomic_write_bytes
    from planner.demo import demo_plans
    from planner.errors import WalkawayError
    from planner.ics import write_follow_ups_calendar
    from planner.plans.files import write_plan_file

    targets = [Path(_device(tmp_path))]
    os.mkfifo(tmp_path / "a-fifo")
    targets.append(tmp_path / "a-fifo")
    for target in targets:
        kind = stat.S_IFMT(target.stat().st_mode)
        for write in (
            lambda t: atomic_write_bytes(t, b"x"),
            lambda t: write_plan_file(demo_plans()[0], t),
            lambda t: write_follow_ups_calendar(t, [], stamp=datetime.now(UTC)),
        ):
            with pytest.raises(WalkawayError, match="not a regular file"):
                write(target)
            assert stat.S_IFMT(target.stat().st_mode) == kind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-device.pdf", "a-fifo"]
