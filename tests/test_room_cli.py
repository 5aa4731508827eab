"""``walkaway assess | round | walk`` run as real processes on real files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers import file_digest, run_cli

from planner.demo import demo_plans
from planner.model import Status
from planner.store import Store


@pytest.fixture
def ids(db_path: Path) -> dict[str, int]:
    with Store(db_path) as store:
        created = store.add_plans(demo_plans(date(2026, 11, 27)))
        return {store.get_plan(i).status.value: i for i in created}


def test_assess_json_has_the_contract_fields(db_path: Path, ids: dict[str, int]) -> None:
    result = run_cli("assess", ids["walked"], "--json", "--db", db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "walk"
    assert data["reasons"] == [
        "price_past_reservation",
        "conditions_unmet",
        "first_time_test_failed",
        "signal:authority",
    ]
    assert data["headroom"] == "-4000"
    assert data["status"] == "walked"
    assert data["signals"]["authority"] == {"count": 2, "threshold": 2, "triggered": True}
    assert data["signals"]["custom:New decision maker every call"] == {"count": 1, "threshold": 2, "triggered": False}
    assert data["momentum"]["rounds"] == 2


def test_assess_text_reads_as_a_verdict(db_path: Path, ids: dict[str, int]) -> None:
    result = run_cli("assess", ids["negotiating"], "--db", db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # Past the point, not final: don't accept, counter; the second line says how far apart.
    assert lines[0] == "DON'T ACCEPT — COUNTER  Office lease renewal (negotiating)"
    assert lines[1] == "Don't accept: USD 700 per month apart. Counter at or below USD 18,500 per month."
    assert "USD 700 per month past your walk-away point" in lines[2]
    assert "not a reason to accept a deal" not in result.stdout  # said beside a walk only
    walked = run_cli("assess", ids["walked"], "--db", db_path).stdout
    assert walked.startswith("WALK  ") and "not a reason to accept a deal" in walked


def test_assess_phase_and_no_headroom(db_path: Path, ids: dict[str, int]) -> None:
    reopened = json.loads(run_cli("assess", ids["reopened"], "--phase", "1", "--json", "--db", db_path).stdout)
    assert (reopened["verdict"], reopened["headroom"], reopened["phase"]) == ("proceed", "150", 1)
    before = json.loads(run_cli("assess", ids["reopened"], "--phase", "0", "--json", "--db", db_path).stdout)
    assert before["verdict"] == "walk"
    planning = json.loads(run_cli("assess", ids["planning"], "--json", "--db", db_path).stdout)
    assert (planning["verdict"], planning["headroom"], planning["reasons"]) == ("no_offer", None, [])


def test_round_logs_and_prints_the_new_verdict(db_path: Path, ids: dict[str, int]) -> None:
    deal = ids["committed"]
    result = run_cli(
        "round", deal, "--their-offer", "240000.01", "--our-offer", "200000", "--unmet", "Five-year service included",
        "--event", "custom:Delivery date keeps slipping", "--event", "scope_drift:added spare batteries",
        "--first-time", "no", "--hours", "1.5", "--note", "first meeting", "--at", "2026-11-20T10:00",
        "--json", "--db", db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "walk"
    assert data["headroom"] == "-0.01"
    assert data["status"] == "negotiating"
    assert data["reasons"][:3] == ["price_past_reservation", "conditions_unmet", "first_time_test_failed"]
    with Store(db_path) as store:
        plan = store.get_plan(deal)
    assert plan.status is Status.NEGOTIATING
    logged = plan.rounds[-1]
    assert logged.note == "first meeting"
    assert logged.events[1].note == "added spare batteries"
    assert str(logged.hours) == "1.5"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--their-offer", "12,5"], "not a decimal amount"),
        (["--their-offer", "1", "--first-time", "maybe"], "answer yes or no"),
        (["--event", "rudeness"], "the kind is one of"),
        (["--event", "custom:"], "custom:LABEL"),
        (["--unmet", "Free parking"], "'Free parking' is not a condition"),
        (["--at", "yesterday", "--note", "x"], "not an ISO date"),
        ([], "an empty round"),
    ],
)
def test_bad_rounds_exit_2_with_one_line_and_change_nothing(
    db_path: Path, ids: dict[str, int], args: list[str], message: str
) -> None:
    before = file_digest(db_path)
    result = run_cli("round", ids["committed"], *args, "--db", db_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert file_digest(db_path) == before


def test_walk_records_it_with_the_default_follow_up(db_path: Path, ids: dict[str, int]) -> None:
    deal = ids["negotiating"]
    reason = "Given a rent of USD 19,200 a month without the HVAC work, we cannot stay."
    result = run_cli("walk", deal, "--reason", reason, "--at", "2026-11-27", "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert "Follow up on 2026-11-30" in result.stdout
    assert result.stderr == ""  # a good reason draws no notes
    with Store(db_path) as store:
        plan = store.get_plan(deal)
    assert plan.status is Status.WALKED
    assert plan.walked is not None
    assert (plan.walked.reason, plan.walked.follow_up_on) == (reason, date(2026, 11, 30))
    assert reason in plan.walked.script_delivered
    listed = json.loads(run_cli("list", "--json", "--db", db_path).stdout)
    assert next(i for i in listed if i["id"] == deal)["next_follow_up"] == "2026-11-30"


def test_walk_with_an_ultimatum_is_recorded_with_a_note(db_path: Path, ids: dict[str, int]) -> None:
    result = run_cli(
        "walk", ids["committed"], "--reason", "19,000 is our final offer", "--follow-up", "2026-12-01",
        "--at", "2026-11-27", "--db", db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "'final offer' makes the walk sound like one more demand" in result.stderr
    with Store(db_path) as store:
        walked = store.get_plan(ids["committed"]).walked
    assert walked is not None
    assert walked.follow_up_on == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("status", "args", "message"),
    [
        ("walked", ["--reason", "x"], "already walked away"),
        ("negotiating", ["--reason", "x", "--follow-up", "2026-11-01", "--at", "2026-11-27"], "is before the walk"),
        ("negotiating", ["--reason", "x", "--follow-up", "soon"], "not an ISO date"),
        ("negotiating", [], "--reason"),
    ],
)
def test_bad_walks_exit_2_and_change_nothing(
    db_path: Path, ids: dict[str, int], status: str, args: list[str], message: str
) -> None:
    before = file_digest(db_path)
    result = run_cli("walk", ids[status], *args, "--db", db_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert file_digest(db_path) == before


def test_unknown_deal(db_path: Path, ids: dict[str, int]) -> None:
    for command in (["assess", "99"], ["walk", "99", "--reason", "x"], ["round", "99", "--note", "x"]):
        result = run_cli(*command, "--db", db_path)
        assert result.returncode == 2
        assert "no deal with id 99" in result.stderr
