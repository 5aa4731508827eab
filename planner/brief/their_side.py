"""Their side on the brief: who decides (the authority check), their likely walk-away point
and the zone of agreement between the two points. Plain text; the region is in ``content``.
"""

from __future__ import annotations

from decimal import Decimal

from planner.model import Plan, Side
from planner.money import format_money


def zone_of_agreement(plan: Plan, ours: Decimal | None = None) -> tuple[Decimal, Decimal] | None:
    """The amounts both sides could accept, low to high; None when their point is unknown or no deal fits.

    ``ours`` is our walk-away point (default: the plan's); the follow-up brief passes the one
    committed before the walk.
    """
    theirs = plan.their_side.walk_away
    if theirs is None:
        return None
    ours = plan.reservation.value if ours is None else ours
    low, high = (theirs, ours) if plan.side is Side.BUY else (ours, theirs)
    return (low, high) if low <= high else None


def _amount(plan: Plan, value: Decimal) -> str:
    unit = f" {plan.unit}" if plan.unit else ""
    return f"{format_money(value, plan.currency)}{unit}"


def authority_check(plan: Plan) -> str:
    """What the brief says about who decides, in our own words."""
    decider, table = plan.their_side.decision_maker.strip(), plan.their_side.at_table.strip()
    if not decider:
        return "Not known yet: find out who can say yes before you meet, or every concession is only a first step."
    if not table:
        return "Ask before you meet whether they will be at the table."
    if decider.casefold() not in table.casefold():
        return "Not at the table: expect “I have to check”, and keep your concessions until they are."
    return "At the table."


def zone_text(plan: Plan, ours: Decimal | None = None) -> str:
    """The zone of agreement in words, or why there is none; empty when their point is unknown."""
    theirs = plan.their_side.walk_away
    if theirs is None:
        return ""
    zone = zone_of_agreement(plan, ours)
    if zone is not None:
        return f"a deal is possible between {_amount(plan, zone[0])} and {_amount(plan, zone[1])}."
    ours = plan.reservation.value if ours is None else ours
    if plan.side is Side.BUY:
        return (
            f"none: they would not go below {_amount(plan, theirs)}, and you go no higher than {_amount(plan, ours)}."
        )
    return f"none: they would not go above {_amount(plan, theirs)}, and you go no lower than {_amount(plan, ours)}."
