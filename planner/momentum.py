"""What has been invested in a negotiation so far: rounds, hours, days since the first round.

Shown beside the verdict so the user sees the investment for what it is: already spent,
whatever happens next, and never a reason to stay in a deal past the walk-away point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.dates import moment_day
from planner.model import Plan
from planner.verdict import Verdict, rounds_in_phase


@dataclass(frozen=True, slots=True)
class Momentum:
    rounds: int
    hours: Decimal  # the hours logged; rounds without hours count as none
    days: int | None  # days from the first round to ``today``; None without rounds

    @property
    def is_empty(self) -> bool:
        return self.rounds == 0


def momentum(plan: Plan, today: date, phase: int | None = None) -> Momentum:
    """The investment in ``plan`` as of ``today`` (injected: never the wall clock here)."""
    rounds = rounds_in_phase(plan, phase)
    hours = sum((r.hours for r in rounds if r.hours is not None), Decimal(0))
    days = max(0, (today - moment_day(rounds[0].at)).days) if rounds else None
    return Momentum(rounds=len(rounds), hours=hours, days=days)


def _plural(count: int | Decimal, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def momentum_text(invested: Momentum) -> str:
    """One line: 'Invested so far: 3 rounds, 4.5 hours, 12 days since the first round.'"""
    if invested.is_empty:
        return "No rounds logged yet."
    hours = invested.hours.normalize() if invested.hours else Decimal(0)
    parts = [_plural(invested.rounds, "round", "rounds"), _plural(hours, "hour", "hours")]
    if invested.days is not None:
        parts.append(_plural(invested.days, "day", "days") + " since the first round")
    return "Invested so far: " + ", ".join(parts) + "."


#: Said plainly beside a walk verdict (momentum bias is the trap this product exists for).
SUNK_COST_NOTE = (
    "The time already spent is gone whether you sign or not. "
    "It is not a reason to accept a deal past the point you set before it was spent."
)


def momentum_note(verdict: Verdict) -> str:
    """The plain warning that goes with a walk verdict; empty otherwise."""
    return SUNK_COST_NOTE if verdict is Verdict.WALK else ""
