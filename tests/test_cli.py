"""The ``walkaway`` command, run as a real process against real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT, file_digest, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.plans.files import read_plan_file, read_plan_text
from planner.store import Store


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("walkaway ")


@pytest.mark.parametrize("command", [("list",), ("brief", "1", "-o", "{tmp}/draft.pdf")], ids=["long", "one line"])
def test_unwritable_output_is_not_a_success(command: tuple[str, ...], db_path: Path, tmp_path: Path) -> None:
    """A long output fails while the command runs; one short line only when the quick exit flushes it."""
    assert run_cli("demo", "--db", db_path).returncode == 0
    args = [sys.executable, "-m", "planner", *(a.format(tmp=tmp_path) for a in command), "--db", str(db_path)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open(os.devnull, "w") as sink:  # the reader is there: success
        assert subprocess.run(args, stdout=sink, env=env).returncode == 0
    with open("/dev/full", "w") as full:  # every write fails: "no space left on device"
        failed = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True, env=env)
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and "No space left on device" in failed.stderr, failed.stderr


def test_demo_then_list_shows_every_stage(db_path: Path) -> None:
    demo = run_cli("demo", "--db", db_path)
    assert demo.returncode == 0, demo.stderr
    listed = run_cli("list", "--db", db_path)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:3] == ["ID", "TITLE", "COUNTERPARTY"]
    for status in ("planning", "committed", "negotiating", "walked", "reopened"):
        assert any(f" {status} " in line for line in lines), status
    assert any("EUR 42,000 per year" in line for line in lines)


def test_list_json_has_the_columns(db_path: Path) -> None:
    run_cli("demo", "--db", db_path)
    items = json.loads(run_cli("list", "--json", "--db", db_path).stdout)
    walked = next(i for i in items if i["status"] == "walked")
    assert set(walked) >= {"id", "title", "counterparty", "status", "reservation", "next_follow_up"}
    assert walked["reservation"] == "42000"
    assert walked["next_follow_up"] is not None


def test_import_prints_one_id_per_file_and_export_round_trips(db_path: Path, tmp_path: Path) -> None:
    result = run_cli("import", *EXAMPLES, "--db", db_path)
    assert result.returncode == 0, result.stderr
    ids = [int(line) for line in result.stdout.split()]
    assert len(ids) == len(EXAMPLES)
    for deal_id, source in zip(ids, EXAMPLES, strict=True):
        out = tmp_path / f"{deal_id}.json"
        exported = run_cli("export", str(deal_id), "--db", db_path, "-o", out)
        assert exported.returncode == 0, exported.stderr
        assert read_plan_file(out) == read_plan_file(source)
        to_stdout = run_cli("export", str(deal_id), "--db", db_path)
        assert read_plan_text(to_stdout.stdout) == read_plan_file(source)


def test_env_variable_chooses_the_file(tmp_path: Path) -> None:
    target = tmp_path / "from-env.walkaway"
    result = run_cli("import", EXAMPLES[0], env={"WALKAWAY_DB": str(target)})
    assert result.returncode == 0, result.stderr
    with Store(target) as store:
        assert store.count_deals() == 1


@pytest.mark.parametrize(
    "args",
    [
        ("export", "99"),
        ("export", "abc"),
        ("export", "-3"),
        ("list", "--bogus"),
        ("frobnicate",),
        ("import", "/nonexistent/plan.json"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(db_path: Path, args: tuple[str, ...]) -> None:
    run_cli("demo", "--db", db_path)
    before = file_digest(db_path)
    result = run_cli(*args, "--db", db_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert file_digest(db_path) == before


def test_one_bad_file_imports_nothing(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    doc = json.loads(EXAMPLES[0].read_text())
    doc["rounds"][1]["their_offer"] = "lots"
    bad.write_text(json.dumps(doc))
    Store(db_path).close()
    before = file_digest(db_path)
    result = run_cli("import", EXAMPLES[0], bad, "--db", db_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"walkaway: {bad}: rounds[1].their_offer: not a decimal amount"
    assert file_digest(db_path) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_arbitrary_bytes_are_refused_and_nothing_is_written(tmp_path: Path, capsys, junk: bytes) -> None:
    """In-process for speed: the same main() the command runs."""
    db = tmp_path / "fuzz.walkaway"
    if not db.exists():
        Store(db).close()
    before = file_digest(db)
    plan_file = tmp_path / "junk.json"
    plan_file.write_bytes(junk)
    code = main(["import", str(plan_file), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert file_digest(db) == before
