"""Walked → reopened → walked → reopened, as often as life does (issue 15): the pure parts, the
rules a plan file keeps for them, and the round trip through a plan file."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from followup_helpers import TODAY, walked_plan

from planner.errors import PlanFileError, WalkawayError
from planner.model import Plan, Round, Status
from planner.plans.files import dump_plan, read_plan_text
from planner.reopen import reopened_plan
from planner.room import RoomError, add_round, make_round, record_walk
from planner.then_and_now import then_and_now
from planner.verdict import Verdict, assess
from planner.walking_record import walking_record

WALKED_ON = TODAY - timedelta(days=20)  # walked_plan(walked_days_ago=20)


def day(n: int) -> date:
    """n days after the first walk."""
    return WALKED_ON + timedelta(days=n)


def twice_walked_and_reopened() -> Plan:
    """Walked (day 0, phase 0), reopened (day 2), walked again (day 5), reopened again (day 9)."""
    plan = walked_plan("Licences", None, walked_days_ago=20)
    plan = reopened_plan(plan, at=day(2), note="New budget", today=TODAY, renewed_offer=D("44000"))
    add_round(plan, make_round(plan, at=day(4), today=TODAY, their_offer=D("44000"), final=True))
    assert assess(plan).verdict is Verdict.WALK  # final, past the point
    record_walk(plan, reason="Given a final 44,000 against our 42,000, we stop here.", at=day(5), today=TODAY)
    plan = reopened_plan(plan, at=day(9), note="They called back", today=TODAY, first_time_today=True)
    add_round(plan, make_round(plan, at=day(10), today=TODAY, their_offer=D("41500")))
    return plan


def test_a_reopened_deal_can_be_walked_away_from_and_reopened_again() -> None:
    plan = twice_walked_and_reopened()
    assert plan.status is Status.REOPENED
    assert [(p.walked.at, p.reopened.at) for p in plan.history] == [(WALKED_ON, day(2))]
    assert plan.walked is not None and plan.walked.at == day(5)  # the latest walk, as before
    assert plan.reopened is not None and plan.reopened.at == day(9)
    assert plan.current_phase == 2
    assert [(phase, w.at) for phase, w in plan.walks()] == [(0, WALKED_ON), (1, day(5))]
    assert [(phase, r.at) for phase, r in plan.reopenings()] == [(1, day(2)), (2, day(9))]
    assert [r.phase for r in plan.ordered_rounds()] == [0, 0, 1, 1, 2]
    # The one verdict: the latest round of phase 2, signals of all phases (authority twice, before the first walk).
    result = assess(plan)
    assert (result.phase, result.headroom, result.verdict) == (2, D("500"), Verdict.CONSIDER)
    assert result.reasons == ("signal:authority",)


def test_walking_again_keeps_every_walk_and_the_round_trip_keeps_them_all() -> None:
    plan = twice_walked_and_reopened()
    record_walk(plan, reason="Given 41,500 but no price lock, we stop.", at=day(12), today=TODAY)
    assert plan.status is Status.WALKED and plan.reopened is None
    assert [p.walked.at for p in plan.history] == [WALKED_ON, day(5)]
    text = dump_plan(plan)
    document = json.loads(text)
    # `walked` and `reopened` keep their meaning (the latest); earlier ones go to `history`.
    assert document["walked"]["at"] == day(12).isoformat() and "reopened" not in document
    assert [h["walked"]["at"] for h in document["history"]] == [WALKED_ON.isoformat(), day(5).isoformat()]
    assert [h["reopened"]["at"] for h in document["history"]] == [day(2).isoformat(), day(9).isoformat()]
    assert [r.get("phase") for r in document["rounds"]] == [0, 0, 1, 1, 2]
    back = read_plan_text(text)
    assert back.history == plan.history and back.walked == plan.walked and back.rounds == plan.rounds
    assert back.status is Status.WALKED
    assert dump_plan(back) == text


def test_phases_follow_the_reopenings_in_a_file_without_phases() -> None:
    document = json.loads(dump_plan(twice_walked_and_reopened()))
    for round_ in document["rounds"]:
        round_.pop("phase")
    plan = read_plan_text(json.dumps(document))
    assert [r.phase for r in plan.ordered_rounds()] == [0, 0, 1, 1, 2]


def test_the_latest_walk_is_then_and_now() -> None:
    plan = twice_walked_and_reopened()
    view = then_and_now(plan)
    assert (view.then.offer, view.now.offer) == (D("44000"), D("41500"))  # phase 1's last, phase 2's
    assert view.assessment == assess(plan)


def test_the_walking_record_counts_every_walk_and_every_resumption() -> None:
    plan = twice_walked_and_reopened()
    plan.id = 7
    record = walking_record([plan])
    assert (record.walks, record.resumed_count) == (2, 2)
    first, second = record.resumed
    assert (first.walk_number, first.days_to_resume, first.verdict) == (1, 2, None)
    assert (second.walk_number, second.days_to_resume, second.verdict) == (2, 4, Verdict.CONSIDER)
    assert first.improvement_percent == D("4.8")  # 46,000 → 44,000 of 42,000
    assert second.improvement_percent == D("6.0")  # 44,000 → 41,500


def test_a_walk_cannot_be_dated_before_the_reopening() -> None:
    plan = reopened_plan(walked_plan("X", None, walked_days_ago=20), at=day(2), note="Back", today=TODAY)
    with pytest.raises(RoomError, match="reopened on"):
        record_walk(plan, reason="Given 46,000, no.", at=day(1), today=TODAY)
    assert plan.status is Status.REOPENED and plan.history == []


def test_a_second_reopening_needs_the_second_walk() -> None:
    plan = reopened_plan(walked_plan("X", None, walked_days_ago=20), at=day(2), note="Back", today=TODAY)
    with pytest.raises(WalkawayError, match="only a walked deal can be reopened"):
        reopened_plan(plan, at=day(3), note="Again", today=TODAY)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["history"][0]["reopened"].update(at="2026-01-01"), "history[0].reopened.at"),
        (lambda d: d["history"][1]["walked"].update(at="2026-11-08"), "history[1].walked.at"),
        (lambda d: d["walked"].update(at="2026-11-01"), "walked.at"),
        (lambda d: d.pop("walked"), "walked"),
        (lambda d: d["rounds"][-1].update(phase=3), "rounds[4].phase"),
        (lambda d: d["history"][0]["walked"].update(reason=7), "history[0].walked.reason"),
        (lambda d: d["rounds"][0].update(final="yes"), "rounds[0].final"),
    ],
)
def test_plan_files_that_break_the_history_are_refused(change, path: str) -> None:
    plan = twice_walked_and_reopened()
    record_walk(plan, reason="Given 41,500, no.", at=day(12), today=TODAY)
    document = json.loads(dump_plan(plan))
    change(document)
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(document), "plan.json")
    assert caught.value.field == path, str(caught.value)


def test_final_defaults_to_false_and_is_written_only_when_true() -> None:
    plan = walked_plan("X", None)
    plan.rounds.append(Round(plan.rounds[-1].at, note="their last word", final=True))
    document = json.loads(dump_plan(plan))
    assert [r.get("final") for r in document["rounds"]] == [None, None, True]
    assert [r.final for r in read_plan_text(json.dumps(document)).rounds] == [False, False, True]
