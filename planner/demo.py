"""Demo deals: one in every stage of the method, read from plan files and dated relative to today.

The six plans are ordinary ``walkaway-plan/1`` files in ``resources/demo`` (read in the order
of their names), written as if today were :data:`ANCHOR_DAY`. Every date and moment in them is
moved by the days between that day and today on loading, so the demo always looks current: the
walked deal's follow-up is due today, the reopened one came back three days ago. A commitment's
fingerprint covers no date, so the moved plans still match what was signed.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar, cast

from planner.model import Plan

#: The day the demo files are written for: their "today".
ANCHOR_DAY = date(2026, 11, 27)

T = TypeVar("T")


def demo_files() -> list[Path]:
    from planner.paths import resources_dir

    return sorted((resources_dir() / "demo").glob("*.walkaway.json"))


def demo_plans(today: date | None = None) -> list[Plan]:
    """Realistic plans in planning, committed, negotiating, walked, reopened and agreed (new copies)."""
    by = (today or date.today()) - ANCHOR_DAY
    return [moved(plan, by) for plan in _as_filed()]


@functools.cache
def _as_filed() -> tuple[Plan, ...]:
    """The files, read and checked once a process; :func:`moved` makes each caller its own copies."""
    from planner.plans.files import read_plan_file

    return tuple(read_plan_file(path) for path in demo_files())


def moved(value: T, by: timedelta) -> T:
    """A copy of ``value`` with every date and date-time in it ``by`` later (dataclasses and lists are
    walked, and built anew: nothing mutable is shared with ``value``)."""
    return cast(T, _moved(value, by))  # the same type back, field by field


def _moved(value: Any, by: timedelta) -> Any:
    if isinstance(value, date):  # a datetime is a date too
        return value + by
    if isinstance(value, list):
        return [_moved(item, by) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {field.name: _moved(getattr(value, field.name), by) for field in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
