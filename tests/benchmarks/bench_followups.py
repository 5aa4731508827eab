"""Issue 6: the follow-ups list (start-up notice, badge) and the walking record on a big file.

Targets on the 2-core machine, 10,000 deals of which 3,000 walked (1,000 of them reopened):
- due follow-ups (what start-up checks, after the first paint; about 1,000 due here): under 100 ms;
- all 2,000 follow-ups written as .ics: under 5 s (a user action, not start-up; the icalendar
  library takes about 1 ms an event, folding lines one character at a time);
- the walking record across every walked deal: under 3 s.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_followups.py -s
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from planner.model import Round, Status, Walk

TODAY = date(2026, 11, 27)
CACHE = Path(os.environ.get("WALKAWAY_BENCH_CACHE", Path(__file__).resolve().parent / ".cache"))


def _build(path: Path) -> Path:
    from generate import make_plan

    from planner.reopen import reopened_plan
    from planner.store import Store

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    rng = random.Random(6)
    with Store(partial) as store:
        for start in range(0, 10_000, 500):
            plans = []
            for index in range(start, start + 500):
                plan = make_plan(index, 8, rng)
                if index % 10 < 3:  # 30 % walked
                    last = plan.ordered_rounds()[-1]
                    plan.walked = Walk(last.at, "Generated walk", TODAY + timedelta(days=rng.randrange(-60, 60)))
                    plan.status = Status.WALKED
                    if index % 10 == 0:  # a third of those came back
                        plan = reopened_plan(plan, at=last.at + timedelta(days=3), note="Called", today=TODAY)
                        plan.rounds.append(Round(last.at + timedelta(days=3), plan.reservation.value, phase=1))
                plans.append(plan)
            store.add_plans(plans)
    partial.rename(path)
    return path


@pytest.fixture(scope="session")
def followups_db() -> Path:
    return _build(CACHE / "10000-deals-followups.walkaway")


def _best(action, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def test_follow_ups_on_10000_deals(followups_db: Path, tmp_path: Path) -> None:
    from planner.ics import write_follow_ups_calendar
    from planner.services import due_follow_ups, follow_ups, walking_record
    from planner.store import Store

    stamp = datetime(2026, 11, 27, tzinfo=UTC)
    with Store(followups_db) as store:
        due_ms = _best(lambda: due_follow_ups(store, TODAY))
        everything = follow_ups(store, TODAY)
        ics_ms = _best(lambda: write_follow_ups_calendar(tmp_path / "f.ics", follow_ups(store, TODAY), stamp=stamp))
        record_ms = _best(lambda: walking_record(store), runs=2)
        record = walking_record(store)
    print(
        f"\n{len(everything)} follow-ups: due list {due_ms:.1f} ms (target 100), "
        f"list + .ics {ics_ms:.1f} ms (target 5000); walking record of {record.walks} walks "
        f"{record_ms:.0f} ms (target 3000); median improvement {record.median_improvement_percent} %"
    )
    assert len(everything) == 2000 and record.resumed_count == 1000
    assert due_ms < 100 and ics_ms < 5000 and record_ms < 3000
    assert Decimal(0) <= record.median_days_to_resume  # type: ignore[operator]
