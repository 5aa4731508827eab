"""The demo plans: six plan files in resources/demo, one deal in every stage, dated relative to today."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

from helpers import FROZEN_DEMO_DAY
from hypothesis import given, settings
from strategies import plans

from planner.commitment import Integrity, check_integrity
from planner.demo import ANCHOR_DAY, demo_files, demo_plans, moved
from planner.model import Plan, Status
from planner.plans.files import read_plan_file


def _dates(value: Any) -> list[date]:
    """Every date and date-time in a plan, in field order."""
    if isinstance(value, date):
        return [value]
    if isinstance(value, list):
        return [found for item in value for found in _dates(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [found for field in dataclasses.fields(value) for found in _dates(getattr(value, field.name))]
    return []


def test_one_deal_in_every_stage_read_from_the_plan_files() -> None:
    assert [path.name.split("-", 1)[0] for path in demo_files()] == ["1", "2", "3", "4", "5", "6"]
    statuses = [plan.status for plan in demo_plans()]
    assert statuses == [
        Status.PLANNING,
        Status.COMMITTED,
        Status.NEGOTIATING,
        Status.WALKED,
        Status.REOPENED,
        Status.AGREED,
    ]


def test_on_the_anchor_day_the_plans_are_the_files_as_they_are() -> None:
    assert demo_plans(ANCHOR_DAY) == [read_plan_file(path) for path in demo_files()]


def test_dates_count_back_from_today() -> None:
    for today in (date(2024, 2, 29), FROZEN_DEMO_DAY, date(2031, 1, 1)):
        walked = next(plan for plan in demo_plans(today) if plan.status is Status.WALKED)
        assert walked.walked is not None and walked.walked.follow_up_on == today  # due today, whatever the day
        everything = [day for plan in demo_plans(today) for day in _dates(plan)]
        assert max(d.date() if isinstance(d, datetime) else d for d in everything) <= today
    later = demo_plans(FROZEN_DEMO_DAY + timedelta(days=40))
    for before, after in zip(demo_plans(FROZEN_DEMO_DAY), later, strict=True):
        assert [b + timedelta(days=40) for b in _dates(before)] == _dates(after)


def test_the_commitments_stay_intact_on_any_day() -> None:
    for today in (ANCHOR_DAY, date(2020, 6, 1), date(2040, 12, 31)):
        committed = [plan for plan in demo_plans(today) if plan.commitments]
        assert len(committed) == 5
        assert {check_integrity(plan).state for plan in committed} == {Integrity.INTACT}


@settings(max_examples=30, deadline=None)
@given(plan=plans())
def test_moved_moves_every_date_and_nothing_else(plan: Plan) -> None:
    by = timedelta(days=17)
    shifted = moved(plan, by)
    assert _dates(shifted) == [day + by for day in _dates(plan)]
    assert moved(shifted, -by) == plan


def test_each_call_gives_plans_of_its_own() -> None:
    """The files are read once a process; a caller that changes its plans changes no one else's."""
    first = demo_plans(FROZEN_DEMO_DAY)
    first[2].rounds.clear()
    first[1].alternatives[0].name = "changed"
    first[0].reservation.conditions.append("added")
    first[3].commitments[0].conditions.append("added")
    assert demo_plans(FROZEN_DEMO_DAY) == [read_plan_file(path) for path in demo_files()]
