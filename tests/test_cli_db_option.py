"""Which file a command works on: ``--db`` before or after the command, then ``$WALKAWAY_DB``, then the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA, run_cli

from planner.cli import build_parser
from planner.cli.common import db_path
from planner.demo import demo_plans
from planner.store import Store

#: The least each subcommand needs to parse. A new subcommand must be added here (a test checks),
#: so that every one is shown to honour --db in both places.
MINIMAL_ARGS: dict[str, list[str]] = {
    "demo": [],
    "import": ["plan.walkaway.json"],
    "export": ["1"],
    "list": [],
    "commit": ["1"],
    "brief": ["1"],
    "verify": ["brief.pdf"],
    "assess": ["1"],
    "round": ["3", "--their-offer", "1"],
    "walk": ["3", "--reason", "Given x"],
    "followups": [],
    "snooze": ["4", "--days", "1"],
    "reopen": ["4", "--note", "They called"],
    "outcome": ["5", "dropped"],
    "record": [],
    "backup": [],
    "trust": ["--list"],
    "share": ["1"],
    "unshare": ["1", "bob"],
    "team": ["setup"],
}


def _commands() -> list[str]:
    parser = build_parser()
    return sorted(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def test_every_subcommand_is_covered_here() -> None:
    assert sorted(MINIMAL_ARGS) == _commands()


@pytest.mark.parametrize("command", sorted(MINIMAL_ARGS))
def test_db_before_or_after_the_command_wins_over_the_environment_and_the_default(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _private_home: Path
) -> None:
    chosen, from_env = tmp_path / "chosen.walkaway", tmp_path / "env.walkaway"
    rest = MINIMAL_ARGS[command]
    monkeypatch.setenv("WALKAWAY_DB", str(from_env))
    for argv in (
        ["--db", str(chosen), command, *rest],
        [command, *rest, "--db", str(chosen)],
        [f"--db={chosen}", command, *rest],
        [command, f"--db={chosen}", *rest],
    ):
        assert db_path(build_parser().parse_args(argv)) == chosen, argv
    assert db_path(build_parser().parse_args([command, *rest])) == from_env
    monkeypatch.delenv("WALKAWAY_DB")
    assert db_path(build_parser().parse_args([command, *rest])) == _private_home / "plans.walkaway"


def test_an_empty_db_is_refused_in_one_line() -> None:
    result = run_cli("--db", "", "list")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "give the path of a Walkaway file" in result.stderr


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A demo file named with --db, and the files it must not be mistaken for (none exists)."""
    chosen = tmp_path / "chosen.walkaway"
    with Store(chosen) as store:
        store.add_plans(demo_plans())
    return {"chosen": chosen, "env": tmp_path / "env.walkaway", "home": tmp_path / "home"}


#: Real runs on the demo deals (1 planning, 2 committed, 3 negotiating, 4 walked, 5 reopened),
#: each with what it prints or leaves behind when it worked on the chosen file.
REAL_RUNS: dict[str, tuple[list[str], str]] = {
    "list": ([], "Office lease renewal"),
    "export": (["3"], '"Office lease renewal"'),
    "assess": (["3"], "Office lease renewal"),
    "round": (["3", "--their-offer", "18000", "--note", "db test"], "Office lease renewal"),
    "walk": (["3", "--reason", "Given the rent, we stop here."], "Walked away from Office lease renewal"),
    "followups": ([], "Annual software licences"),
    "snooze": (["4", "--days", "9"], "Deal 4: follow up on"),
    "reopen": (["4", "--note", "They called back"], "Deal 4 reopened"),
    "outcome": (["5", "dropped"], "Deal 5: dropped"),
    "record": ([], "Walks:"),
    "commit": (["1", "--signer", "Sam Rivera"], "Committed deal 1"),
    "backup": ([], ".walkaway"),
    "import": ([str(DATA / "office-lease.walkaway.json")], "7"),
    "demo": ([], "Delivery van purchase"),
}


def test_real_runs_cover_every_command_that_uses_the_file() -> None:
    uses_no_file = {"verify", "brief", "trust"}  # a PDF, keys; brief is run below with -o
    uses_no_file |= {"share", "unshare", "team"}  # a team server's only (tests/test_team_cli.py)
    assert sorted(REAL_RUNS) == sorted(set(_commands()) - uses_no_file)


@pytest.mark.parametrize("command", sorted(REAL_RUNS))
def test_db_before_the_command_is_the_file_the_command_works_on(
    command: str, files: dict[str, Path], tmp_path: Path
) -> None:
    rest, expected = REAL_RUNS[command]
    env = {"WALKAWAY_DB": str(files["env"]), "WALKAWAY_HOME": str(files["home"])}
    result = run_cli("--db", files["chosen"], command, *rest, env=env)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout, result.stdout
    assert not files["env"].exists()
    assert not (files["home"] / "plans.walkaway").exists()


def test_brief_and_verify_take_db_on_either_side(files: dict[str, Path], tmp_path: Path) -> None:
    env = {"WALKAWAY_DB": str(files["env"])}
    pdf = tmp_path / "b.pdf"
    made = run_cli("--db", files["chosen"], "brief", "3", "-o", pdf, env=env)
    assert made.returncode == 0, made.stderr
    assert pdf.exists() and not files["env"].exists()
    for argv in (["--db", files["chosen"], "verify", pdf], ["verify", pdf, "--db", files["chosen"]]):
        checked = run_cli(*argv, env=env)
        # Parsed and run: whether the brief is signed is verify's own business (0, 3 or 4), not 2.
        assert checked.returncode in (0, 3, 4), checked.stderr
        assert "document:" in checked.stdout and checked.stderr == ""


def test_walkaway_db_is_used_when_no_db_is_given(files: dict[str, Path]) -> None:
    result = run_cli("list", env={"WALKAWAY_DB": str(files["chosen"])})
    assert result.returncode == 0 and "Office lease renewal" in result.stdout
