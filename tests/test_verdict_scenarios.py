"""Scenarios of the second verdict rules, the way a user meets them: plan files written by hand,
``walkaway import``, then ``walkaway assess --json``; the verdict, the reasons and the headroom
must be those the rules give (README, "The verdict")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import run_cli

from planner.cli import main

CAR = "Used car: 2019 hatchback"


def plan(*rounds: dict[str, Any], side: str = "buy", point: str = "18500", **more: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "walkaway-plan/1",
        "title": CAR,
        "counterparty": "Riverside Motors",
        "side": side,
        "currency": "EUR",
        "reservation": {"value": point, "conditions": ["Full service history"]},
        "signals": [{"kind": "custom", "label": "Price changes after agreement", "threshold": 2}],
        "rounds": list(rounds),
    }
    document.update(more)
    return document


def r(day: int, offer: str | None = None, **more: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"at": f"2026-11-{day:02d}"}
    if offer is not None:
        found["their_offer"] = offer
    if offer is None and not more:
        found["note"] = "a call"
    found.update(more)
    return found


WALKED = {"at": "2026-11-10", "reason": "Given their price, we are not going to be able to move forward."}
REOPENED = {"at": "2026-11-14", "note": "They called back"}
BAD_FAITH = [{"kind": "bad_faith"}]
UNMET = ["Full service history"]

SCENARIOS: list[tuple[str, dict[str, Any], str, list[str], str | None]] = [
    ("nothing logged", plan(), "no_offer", [], None),
    ("an opening ask past the point", plan(r(1, "19900")), "counter", ["price_past_reservation"], "-1400"),
    (
        "their final offer past the point",
        plan(r(1, "19900", final=True)),
        "walk",
        ["price_past_reservation", "final_offer"],
        "-1400",
    ),
    (
        "the same offer again",
        plan(r(1, "19900"), r(2, "19900")),
        "consider",
        ["price_past_reservation", "stalled_past_reservation"],
        "-1400",
    ),
    (
        "moving away",
        plan(r(1, "19900"), r(2, "20100")),
        "consider",
        ["price_past_reservation", "stalled_past_reservation"],
        "-1600",
    ),
    ("moving closer", plan(r(1, "19900"), r(2, "19000")), "counter", ["price_past_reservation"], "-500"),
    ("at the point", plan(r(1, "19900"), r(2, "18500")), "proceed", [], "0"),
    (
        "'our last number is final', without a number",
        plan(r(1, "19900"), r(2, note="their last number is final", final=True)),
        "walk",
        ["price_past_reservation", "final_offer"],
        "-1400",
    ),
    ("a condition unmet", plan(r(1, "18000", unmet_conditions=UNMET)), "counter", ["conditions_unmet"], "500"),
    (
        "a condition unmet, final",
        plan(r(1, "18000", unmet_conditions=UNMET, final=True)),
        "walk",
        ["conditions_unmet", "final_offer"],
        "500",
    ),
    ("final inside the point", plan(r(1, "18000", final=True)), "proceed", [], "500"),
    ("would not sign today", plan(r(1, "18000", first_time_today=False)), "walk", ["first_time_test_failed"], "500"),
    ("bad faith once", plan(r(1, "18000", events=BAD_FAITH)), "consider", ["signal:bad_faith"], "500"),
    (
        "past the point with bad faith",
        plan(r(1, "19900", events=BAD_FAITH)),
        "consider",
        ["price_past_reservation", "signal:bad_faith"],
        "-1400",
    ),
    (
        "final past the point with bad faith",
        plan(r(1, "19900", events=BAD_FAITH, final=True)),
        "walk",
        ["price_past_reservation", "final_offer", "signal:bad_faith"],
        "-1400",
    ),
    (
        "a custom signal at its threshold",
        plan(r(1, "18000", events=[{"kind": "custom", "label": "Price changes after agreement"}] * 2)),
        "consider",
        ["signal:custom:Price changes after agreement"],
        "500",
    ),
    (
        "selling below the point",
        plan(r(1, "3000"), side="sell", point="3200"),
        "counter",
        ["price_past_reservation"],
        "-200",
    ),
    (
        "selling, stalled",
        plan(r(1, "3000"), r(2, "3000"), side="sell", point="3200"),
        "consider",
        ["price_past_reservation", "stalled_past_reservation"],
        "-200",
    ),
    (
        "reopened, nothing renewed yet",
        plan(r(1, "19900", final=True, first_time_today=False), walked=WALKED, reopened=REOPENED),
        "no_offer",
        [],
        None,
    ),
    (
        "reopened: bad faith before the walk still counts",
        plan(r(1, "19900", events=BAD_FAITH), r(15, "18000", phase=1), walked=WALKED, reopened=REOPENED),
        "consider",
        ["signal:bad_faith"],
        "500",
    ),
    (
        "reopened: not stalled across phases",
        plan(r(1, "19000"), r(15, "19000", phase=1), walked=WALKED, reopened=REOPENED),
        "counter",
        ["price_past_reservation"],
        "-500",
    ),
    (
        "reopened, a file without phases: the dates say which",
        plan(r(1, "19000", first_time_today=False), r(15, "18400"), walked=WALKED, reopened=REOPENED),
        "proceed",
        [],
        "100",
    ),
    (
        "walked twice, reopened twice",
        plan(
            r(1, "19900"),
            r(12, "19500", phase=1, final=True),
            r(22, "18400", phase=2),
            history=[{"walked": {**WALKED, "at": "2026-11-05"}, "reopened": {"at": "2026-11-11"}}],
            walked={**WALKED, "at": "2026-11-15"},
            reopened={"at": "2026-11-20", "note": "New budget"},
        ),
        "proceed",
        [],
        "100",
    ),
]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    folder = tmp_path_factory.mktemp("scenarios")
    files = []
    for i, (_name, document, *_expected) in enumerate(SCENARIOS):
        path = folder / f"scenario-{i:02d}.walkaway.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        files.append(path)
    db = folder / "scenarios.walkaway"
    result = run_cli("import", *files, "--db", db)  # the real command, once for all of them
    assert result.returncode == 0, result.stderr
    return db, [int(line) for line in result.stdout.split()]


@pytest.mark.parametrize(("index", "name"), [(i, s[0]) for i, s in enumerate(SCENARIOS)])
def test_scenario(imported: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str], index: int, name: str) -> None:
    db, ids = imported
    _name, _document, verdict, reasons, headroom = SCENARIOS[index]
    capsys.readouterr()
    assert main(["assess", str(ids[index]), "--json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["verdict"], data["reasons"], data["headroom"]) == (verdict, reasons, headroom), name


def test_the_real_command_agrees(imported: tuple[Path, list[int]]) -> None:
    db, ids = imported
    index = next(i for i, s in enumerate(SCENARIOS) if s[0] == "walked twice, reopened twice")
    data = json.loads(run_cli("assess", ids[index], "--json", "--db", db).stdout)
    assert (data["verdict"], data["headroom"], data["phase"], data["status"]) == ("proceed", "100", 2, "reopened")
