"""Due, overdue and upcoming follow-ups from a real file, with the day injected."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from followup_helpers import NOW, TODAY, walked_plan

from planner.errors import WalkawayError
from planner.followups import Urgency, snooze_date
from planner.model import Status
from planner.plans.files import read_plan_file, write_plan_file
from planner.services import due_follow_ups, follow_ups, move_follow_up, reopen
from planner.store import Store


@pytest.fixture
def filled(store: Store) -> dict[str, int]:
    plans = {
        "late": walked_plan("Late", TODAY - timedelta(days=3)),
        "today": walked_plan("Today", TODAY),
        "soon": walked_plan("Soon", TODAY + timedelta(days=4)),
        "undated": walked_plan("Undated", None),
    }
    ids = store.add_plans(plans.values())
    return dict(zip(plans, ids, strict=True))


def test_listed_oldest_first_with_days_overdue(store: Store, filled: dict[str, int]) -> None:
    items = follow_ups(store, TODAY)
    assert [f.title for f in items] == ["Late", "Today", "Soon"]  # no date, no follow-up
    assert [f.days_overdue for f in items] == [3, 0, -4]
    assert [f.urgency for f in items] == [Urgency.OVERDUE, Urgency.DUE, Urgency.UPCOMING]
    assert items[0].walked_on == TODAY - timedelta(days=5)
    assert items[0].reason.startswith("Given 4,000")


def test_due_means_today_or_earlier_for_the_injected_day(store: Store, filled: dict[str, int]) -> None:
    assert [f.title for f in due_follow_ups(store, TODAY)] == ["Late", "Today"]
    assert [f.title for f in due_follow_ups(store, TODAY - timedelta(days=10))] == []
    assert [f.title for f in due_follow_ups(store, TODAY + timedelta(days=4))] == ["Late", "Today", "Soon"]
    assert [f.title for f in follow_ups(store, TODAY, due_by=TODAY + timedelta(days=1))] == ["Late", "Today"]


def test_reopened_or_ended_deals_leave_the_list(store: Store, filled: dict[str, int]) -> None:
    reopen(store, filled["late"], at=TODAY, note="They called back", today=TODAY)
    assert [f.title for f in follow_ups(store, TODAY)] == ["Today", "Soon"]


def test_snooze_moves_the_date_and_records_the_move(db_path: Path, filled: dict[str, int]) -> None:
    with Store(db_path) as store:
        move_follow_up(store, filled["late"], snooze_date(TODAY, 2), today=TODAY, now=NOW, note="They are at a fair")
    with Store(db_path) as reopened_file:  # read back from the file, not from memory
        plan = reopened_file.get_plan(filled["late"])
        items = follow_ups(reopened_file, TODAY)
    assert plan.walked is not None
    assert plan.walked.follow_up_on == TODAY + timedelta(days=2)
    [move] = plan.walked.moves
    assert (move.from_date, move.to_date, move.at, move.note) == (
        TODAY - timedelta(days=3),
        TODAY + timedelta(days=2),
        NOW,
        "They are at a fair",
    )
    assert [f.title for f in items] == ["Today", "Late", "Soon"]
    assert items[1].moves == 1


def test_reschedule_twice_keeps_both_moves(store: Store, filled: dict[str, int]) -> None:
    move_follow_up(store, filled["soon"], TODAY + timedelta(days=10), today=TODAY, now=NOW)
    move_follow_up(store, filled["soon"], TODAY + timedelta(days=1), today=TODAY, now=NOW)
    plan = store.get_plan(filled["soon"])
    assert plan.walked is not None
    assert [(m.from_date, m.to_date) for m in plan.walked.moves] == [
        (TODAY + timedelta(days=4), TODAY + timedelta(days=10)),
        (TODAY + timedelta(days=10), TODAY + timedelta(days=1)),
    ]


@pytest.mark.parametrize(
    ("key", "to_date", "message"),
    [
        ("late", TODAY - timedelta(days=1), "is in the past"),
        ("today", TODAY, "already follows up on"),
    ],
)
def test_bad_moves_change_nothing(store: Store, filled: dict[str, int], key: str, to_date: date, message: str) -> None:
    before = store.get_plan(filled[key])
    with pytest.raises(WalkawayError, match=message):
        move_follow_up(store, filled[key], to_date, today=TODAY, now=NOW)
    assert store.get_plan(filled[key]) == before


def test_only_walked_deals_have_a_follow_up_to_move(store: Store, filled: dict[str, int]) -> None:
    reopen(store, filled["soon"], at=TODAY, note="New budget", today=TODAY)
    with pytest.raises(WalkawayError, match="reopened, not walked"):
        move_follow_up(store, filled["soon"], TODAY + timedelta(days=9), today=TODAY, now=NOW)
    assert store.get_plan(filled["soon"]).status is Status.REOPENED


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_snooze_days_out_of_range(days: int) -> None:
    with pytest.raises(WalkawayError, match="snooze by 1 to 3650 days"):
        snooze_date(TODAY, days)


def test_moves_survive_a_plan_file_round_trip(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    move_follow_up(store, filled["late"], TODAY + timedelta(days=2), today=TODAY, now=NOW, note="Fair week")
    plan = store.get_plan(filled["late"])
    write_plan_file(plan, tmp_path / "late.walkaway.json")
    again = read_plan_file(tmp_path / "late.walkaway.json")
    assert again.walked == plan.walked


def test_plan_file_refuses_a_move_without_a_time(tmp_path: Path) -> None:
    import json

    from planner.errors import PlanFileError
    from planner.plans.files import dump_plan, read_plan_text

    document = json.loads(dump_plan(walked_plan("Late", TODAY)))
    document["walked"]["follow_up_moves"] = [{"at": "2026-11-20", "to_date": "2026-11-30"}]
    with pytest.raises(PlanFileError, match=r"walked\.follow_up_moves\[0\]\.at: needs a date and a time"):
        read_plan_text(json.dumps(document), "late.json")
    document["walked"]["follow_up_moves"] = [{"at": "2026-11-20T10:00:00+00:00"}]
    with pytest.raises(PlanFileError, match=r"walked\.follow_up_moves\[0\]\.to_date: required field is missing"):
        read_plan_text(json.dumps(document), "late.json")
