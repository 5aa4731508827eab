"""Issue 19: ``walkaway round ID --term KEY=VALUE …`` on real files, as real processes.

Their terms are logged with the round (keys and option names matched ignoring case, numbers exact),
the new verdict and package score are printed, and a bad term is refused in one line with exit 2
and the file untouched. ``--edit N --term`` replaces a round's terms; ``--clear terms`` empties them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA, file_digest, run_cli

from planner.store import Store


@pytest.fixture
def deals(db_path: Path) -> dict[str, int]:
    files = [
        DATA / "package-car.walkaway.json",
        DATA / "package-salary.walkaway.json",
        DATA / "office-lease.walkaway.json",
    ]
    result = run_cli("import", *files, "--db", db_path)
    assert result.returncode == 0, result.stderr
    return dict(zip(("car", "salary", "office"), map(int, result.stdout.split()), strict=True))


def test_a_round_with_terms_is_logged_and_scored(db_path: Path, deals: dict[str, int]) -> None:
    result = run_cli(
        "round", deals["car"], "--their-offer", "18000", "--term", "warranty=4", "--term", "Delivery = 3",
        "--at", "2026-11-20", "--json", "--db", db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # Price 80, warranty 75, delivery 90: (4000 + 2250 + 1800) / 100.
    assert (data["verdict"], data["package_score"], data["min_score"], data["reasons"]) == ("proceed", "80.5", "55", [])
    with Store(db_path) as store:
        logged = store.get_plan(deals["car"]).ordered_rounds()[-1]
    assert logged.their_terms == {"warranty": 4, "delivery": 3}  # the plan's own keys, in the plan's order
    assert list(logged.their_terms) == ["warranty", "delivery"]


def test_an_option_is_matched_ignoring_case_and_stored_as_the_plan_names_it(db_path: Path, deals) -> None:
    result = run_cli(
        "round", deals["salary"], "--their-offer", "104000", "--term", "title=staff engineer",
        "--term", "remote_days=4", "--at", "2026-11-20", "--json", "--db", db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # Salary 70, remote 80, Staff 100: (3500 + 2000 + 2500) / 100 = 80.0, no longer final: proceed.
    assert (data["verdict"], data["package_score"]) == ("proceed", "80.0")
    with Store(db_path) as store:
        assert store.get_plan(deals["salary"]).ordered_rounds()[-1].their_terms["title"] == "Staff Engineer"


def test_terms_only_is_a_round(db_path: Path, deals: dict[str, int]) -> None:
    result = run_cli("round", deals["car"], "--term", "warranty=5", "--at", "2026-11-20", "--json", "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["package_score"] == "30.0"  # the price and delivery left out: 0 each


@pytest.mark.parametrize(
    ("deal", "args", "message"),
    [
        ("car", ["--term", "bonus=500"], "'bonus' is not a term of this plan (terms: warranty, delivery)"),
        ("car", ["--term", "warranty=three"], "warranty: 'three' is not a number"),
        ("car", ["--term", "warranty=1e999"], "warranty: '1e999' is not a number"),
        ("car", ["--term", "warranty"], "a term is written KEY=VALUE"),
        ("car", ["--term", "=3"], "a term is written KEY=VALUE"),
        ("car", ["--term", "warranty=2", "--term", "WARRANTY=3"], "--term WARRANTY is given twice"),
        ("salary", ["--term", "title=CEO"], "'CEO' is not an option of title (options: Engineer, Senior Engineer"),
        ("office", ["--term", "warranty=2"], "this plan has no terms besides the price"),
        ("car", ["--their-offer", "18000", "--term", "delivery=\x1b[31m"], "control character"),
    ],
)
def test_bad_terms_exit_2_with_one_line_and_change_nothing(
    db_path: Path, deals: dict[str, int], deal: str, args: list[str], message: str
) -> None:
    before = file_digest(db_path)
    result = run_cli("round", deals[deal], *args, "--at", "2026-11-20", "--db", db_path)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert file_digest(db_path) == before


def test_edit_replaces_the_terms_and_clear_empties_them(db_path: Path, deals: dict[str, int]) -> None:
    edited = run_cli("round", deals["car"], "--edit", "1", "--term", "warranty=5", "--json", "--db", db_path)
    assert edited.returncode == 0, edited.stderr
    with Store(db_path) as store:
        plan = store.get_plan(deals["car"])
    assert plan.ordered_rounds()[0].their_terms == {"warranty": 5}
    correction = plan.corrections[-1]
    assert correction.before.their_terms == {"warranty": 2, "delivery": 8}  # the log keeps what was said
    cleared = run_cli("round", deals["car"], "--edit", "2", "--clear", "terms", "--db", db_path)
    assert cleared.returncode == 0, cleared.stderr
    assert "their terms warranty 3, delivery 6 → none" in cleared.stdout
    with Store(db_path) as store:
        assert store.get_plan(deals["car"]).ordered_rounds()[1].their_terms == {}
