"""``walkaway followups | snooze | reopen | outcome | record`` run as a user would."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from followup_helpers import walked_plan
from helpers import file_digest, run_cli
from icalendar import Calendar

from planner.model import Status
from planner.store import Store


@pytest.fixture
def deals(db_path: Path) -> list[int]:
    # The command reads the user's today; dates here are relative to it, days apart.
    today = date.today()
    with Store(db_path) as store:
        return store.add_plans(
            [walked_plan("Overdue", today - timedelta(days=3)), walked_plan("Later", today + timedelta(days=20))]
        )


def test_followups_json_and_due_by(db_path: Path, deals: list[int]) -> None:
    result = run_cli("followups", "--db", db_path, "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [i["title"] for i in items] == ["Overdue", "Later"]
    assert items[0]["days_overdue"] == 3 and items[0]["state"] == "overdue"
    assert set(items[0]) == {
        "id", "title", "counterparty", "walked_on", "reason", "follow_up_on", "days_overdue", "state"
    }  # fmt: skip
    due = run_cli("followups", "--db", db_path, "--due-by", date.today().isoformat())
    assert "Overdue" in due.stdout and "Later" not in due.stdout and "3 days overdue" in due.stdout


def test_followups_ics(db_path: Path, deals: list[int], tmp_path: Path) -> None:
    target = tmp_path / "follow-ups.ics"
    result = run_cli("followups", "--db", db_path, "--ics", target)
    assert result.returncode == 0, result.stderr
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Follow up: Overdue (Overdue Ltd)", "Follow up: Later (Later Ltd)"]


def test_nothing_to_export_writes_nothing(db_path: Path, deals: list[int], tmp_path: Path) -> None:
    result = run_cli("followups", "--db", db_path, "--due-by", "2000-01-01", "--ics", tmp_path / "x.ics")
    assert result.returncode == 2 and "no follow-ups to export" in result.stderr
    assert not (tmp_path / "x.ics").exists()


def test_snooze_reopen_outcome(db_path: Path, deals: list[int]) -> None:
    overdue = str(deals[0])
    assert run_cli("snooze", overdue, "--db", db_path, "--days", "2").returncode == 0
    reopened = run_cli("reopen", overdue, "--db", db_path, "--note", "They called back", "--offer", "41000")
    assert reopened.returncode == 0, reopened.stderr
    assert "Would I sign this if it walked in today" in reopened.stdout
    ended = run_cli("outcome", overdue, "agreed", "--db", db_path, "--amount", "40500", "--note", "Signed")
    assert ended.returncode == 0, ended.stderr
    with Store(db_path) as store:
        plan = store.get_plan(deals[0])
    assert plan.walked is not None and plan.walked.follow_up_on == date.today() + timedelta(days=2)
    assert plan.status is Status.AGREED and plan.rounds[-1].phase == 1
    record = json.loads(run_cli("record", "--db", db_path, "--json").stdout)
    assert record["walks"] == 2 and record["resumed"] == 1 and record["median_improvement_percent"] == "13.1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("snooze", "1", "--to", "2001-02-03"), "is in the past"),
        (("snooze", "1", "--to", "soon"), "--to: 'soon' is not an ISO date"),
        (("snooze", "1"), "one of the arguments --days --to is required"),
        (("snooze", "99", "--days", "2"), "no deal with id 99"),
        (("reopen", "1", "--note", "x", "--offer", "lots"), "--offer: 'lots' is not a decimal amount"),
        (("reopen", "1", "--note", ""), "say why the deal is reopened"),
        (("outcome", "1", "agreed", "--amount", "5"), "reopen it before recording an agreement"),
        (("followups", "--due-by", "tomorrow"), "--due-by: 'tomorrow' is not an ISO date"),
    ],
)
def test_mistakes_exit_2_and_change_nothing(db_path: Path, deals: list[int], args: tuple, message: str) -> None:
    before = file_digest(db_path)
    result = run_cli(*args, "--db", db_path)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert file_digest(db_path) == before
