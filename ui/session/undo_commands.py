"""The controller's undo steps: an edit of the plan on screen, a deal created, a deal deleted.

They act through the :class:`ui.session.controller.PlanController` that made them (its staging of
an edit, its store, its showing of a stored deal), so undo and redo write exactly as edits do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.model import Plan

if TYPE_CHECKING:
    from ui.session.controller import PlanController


class EditPlan(QUndoCommand):
    def __init__(self, owner: PlanController, before: Plan, after: Plan, text: str, merge_key: str | None) -> None:
        super().__init__(text)
        self._owner, self._before, self._after, self._merge_key = owner, before, after, merge_key

    def id(self) -> int:
        return 1 if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditPlan) or other._merge_key != self._merge_key:
            return False
        if other._after.id != self._after.id:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._owner._stage(self._after)

    def undo(self) -> None:
        self._owner._stage(self._before)


class CreateDeal(QUndoCommand):
    def __init__(self, owner: PlanController, plan: Plan, text: str) -> None:
        super().__init__(text)
        self._owner, self._plan = owner, plan

    def redo(self) -> None:
        store = self._owner.store
        if self._plan.id is None:
            self._plan.id = store.add_plan(self._plan)
        else:  # redo after undo: the same deal, under the same id
            store.restore_deal(self._plan)
        self._owner._show_stored(self._plan.id)

    def undo(self) -> None:
        self._owner.flush()
        assert self._plan.id is not None
        # Keep edits made since creation, so redo gives them back.
        self._plan = self._owner.store.delete_deal(self._plan.id)
        self._owner._show_stored(None)


class DeleteDeal(QUndoCommand):
    def __init__(self, owner: PlanController, deal_id: int, text: str) -> None:
        super().__init__(text)
        self._owner, self._deal_id = owner, deal_id
        self._plan: Plan | None = None

    def redo(self) -> None:
        self._owner.flush()
        self._plan = self._owner.store.delete_deal(self._deal_id)
        showing = self._owner.current_id
        self._owner._show_stored(None if showing == self._deal_id else showing)

    def undo(self) -> None:
        assert self._plan is not None
        self._owner.store.restore_deal(self._plan)
        self._owner._show_stored(self._deal_id)
