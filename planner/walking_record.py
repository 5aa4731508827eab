"""The walking record across all deals: how often walking away led back to the table, and to what.

The improvement of a resumed deal is how far their offer moved our way,
from their last offer before the walk to the agreed amount (or, while the
deal is still open, their latest renewed offer), in % of the walk-away
point committed before the walk.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import median

from planner.dates import moment_day
from planner.model import Plan, Status
from planner.then_and_now import point_before_walk, shortfall, then_and_now


@dataclass(frozen=True, slots=True)
class ResumedDeal:
    deal_id: int | None
    title: str
    walked_on: date
    days_to_resume: int
    improvement_percent: Decimal | None  # None when an offer is missing on either side
    status: Status


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


def _improvement_percent(plan: Plan) -> Decimal | None:
    comparison = then_and_now(plan)
    point = point_before_walk(plan)
    before = comparison.then.offer
    after = plan.outcome.amount if plan.outcome is not None and plan.outcome.amount is not None else None
    if after is None:
        after = comparison.now.offer
    if before is None or after is None or point == 0:
        return None
    moved = shortfall(plan, before, point) - shortfall(plan, after, point)
    return (moved * 100 / point).quantize(Decimal("0.1"))


def walking_record(plans: Iterable[Plan]) -> WalkingRecord:
    walks = 0
    resumed: list[ResumedDeal] = []
    agreed = dropped = 0
    for plan in plans:
        if plan.walked is None:
            continue
        walks += 1
        if plan.outcome is not None:
            agreed += plan.outcome.status is Status.AGREED
            dropped += plan.outcome.status is Status.DROPPED
        if plan.reopened is None:
            continue
        resumed.append(
            ResumedDeal(
                deal_id=plan.id,
                title=plan.title,
                walked_on=moment_day(plan.walked.at),
                days_to_resume=(moment_day(plan.reopened.at) - moment_day(plan.walked.at)).days,
                improvement_percent=_improvement_percent(plan),
                status=plan.status,
            )
        )
    resumed.sort(key=lambda d: (d.walked_on, d.deal_id or 0))
    return WalkingRecord(walks, tuple(resumed), agreed, dropped)
