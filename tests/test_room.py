"""Logging rounds and walking away, on a real store; and the momentum shown beside the verdict."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from helpers import file_digest

from planner.demo import demo_plans
from planner.model import SignalEvent, SignalKind, Status
from planner.momentum import SUNK_COST_NOTE, momentum, momentum_note, momentum_text
from planner.room import RoomError
from planner.services import log_round, walk_away
from planner.store import Store
from planner.verdict import Verdict, assess

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(store: Store) -> dict[str, int]:
    ids = store.add_plans(demo_plans(TODAY))
    return {store.get_plan(i).status.value: i for i in ids}


def test_first_round_moves_committed_to_negotiating(store: Store, demo: dict[str, int]) -> None:
    deal = demo["committed"]
    plan = log_round(store, deal, at=TODAY, today=TODAY, their_offer=D("239999.99"), hours=D("1.25"))
    stored = store.get_plan(deal)
    assert stored == plan
    assert stored.status is Status.NEGOTIATING
    assert stored.rounds[-1].their_offer == D("239999.99")
    assert stored.rounds[-1].phase == 0
    assert assess(stored).verdict is Verdict.PROCEED


def test_round_on_a_reopened_deal_is_phase_one(store: Store, demo: dict[str, int]) -> None:
    deal = demo["reopened"]
    plan = log_round(store, deal, at=TODAY, today=TODAY, their_offer=D("3100"))
    assert plan.rounds[-1].phase == 1
    assert store.get_plan(deal).status is Status.REOPENED
    renewed = assess(plan, phase=1)
    # Selling below 3,200, and lower than their renewed 3,350: not moving our way, so consider walking.
    assert renewed.verdict is Verdict.CONSIDER
    assert renewed.reasons[:2] == ("price_past_reservation", "stalled_past_reservation")
    assert assess(plan) == renewed  # the current phase, as every screen judges it


def test_conditions_and_custom_signals_are_matched_to_the_plan(store: Store, demo: dict[str, int]) -> None:
    deal = demo["committed"]
    plan = log_round(
        store,
        deal,
        at=TODAY,
        today=TODAY,
        unmet_conditions=["five-year service included"],
        events=[SignalEvent(SignalKind.CUSTOM, "DELIVERY DATE KEEPS SLIPPING")],
    )
    latest = plan.rounds[-1]
    assert latest.unmet_conditions == ["Five-year service included"]
    assert latest.events[0].label == "Delivery date keeps slipping"
    assert assess(plan).reasons == ("conditions_unmet", "signal:custom:Delivery date keeps slipping")


@pytest.mark.parametrize(
    ("status", "fields", "message"),
    [
        ("committed", {"unmet_conditions": ["Free lunch"]}, "'Free lunch' is not a condition"),
        ("committed", {"events": [SignalEvent(SignalKind.CUSTOM, "Nope")]}, "'Nope' is not a custom signal"),
        ("committed", {"hours": D("-1"), "note": "x"}, "hours: must not be negative"),
        ("committed", {"their_offer": D("1.00001")}, "their offer: more than 4 digits after the point"),
        ("committed", {}, "an empty round"),
        ("planning", {"their_offer": D("1")}, "commit to the walk-away point"),
        ("walked", {"their_offer": D("1")}, "reopen it"),
        ("agreed", {"their_offer": D("1")}, "is agreed"),
    ],
)
def test_bad_rounds_are_refused_and_nothing_changes(
    store: Store, db_path: Path, demo: dict[str, int], status: str, fields: dict, message: str
) -> None:
    before = file_digest(db_path)
    with pytest.raises(RoomError, match=message):
        log_round(store, demo[status], at=TODAY, today=TODAY, **fields)
    assert file_digest(db_path) == before


def test_walk_stores_date_reason_script_and_default_follow_up(store: Store, demo: dict[str, int]) -> None:
    deal = demo["negotiating"]
    at = datetime(2026, 11, 27, 16, 30)
    walk_away(store, deal, reason="Given a rent of 19,200 a month, we cannot stay.", at=at, today=TODAY)
    plan = store.get_plan(deal)
    assert plan.status is Status.WALKED
    assert plan.walked is not None
    assert plan.walked.at == at
    assert plan.walked.follow_up_on == date(2026, 11, 30)
    assert plan.walked.reason == "Given a rent of 19,200 a month, we cannot stay."
    # The plan's own opening and closing around the reason given.
    assert plan.walked.script_delivered.split("\n\n") == [
        plan.script.acknowledge,
        "Given a rent of 19,200 a month, we cannot stay.",
        plan.script.door,
    ]
    assert next(d for d in store.list_deals() if d.id == deal).follow_up_on == date(2026, 11, 30)


def test_walk_with_chosen_follow_up_and_script(store: Store, demo: dict[str, int]) -> None:
    deal = demo["committed"]
    walk_away(store, deal, reason="Given X", at=TODAY, today=TODAY, follow_up_on=TODAY, script_delivered=" Said this. ")
    walked = store.get_plan(deal).walked
    assert walked is not None
    assert (walked.follow_up_on, walked.script_delivered) == (TODAY, "Said this.")


@pytest.mark.parametrize(
    ("status", "kw", "message"),
    [
        ("negotiating", {"reason": "  "}, "the reason is empty"),
        ("negotiating", {"reason": "x", "follow_up_on": TODAY - timedelta(days=1)}, "is before the walk"),
        ("walked", {"reason": "x"}, "already walked away"),
        ("planning", {"reason": "x"}, "nothing to walk away from"),
    ],
)
def test_bad_walks_are_refused_and_nothing_changes(
    store: Store, db_path: Path, demo: dict[str, int], status: str, kw: dict, message: str
) -> None:
    before = file_digest(db_path)
    with pytest.raises(RoomError, match=message):
        walk_away(store, demo[status], at=TODAY, today=TODAY, **kw)
    assert file_digest(db_path) == before


def test_momentum_counts_rounds_hours_and_days(store: Store, demo: dict[str, int]) -> None:
    plan = store.get_plan(demo["reopened"])  # rounds 16, 12 and 2 days ago; 1 + 2 + 1 hours
    invested = momentum(plan, TODAY)
    assert (invested.rounds, invested.hours, invested.days) == (3, D("4"), 16)
    assert momentum(plan, TODAY, phase=1).rounds == 1
    assert momentum_text(invested) == "Invested so far: 3 rounds, 4 hours, 16 days since the first round."
    empty = momentum(store.get_plan(demo["planning"]), TODAY)
    assert (empty.rounds, empty.hours, empty.days) == (0, D("0"), None)
    assert momentum_text(empty) == "No rounds logged yet."


def test_walk_verdict_says_the_investment_is_no_reason_to_stay() -> None:
    assert momentum_note(Verdict.WALK) == SUNK_COST_NOTE
    assert "not a reason" in SUNK_COST_NOTE
    assert momentum_note(Verdict.CONSIDER) == momentum_note(Verdict.PROCEED) == ""


def test_future_rounds_and_walks_are_refused(store: Store, db_path: Path, demo: dict[str, int]) -> None:
    before = file_digest(db_path)
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(RoomError, match="2026-11-28 is in the future"):
        log_round(store, demo["negotiating"], at=tomorrow, today=TODAY, their_offer=D("1"))
    with pytest.raises(RoomError, match="2026-11-28 is in the future"):
        walk_away(store, demo["negotiating"], reason="Given 1", at=tomorrow, today=TODAY)
    assert file_digest(db_path) == before
