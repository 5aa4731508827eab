"""The walking record across all deals: how often walking away led back to the table, and to what.

Every walk counts, and every reopening is one resumption: a deal walked away
from twice and reopened twice is two walks and two resumptions. The
improvement of a resumption is how far their offer moved our way, from their
last offer before that walk to the agreed amount (or their latest offer in the
talks that followed), in % of the walk-away point committed before that walk.
An open resumed deal carries its verdict, the one every screen shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import median

from planner.dates import moment_day
from planner.model import Plan, Round, Status, Walk
from planner.then_and_now import point_before_walk, shortfall
from planner.verdict import Verdict, assess


@dataclass(frozen=True, slots=True)
class ResumedDeal:
    deal_id: int | None
    title: str
    walked_on: date
    days_to_resume: int
    improvement_percent: Decimal | None  # None when an offer is missing on either side
    status: Status
    walk_number: int = 1  # 1 for the first walk of the deal, 2 for the second …
    verdict: Verdict | None = None  # the deal's verdict now, for the latest resumption of a deal still open


@dataclass(frozen=True, slots=True)
class WalkingRecord:
    walks: int
    resumed: tuple[ResumedDeal, ...]
    agreed_after_walking: int
    dropped_after_walking: int

    @property
    def resumed_count(self) -> int:
        return len(self.resumed)

    @property
    def median_days_to_resume(self) -> Decimal | None:
        days = [Decimal(d.days_to_resume) for d in self.resumed]
        return median(days) if days else None

    @property
    def median_improvement_percent(self) -> Decimal | None:
        known = [d.improvement_percent for d in self.resumed if d.improvement_percent is not None]
        return median(known).quantize(Decimal("0.1")) if known else None


def _last_offer(rounds: list[Round]) -> Decimal | None:
    return next((r.their_offer for r in reversed(rounds) if r.their_offer is not None), None)


def _improvement_percent(plan: Plan, phase: int, walk: Walk) -> Decimal | None:
    """How far their offer moved our way after the walk that ended ``phase``, in % of the point before it."""
    ordered = plan.ordered_rounds()
    point = point_before_walk(plan, walk)
    before = _last_offer([r for r in ordered if r.phase == phase])
    after = _last_offer([r for r in ordered if r.phase == phase + 1])
    latest = phase + 1 == plan.current_phase
    if latest and plan.outcome is not None and plan.outcome.amount is not None:
        after = plan.outcome.amount
    if before is None or after is None or point == 0:
        return None
    moved = shortfall(plan, before, point) - shortfall(plan, after, point)
    return (moved * 100 / point).quantize(Decimal("0.1"))


def resumptions(plan: Plan) -> list[ResumedDeal]:
    """One entry per reopening of ``plan``, oldest first."""
    walks = plan.walks()
    found = []
    for phase, reopen in plan.reopenings():
        walked_phase, walk = walks[phase - 1]
        latest = phase == plan.current_phase
        found.append(
            ResumedDeal(
                deal_id=plan.id,
                title=plan.title,
                walked_on=moment_day(walk.at),
                days_to_resume=(moment_day(reopen.at) - moment_day(walk.at)).days,
                improvement_percent=_improvement_percent(plan, walked_phase, walk),
                status=plan.status,
                walk_number=walked_phase + 1,
                verdict=assess(plan).verdict if latest and plan.status is Status.REOPENED else None,
            )
        )
    return found


def walking_record(plans: Iterable[Plan]) -> WalkingRecord:
    walks = 0
    resumed: list[ResumedDeal] = []
    agreed = dropped = 0
    for plan in plans:
        if plan.walked is None:
            continue
        walks += len(plan.walks())
        if plan.outcome is not None:
            agreed += plan.outcome.status is Status.AGREED
            dropped += plan.outcome.status is Status.DROPPED
        resumed.extend(resumptions(plan))
    resumed.sort(key=lambda d: (d.walked_on, d.deal_id or 0, d.walk_number))
    return WalkingRecord(walks, tuple(resumed), agreed, dropped)
