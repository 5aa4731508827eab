"""A stand-in for the window's controller in the room's widget tests: a real store, no mocks.

``save_now(plan)`` saves to the real SQLite file and hands the saved plan back to every
widget's ``load``, which is what the window's ``PlanController.save_now`` and its
``plan_changed`` signal do. The Rounds section gives a description too (in the window, the
undo step's name): it is kept in ``descriptions``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from planner.demo import demo_plans
from planner.model import Plan
from planner.store import Store

TODAY = date(2026, 11, 27)


class StoreRecorder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.listeners: list[Callable[[Plan], None]] = []
        self.recorded: list[Plan] = []
        self.descriptions: list[str] = []

    def save_now(self, plan: Plan, description: str = "") -> None:
        self.descriptions.append(description)
        assert plan.id is not None
        self.store.save_plan(plan)
        saved = self.store.get_plan(plan.id)
        self.recorded.append(saved)
        for listener in self.listeners:
            listener(saved)


def demo_ids(store: Store) -> dict[str, int]:
    ids = store.add_plans(demo_plans(TODAY))
    return {store.get_plan(i).status.value: i for i in ids}
