"""Every committed deal as a whole plan, in one read: for the commitment check of ``walkaway list``.

A commitment's fingerprint covers most of the plan (point, conditions, alternatives,
signals, script), so checking it needs the plan; deals never committed are not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from planner.model import Plan
from planner.store.rows_to_plan import plan_from_row
from planner.store.tables import DealRow

if TYPE_CHECKING:
    from planner.store.store import Store


def committed_plans(store: Store) -> list[Plan]:
    """The plans of all deals that hold a commitment."""
    from planner.store.store import _FULL_PLAN

    with store._reading() as session:
        rows = session.scalars(select(DealRow).where(DealRow.commitments.any()).options(*_FULL_PLAN)).all()
        return [plan_from_row(row) for row in rows]
