"""Reopening a walked deal keeps every part of its history; outcomes end it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from followup_helpers import TODAY, walked_plan

from planner.errors import WalkawayError
from planner.model import Status
from planner.plans.files import read_plan_file, write_plan_file
from planner.reopen import RENEWED_NOTE, round_phase
from planner.services import record_outcome, reopen
from planner.store import Store


@pytest.fixture
def walked_id(store: Store) -> int:
    return store.add_plan(walked_plan("Licences", TODAY))


def test_reopen_keeps_history_and_starts_a_new_phase(db_path: Path, walked_id: int) -> None:
    with Store(db_path) as store:
        before = store.get_plan(walked_id)
        reopen(
            store,
            walked_id,
            at=TODAY,
            note="They called back: new budget",
            today=TODAY,
            first_time_today=True,
            renewed_offer=Decimal("41500"),
        )
    with Store(db_path) as store:
        after = store.get_plan(walked_id)
    assert after.status is Status.REOPENED
    assert after.reopened is not None
    assert (after.reopened.at, after.reopened.note, after.reopened.first_time_today) == (
        TODAY,
        "They called back: new budget",
        True,
    )
    # Nothing lost: plan, signed commitment, rounds before the walk, the walk itself.
    assert after.commitments == before.commitments
    assert after.walked == before.walked
    assert after.rounds[:2] == before.rounds
    assert after.reservation == before.reservation
    [renewed] = after.rounds[2:]
    assert (renewed.phase, renewed.their_offer, renewed.first_time_today, renewed.note) == (
        1,
        Decimal("41500"),
        True,
        RENEWED_NOTE,
    )
    assert round_phase(after) == 1 and round_phase(before) == 0


def test_reopen_survives_a_plan_file_round_trip(store: Store, walked_id: int, tmp_path: Path) -> None:
    plan = reopen(store, walked_id, at=TODAY, note="New decision maker", today=TODAY, first_time_today=False)
    again = read_plan_file(write_plan_file(plan, tmp_path / "p.walkaway.json"))
    assert again.reopened == plan.reopened
    assert again.status is Status.REOPENED


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"note": "   "}, "say why the deal is reopened"),
        ({"at": TODAY + timedelta(days=1)}, "is in the future"),
        ({"at": TODAY - timedelta(days=30)}, "cannot be reopened before that"),
        ({"renewed_offer": Decimal("-1")}, "must not be negative"),
        ({"renewed_offer": Decimal("1.00001")}, "more than 4 digits after the point"),
    ],
)
def test_bad_reopen_changes_nothing(store: Store, walked_id: int, kwargs: dict, message: str) -> None:
    before = store.get_plan(walked_id)
    arguments = {"at": TODAY, "note": "They called", "today": TODAY, **kwargs}
    with pytest.raises(WalkawayError, match=message):
        reopen(store, walked_id, **arguments)
    assert store.get_plan(walked_id) == before


def test_only_a_walked_deal_can_be_reopened(store: Store, walked_id: int) -> None:
    reopen(store, walked_id, at=TODAY, note="They called", today=TODAY)
    with pytest.raises(WalkawayError, match="is reopened: only a walked deal can be reopened"):
        reopen(store, walked_id, at=TODAY, note="Again", today=TODAY)


def test_outcome_agreed_with_amount(store: Store, walked_id: int) -> None:
    reopen(store, walked_id, at=TODAY, note="They called", today=TODAY)
    record_outcome(store, walked_id, Status.AGREED, at=TODAY, today=TODAY, amount=Decimal("41000"), note="Signed")
    plan = store.get_plan(walked_id)
    assert plan.status is Status.AGREED
    assert plan.outcome is not None and plan.outcome.amount == Decimal("41000")
    with pytest.raises(WalkawayError, match="already ended: agreed"):
        record_outcome(store, walked_id, Status.DROPPED, at=TODAY, today=TODAY)


def test_a_walked_deal_can_be_dropped_but_not_agreed(store: Store, walked_id: int) -> None:
    with pytest.raises(WalkawayError, match="reopen it before recording an agreement"):
        record_outcome(store, walked_id, Status.AGREED, at=TODAY, today=TODAY, amount=Decimal("1"))
    record_outcome(store, walked_id, Status.DROPPED, at=TODAY, today=TODAY)
    assert store.get_plan(walked_id).status is Status.DROPPED


@pytest.mark.parametrize(
    ("status", "amount", "message"),
    [
        (Status.AGREED, None, "needs the agreed amount"),
        (Status.DROPPED, Decimal("5"), "has no agreed amount"),
        (Status.WALKED, None, "agreed or dropped, not walked"),
    ],
)
def test_bad_outcomes_change_nothing(store: Store, walked_id: int, status, amount, message: str) -> None:
    reopen(store, walked_id, at=TODAY, note="They called", today=TODAY)
    before = store.get_plan(walked_id)
    with pytest.raises(WalkawayError, match=message):
        record_outcome(store, walked_id, status, at=TODAY, today=TODAY, amount=amount)
    assert store.get_plan(walked_id) == before
