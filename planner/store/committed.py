"""The committed deals, read for their commitment check only: one lean read across all deals.

``walkaway list`` marks a deal whose plan does not match its commitment's fingerprint.
The fingerprint covers the point, its conditions, side, currency, alternatives, signals
and script, so those are read (column selects, one query per table, as in
:mod:`planner.store.walks`); rounds and follow-up moves are not, and the plans returned
have none. Use them for :func:`planner.signing.made_here.check_commitment`, nothing else.
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import TYPE_CHECKING

from sqlalchemy import select

from planner.model import Plan
from planner.store.rows_to_plan import plan_from_row
from planner.store.tables import AlternativeRow, CommitmentRow, ConditionRow, DealRow, SignalRow

if TYPE_CHECKING:
    from planner.store.store import Store

_CHILDREN = {
    "conditions": ConditionRow,
    "alternatives": AlternativeRow,
    "signals": SignalRow,
    "commitments": CommitmentRow,
}


def plans_for_commitment_check(store: Store) -> list[Plan]:
    """Every deal that holds a commitment, without its rounds and follow-up moves."""
    deals = DealRow.__table__
    committed = select(CommitmentRow.__table__.c.deal_id).distinct()
    with store._reading() as session:
        rows = session.execute(select(deals).where(deals.c.id.in_(committed))).all()
        children: dict[str, dict[int, list]] = {}
        for name, row_class in _CHILDREN.items():
            table = row_class.__table__
            order = table.c.revision if name == "commitments" else table.c.position
            grouped: dict[int, list] = defaultdict(list)
            query = select(table).where(table.c.deal_id.in_(committed)).order_by(table.c.deal_id, order)
            for child in session.execute(query):
                grouped[child.deal_id].append(child)
            children[name] = grouped
    return [
        plan_from_row(
            SimpleNamespace(
                **row._mapping,
                rounds=[],
                follow_up_moves=[],
                **{name: grouped[row.id] for name, grouped in children.items()},
            )
        )
        for row in rows
    ]
