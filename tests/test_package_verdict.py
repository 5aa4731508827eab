"""Issue 19: package plans written by hand, ``walkaway import``, then ``walkaway assess``: the verdict,
the reasons, the headroom, the package score and the minimum are those the rules give (README,
"Packages"). A package below its minimum is treated exactly like a price past the point; the
price's point stays a hard limit of its own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA, run_cli

from planner.cli import main

WARRANTY = {"key": "warranty", "label": "Warranty", "kind": "number", "weight": 30, "best": 5, "worst": 1}
DELIVERY = {"key": "delivery", "label": "Delivery", "kind": "number", "weight": "20", "best": "2", "worst": "12"}


def car(*rounds: dict[str, Any], minimum: str | None = "55", **more: Any) -> dict[str, Any]:
    """Buying a car: the point 20,000, the target 17,500; price 50, warranty 30, delivery 20."""
    reservation: dict[str, Any] = {"value": "20000", "conditions": ["Winter tyres included"]}
    if minimum is not None:
        reservation["min_score"] = minimum
    document: dict[str, Any] = {
        "format": "walkaway-plan/1",
        "title": "Family car",
        "counterparty": "Lindqvist Motors",
        "side": "buy",
        "currency": "EUR",
        "reservation": reservation,
        "target": "17500",
        "price_weight": "50",
        "issues": [WARRANTY, DELIVERY],
        "rounds": list(rounds),
    }
    document.update(more)
    return document


def r(day: int, offer: str | None = None, warranty: Any = None, delivery: Any = None, **more: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"at": f"2026-11-{day:02d}"}
    if offer is not None:
        found["their_offer"] = offer
    terms = {k: v for k, v in (("warranty", warranty), ("delivery", delivery)) if v is not None}
    if terms:
        found["their_terms"] = terms
    if offer is None and not terms and not more:
        found["note"] = "a call"
    found.update(more)
    return found


WALKED = {"at": "2026-11-10", "reason": "Given the warranty, we are not going to be able to move forward."}
REOPENED = {"at": "2026-11-14", "note": "They called back"}

# (name, document, verdict, reasons, headroom, package_score, min_score)
SCENARIOS: list[tuple[str, dict[str, Any], str, list[str], str | None, str | None, str | None]] = [
    ("nothing logged", car(), "no_offer", [], None, None, "55"),
    # Price 20, warranty 25, delivery 40: (1000 + 750 + 800) / 100.
    ("a weak package", car(r(1, "19500", "2", "8")), "counter", ["package_below_minimum"], "500", "25.5", "55"),
    (
        "a weak package, final",
        car(r(1, "19500", "2", "8", final=True)),
        "walk",
        ["package_below_minimum", "final_offer"],
        "500",
        "25.5",
        "55",
    ),
    ("clears", car(r(1, "19500", "2", "8"), r(3, "18500", "3", "6")), "proceed", [], "1500", "57.0", "55"),
    ("clears, and final", car(r(1, "18500", "3", "6", final=True)), "proceed", [], "1500", "57.0", "55"),
    ("JSON numbers for the terms", car(r(1, "18500", 3, 6)), "proceed", [], "1500", "57.0", "55"),
    (
        "the point holds on its own: a fine package past it",
        car(r(1, "20500", "5", "2"), minimum="40"),
        "counter",
        ["price_past_reservation"],
        "-500",
        "50.0",
        "40",
    ),
    (
        "past the point with a fine package, final",
        car(r(1, "20500", "5", "2", final=True), minimum="40"),
        "walk",
        ["price_past_reservation", "final_offer"],
        "-500",
        "50.0",
        "40",
    ),
    (
        "past the point and a weak package",
        car(r(1, "20500", "2", "8")),
        "counter",
        ["price_past_reservation", "package_below_minimum"],
        "-500",
        "15.5",
        "55",
    ),
    (
        "unmet condition and a weak package",
        car(r(1, "19500", "2", "8", unmet_conditions=["Winter tyres included"])),
        "counter",
        ["conditions_unmet", "package_below_minimum"],
        "500",
        "25.5",
        "55",
    ),
    (
        "'our last package is final', without terms",
        car(r(1, "19500", "2", "8"), r(2, note="their last package is final", final=True)),
        "walk",
        ["package_below_minimum", "final_offer"],
        "500",
        "25.5",
        "55",
    ),
    (
        "a later round names terms only: the price left out scores 0",
        car(r(1, "18500", "3", "6"), r(2, None, "5", "2")),
        "counter",
        ["package_below_minimum"],
        "1500",
        "50.0",
        "55",
    ),
    ("a later note: no change", car(r(1, "18500", "3", "6"), r(2, note="tea")), "proceed", [], "1500", "57.0", "55"),
    ("no minimum, no reason", car(r(1, "19500", "2", "8"), minimum=None), "proceed", [], "500", "25.5", None),
    (
        "stalled past the point, weak package",
        car(r(1, "20500", "2", "8"), r(2, "20500", "2", "8")),
        "consider",
        ["price_past_reservation", "package_below_minimum", "stalled_past_reservation"],
        "-500",
        "15.5",
        "55",
    ),
    (
        "reopened: judged on the new phase only",
        car(r(1, "19500", "2", "8"), r(15, "18500", "3", "6", phase=1), walked=WALKED, reopened=REOPENED),
        "proceed",
        [],
        "1500",
        "57.0",
        "55",
    ),
    (
        "reopened, nothing renewed yet: no score",
        car(r(1, "19500", "2", "8"), walked=WALKED, reopened=REOPENED),
        "no_offer",
        [],
        None,
        None,
        "55",
    ),
]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    folder = tmp_path_factory.mktemp("packages")
    files = []
    for i, (_name, document, *_expected) in enumerate(SCENARIOS):
        path = folder / f"package-{i:02d}.walkaway.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        files.append(path)
    files += [DATA / "package-salary.walkaway.json", DATA / "office-lease.walkaway.json"]
    db = folder / "packages.walkaway"
    result = run_cli("import", *files, "--db", db)  # the real command, once for all of them
    assert result.returncode == 0, result.stderr
    return db, [int(line) for line in result.stdout.split()]


def _assess(db: Path, deal: int, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["assess", str(deal), "--json", "--db", str(db)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("index", "name"), [(i, s[0]) for i, s in enumerate(SCENARIOS)])
def test_scenario(imported: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str], index: int, name: str) -> None:
    db, ids = imported
    _name, _document, verdict, reasons, headroom, score, minimum = SCENARIOS[index]
    data = _assess(db, ids[index], capsys)
    found = (data["verdict"], data["reasons"], data["headroom"], data["package_score"], data["min_score"])
    assert found == (verdict, reasons, headroom, score, minimum), name


def test_an_options_package_declared_final_below_the_minimum_is_a_walk(imported: tuple[Path, list[int]]) -> None:
    db, ids = imported
    data = json.loads(run_cli("assess", ids[len(SCENARIOS)], "--json", "--db", db).stdout)  # the real command
    assert (data["verdict"], data["reasons"], data["package_score"], data["min_score"]) == (
        "walk",
        ["package_below_minimum", "final_offer"],
        "57.5",
        "60",
    )
    assert data["headroom"] == "10000"  # the salary itself clears the point: the package does not


def test_a_plan_without_a_package_says_null(imported: tuple[Path, list[int]], capsys) -> None:
    db, ids = imported
    data = _assess(db, ids[len(SCENARIOS) + 1], capsys)
    assert data["package_score"] is None and data["min_score"] is None


def test_assess_in_words_shows_the_score_against_the_minimum(imported: tuple[Path, list[int]]) -> None:
    db, ids = imported
    result = run_cli("assess", ids[len(SCENARIOS)], "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Package score 57.5 of 100: below your minimum of 60." in result.stdout
    assert "package_below_minimum: Their package (price and terms together) scores 57.5" in result.stdout
    weak = run_cli("assess", ids[1], "--db", db).stdout
    assert "Don't accept: the package scores 25.5, your minimum is 55. Counter on the terms." in weak
    plain = run_cli("assess", ids[len(SCENARIOS) + 1], "--db", db).stdout
    assert "Package score" not in plain


def test_the_suggested_walk_reason_names_the_package_in_figures() -> None:
    from planner.model import Script
    from planner.plans.files import read_plan_file
    from planner.verdict import assess
    from planner.walk_script import check_script, suggest_reason

    plan = read_plan_file(DATA / "package-salary.walkaway.json")
    reason = suggest_reason(plan, assess(plan))
    said = "Given the terms together, at 57.5 against the 60 we need, we are not going to be able to move forward."
    assert reason == said
    script = Script("Thank you for your time.", reason, "If anything changes, call me.")
    assert not check_script(script, plan.reservation.conditions)  # concrete, calm, no ultimatum
