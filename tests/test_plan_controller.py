"""PlanController: undoable edits, autosave within a second, save_now(), whole-deal undo."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from planner.demo import demo_plans
from planner.errors import UnknownDeal
from planner.model import Status
from planner.store import Store
from ui.session.controller import AUTOSAVE_MS, PlanController


@pytest.fixture
def controller(qtbot, db_path: Path):
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    made = PlanController(db_path)
    yield made
    made.close()


def stored(db_path: Path, deal_id: int):
    with Store(db_path) as store:
        return store.get_plan(deal_id)


def first_id(controller: PlanController) -> int:
    return controller.deal_summaries()[0].id


def test_an_edit_reaches_the_file_within_a_second(qtbot, controller: PlanController, db_path: Path) -> None:
    deal_id = first_id(controller)
    controller.select_deal(deal_id)
    with qtbot.waitSignal(controller.saved, timeout=1000) as saved:
        controller.edit("title", lambda plan: setattr(plan, "title", "Renamed"))
    assert saved.args == [str(db_path.resolve())]
    assert stored(db_path, deal_id).title == "Renamed"
    assert AUTOSAVE_MS < 1000


def test_typing_in_one_field_is_one_undo_step(qtbot, controller: PlanController, db_path: Path) -> None:
    deal_id = first_id(controller)
    controller.select_deal(deal_id)
    before = controller.current_plan().title
    for text in ("A", "Ab", "Abc"):
        controller.edit("title", lambda plan, t=text: setattr(plan, "title", t), merge_key="title")
    controller.edit("unit", lambda plan: setattr(plan, "unit", "per day"), merge_key="unit")
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.current_plan().title == before
    controller.undo_stack.redo()
    assert controller.current_plan().title == "Abc"
    controller.flush()
    assert stored(db_path, deal_id).title == "Abc"


def test_undo_of_another_deals_edit_shows_that_deal(controller: PlanController, db_path: Path) -> None:
    first, second = (d.id for d in controller.deal_summaries()[:2])
    controller.select_deal(first)
    controller.edit("unit", lambda plan: setattr(plan, "unit", "per week"))
    controller.select_deal(second)
    controller.undo_stack.undo()
    assert controller.current_id == first
    controller.flush()
    assert stored(db_path, first).unit != "per week"


def test_record_saves_at_once_and_cannot_be_undone(controller: PlanController, db_path: Path) -> None:
    deal_id = first_id(controller)
    controller.select_deal(deal_id)
    controller.edit("unit", lambda plan: setattr(plan, "unit", "per week"))
    plan = controller.current_plan()
    recorded = dataclasses.replace(plan, status=Status.WALKED)
    controller.save_now(recorded)
    assert stored(db_path, deal_id).status is Status.WALKED
    assert stored(db_path, deal_id).unit == "per week"
    assert not controller.undo_stack.canUndo()
    assert controller.current_plan().status is Status.WALKED


def test_delete_and_undo_bring_the_deal_back_whole(controller: PlanController, db_path: Path) -> None:
    deal_id = first_id(controller)
    original = stored(db_path, deal_id)
    controller.select_deal(deal_id)
    controller.delete_deal(deal_id, "delete")
    with pytest.raises(UnknownDeal):
        stored(db_path, deal_id)
    assert controller.current_id is None
    controller.undo_stack.undo()
    back = stored(db_path, deal_id)
    assert dataclasses.replace(back, id=None) == dataclasses.replace(original, id=None)
    assert controller.current_id == deal_id


def test_create_and_duplicate_are_undoable(controller: PlanController, db_path: Path) -> None:
    source = controller.deal_summaries()[0]
    count = len(controller.deal_summaries())
    controller.duplicate_deal(source.id, " (copy)")
    copy_id = controller.current_id
    copied = stored(db_path, copy_id)
    assert copied.title.endswith(" (copy)")
    assert copied.status is Status.PLANNING and not copied.rounds and not copied.commitments
    assert len(controller.deal_summaries()) == count + 1
    controller.undo_stack.undo()
    assert len(controller.deal_summaries()) == count
    controller.undo_stack.redo()
    assert stored(db_path, copy_id).title == copied.title


def test_close_writes_the_pending_edit(controller: PlanController, db_path: Path) -> None:
    deal_id = first_id(controller)
    controller.select_deal(deal_id)
    controller.edit("target", lambda plan: setattr(plan, "target", Decimal("1234.5")))
    assert controller.has_pending_edit
    controller.close()
    assert stored(db_path, deal_id).target == Decimal("1234.5")
