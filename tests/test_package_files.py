"""Issue 19: package plan files are read strictly, with field paths, and round-trip whole.

Bad terms (an unknown key, an option not in the list, a weight out of range …) are refused by
``walkaway import`` in one line naming the field, exit 2, the file untouched; export then import
gives back every part of a package (terms, weights, minimum, each round's terms, the package a
commitment signed), for the examples and for any valid plan.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA, file_digest, run_cli
from hypothesis import HealthCheck, given, settings
from strategies import plans

from planner.cli import main
from planner.errors import PlanFileError
from planner.plans.files import dump_plan, read_plan_file, read_plan_text

SALARY = DATA / "package-salary.walkaway.json"
CAR = DATA / "package-car.walkaway.json"


def salary() -> dict[str, Any]:
    return json.loads(SALARY.read_text(encoding="utf-8"))


def changed(change: Any) -> dict[str, Any]:
    doc = salary()
    change(doc)
    return doc


def _set(path: list[Any], value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _term(round_: int, key: str, value: Any) -> Any:
    return _set(["rounds", round_, "their_terms", key], value)


def _drop(path: list[Any]) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return change


def _more_issues(count: int) -> Any:
    def change(doc: dict[str, Any]) -> None:
        doc["issues"] += [
            {"key": f"extra{i}", "label": f"Extra {i}", "kind": "number", "weight": 1, "best": 1, "worst": 0}
            for i in range(count)
        ]

    return change


REFUSALS = [
    (
        "an unknown key in their terms",
        _term(0, "bonus", "5000"),
        "rounds[0].their_terms.bonus",
    ),
    ("an option not in the list", _term(1, "title", "Intern"), "rounds[1].their_terms.title"),
    (
        "an option in the wrong case",
        _term(1, "title", "senior engineer"),
        "rounds[1].their_terms.title",
    ),
    (
        "a number term given words",
        _term(0, "remote_days", "two"),
        "rounds[0].their_terms.remote_days",
    ),
    (
        "a number term given true",
        _term(0, "remote_days", True),
        "rounds[0].their_terms.remote_days",
    ),
    ("a weight of 0", _set(["issues", 0, "weight"], 0), "issues[0].weight"),
    ("a weight of 101", _set(["issues", 1, "weight"], "101"), "issues[1].weight"),
    ("a weight with five places", _set(["issues", 1, "weight"], "2.00001"), "issues[1].weight"),
    ("a price weight of 0", _set(["price_weight"], "0"), "price_weight"),
    ("no price weight", _drop(["price_weight"]), "price_weight"),
    ("a minimum above 100", _set(["reservation", "min_score"], "100.5"), "reservation.min_score"),
    ("a negative minimum", _set(["reservation", "min_score"], "-1"), "reservation.min_score"),
    ("two terms with one key", _set(["issues", 1, "key"], "Remote_Days"), "issues[1].key"),
    ("the key 'price'", _set(["issues", 0, "key"], "price"), "issues[0].key"),
    ("a key with a space", _set(["issues", 0, "key"], "remote days"), "issues[0].key"),
    ("best equal to worst", _set(["issues", 0, "best"], "0"), "issues[0].worst"),
    ("a number term without best", _drop(["issues", 0, "best"]), "issues[0].best"),
    (
        "an option scored 120",
        _set(["issues", 1, "options", "Staff Engineer"], "120"),
        "issues[1].options.Staff Engineer",
    ),
    ("an options term with a best", _set(["issues", 1, "best"], "100"), "issues[1].best"),
    ("an options term without options", _set(["issues", 1, "options"], {}), "issues[1].options"),
    ("a number term with options", _set(["issues", 0, "options"], {"a": 1}), "issues[0].options"),
    ("an unknown kind", _set(["issues", 0, "kind"], "range"), "issues[0].kind"),
    ("a term without a label", _set(["issues", 0, "label"], " "), "issues[0].label"),
    ("thirteen terms", _more_issues(11), "issues"),
    ("twenty-one options", _set(["issues", 1, "options"], {f"o{i}": i for i in range(21)}), "issues[1].options"),
    ("a float weight", _set(["issues", 0, "weight"], "NaN"), "issues[0].weight"),
    ("a label of 201 characters", _set(["issues", 0, "label"], "x" * 201), "issues[0].label"),
    ("a unit of two lines", _set(["issues", 0, "unit"], "days\na week"), "issues[0].unit"),
    (
        "an option name with an escape",
        _set(["issues", 1, "options"], {"Lead\x1b[2J": 90}),
        "issues[1].options.Lead\x1b[2J",
    ),
    (
        "an option name of 201 characters",
        _set(["issues", 1, "options"], {"o" * 201: 90}),
        f"issues[1].options.{'o' * 201}",
    ),
]


@pytest.mark.parametrize(("name", "change", "path"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_bad_packages_are_refused_naming_the_field(name: str, change: Any, path: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(changed(change)), "plan.json")
    assert caught.value.field == path, (name, str(caught.value))
    assert "\n" not in str(caught.value)


def test_terms_without_a_package_are_refused() -> None:
    doc = json.loads((DATA / "office-lease.walkaway.json").read_text(encoding="utf-8"))
    doc["rounds"][0]["their_terms"] = {"warranty": "2"}
    with pytest.raises(PlanFileError, match=r"rounds\[0\]\.their_terms\.warranty: not the key of one of the plan's"):
        read_plan_text(json.dumps(doc))
    doc = json.loads((DATA / "office-lease.walkaway.json").read_text(encoding="utf-8"))
    doc["reservation"]["min_score"] = "50"
    with pytest.raises(PlanFileError, match=r"reservation\.min_score: only a plan with terms"):
        read_plan_text(json.dumps(doc))


def test_the_real_import_refuses_in_one_line_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "deals.walkaway"
    assert run_cli("import", CAR, "--db", db).returncode == 0
    before = file_digest(db)
    bad = tmp_path / "bad.walkaway.json"
    bad.write_text(json.dumps(changed(_term(1, "title", "CEO"))), encoding="utf-8")
    result = run_cli("import", bad, "--db", db)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "rounds[1].their_terms.title" in lines[0] and "Traceback" not in result.stderr
    assert "not one of the options of 'title'" in lines[0]
    assert file_digest(db) == before


@pytest.mark.parametrize("path", [CAR, SALARY], ids=lambda p: p.stem)
def test_the_example_packages_round_trip_through_the_real_commands(tmp_path: Path, path: Path, capsys) -> None:
    db = tmp_path / "deals.walkaway"
    assert main(["import", str(path), "--db", str(db)]) == 0
    deal = capsys.readouterr().out.strip()
    out = tmp_path / "out.walkaway.json"
    assert main(["export", deal, "--db", str(db), "-o", str(out)]) == 0
    again, original = read_plan_file(out), read_plan_file(path)
    again.id = original.id
    assert again == original
    assert again.issues and again.price_weight is not None and again.reservation.min_score is not None
    assert all(r.their_terms for r in again.rounds)
    # Written as the plan's other numbers are: decimal strings; option names as they are.
    written = json.loads(out.read_text(encoding="utf-8"))
    assert all(isinstance(v, str) for r in written["rounds"] for v in r["their_terms"].values())


def test_a_commitment_keeps_the_package_it_signed(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from planner.commitment import commit

    plan = read_plan_file(SALARY)
    plan.rounds = []
    commit(plan, "Jordan Lee", datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    signed = plan.commitments[0].package
    assert signed is not None and signed.min_score == 60 and [i.key for i in signed.issues] == ["remote_days", "title"]
    again = read_plan_text(dump_plan(plan))
    assert again.commitments[0].package == signed
    doc = json.loads(dump_plan(plan))
    doc["commitments"][0]["package"]["issues"][1]["options"]["Staff Engineer"] = "101"
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(doc))
    assert caught.value.field == "commitments[0].package.issues[1].options.Staff Engineer"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans().filter(lambda p: p.has_package))
def test_any_valid_package_plan_round_trips_through_a_file(plan) -> None:
    again = read_plan_text(dump_plan(plan))
    again.id = plan.id
    expected = copy.deepcopy(plan)
    assert again == expected
