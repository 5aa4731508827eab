"""Correcting a logged round (issue 15): edit or delete it, and the correction is kept, because the
log of rounds is evidence. The pure functions and the plan file; the window and the CLI elsewhere."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest
from followup_helpers import TODAY, walked_plan

from planner.corrections import changes, correction_text, deleted_plan, edited_plan
from planner.errors import PlanFileError
from planner.model import CorrectionAction, Plan, Round, Status
from planner.plans.files import dump_plan, read_plan_text
from planner.room import RoomError
from planner.verdict import Verdict, assess

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def negotiating() -> Plan:
    """Buying at most 42,000: a round at 47,500, then one at 46,000 with a condition unmet."""
    plan = walked_plan("Licences", None)
    plan.walked = None
    plan.status = Status.NEGOTIATING
    return plan


def test_editing_a_round_changes_it_and_keeps_what_it_said() -> None:
    plan = negotiating()
    first = plan.ordered_rounds()[0]
    corrected = edited_plan(plan, 1, now=NOW, today=TODAY, their_offer=D("41750"), final=True)
    assert plan.ordered_rounds()[0].their_offer == D("47500")  # the original is untouched
    assert corrected.ordered_rounds()[0].their_offer == D("41750")
    assert corrected.ordered_rounds()[0].final is True
    assert corrected.ordered_rounds()[0].at == first.at  # what was not given stays
    (correction,) = corrected.corrections
    assert (correction.at, correction.action, correction.number) == (NOW, CorrectionAction.EDIT, 1)
    assert correction.before == first and correction.after == corrected.ordered_rounds()[0]
    assert changes(correction) == ["their_offer", "final"]
    assert correction_text(corrected, correction) == (
        "Round 1 corrected 2026-11-27T09:30:00+00:00: their offer EUR 47,500 → EUR 41,750; their final offer no → yes."
    )


def test_a_corrected_latest_round_changes_the_verdict() -> None:
    plan = negotiating()
    assert assess(plan).verdict is Verdict.WALK  # the first-time answer was no
    corrected = edited_plan(plan, 2, now=NOW, today=TODAY, first_time_today=None, unmet_conditions=[])
    result = assess(corrected)
    assert result.verdict is Verdict.CONSIDER  # authority twice; 46,000 is past the point
    assert result.reasons[0] == "price_past_reservation"


def test_deleting_a_round_keeps_it_in_the_history() -> None:
    plan = negotiating()
    second = plan.ordered_rounds()[1]
    corrected = deleted_plan(plan, 2, now=NOW)
    assert [r.their_offer for r in corrected.rounds] == [D("47500")]
    (correction,) = corrected.corrections
    assert (correction.action, correction.number, correction.before, correction.after) == (
        CorrectionAction.DELETE,
        2,
        second,
        None,
    )
    assert correction_text(corrected, correction).startswith(
        "Round 2 deleted 2026-11-27T09:30:00+00:00; it said: date "
    )
    assert "their offer EUR 46,000" in correction_text(corrected, correction)


def test_deleting_the_only_round_takes_a_deal_back_to_committed() -> None:
    plan = negotiating()
    plan = deleted_plan(deleted_plan(plan, 2, now=NOW), 1, now=NOW + timedelta(minutes=1))
    assert plan.rounds == [] and plan.status is Status.COMMITTED
    assert [c.number for c in plan.corrections] == [2, 1]
    assert assess(plan).verdict is Verdict.NO_OFFER


@pytest.mark.parametrize(
    ("number", "message"), [(0, "there is no round 0: 'Licences' has 2 rounds"), (3, "there is no round 3")]
)
def test_a_round_that_is_not_there(number: int, message: str) -> None:
    with pytest.raises(RoomError, match=message):
        deleted_plan(negotiating(), number, now=NOW)


def test_nothing_to_correct_is_said_and_bad_values_are_refused() -> None:
    plan = negotiating()
    with pytest.raises(RoomError, match="already says that"):
        edited_plan(plan, 1, now=NOW, today=TODAY, their_offer=D("47500"))
    with pytest.raises(RoomError, match="is in the future"):
        edited_plan(plan, 1, now=NOW, today=TODAY, at=TODAY + timedelta(days=1))
    with pytest.raises(RoomError, match="not a condition of the walk-away point"):
        edited_plan(plan, 1, now=NOW, today=TODAY, unmet_conditions=["Free lunch"])
    with pytest.raises(RoomError, match="an empty round"):
        edited_plan(plan, 1, now=NOW, today=TODAY, their_offer=None)
    assert plan.corrections == []


def test_a_closed_deal_keeps_its_log() -> None:
    plan = negotiating()
    plan.status = Status.DROPPED
    with pytest.raises(RoomError, match="can no longer be corrected"):
        deleted_plan(plan, 1, now=NOW)


def test_a_walked_deal_can_still_correct_a_typo_in_its_log() -> None:
    plan = walked_plan("Licences", None)
    corrected = edited_plan(plan, 1, now=NOW, today=TODAY, note="first call")
    assert corrected.status is Status.WALKED and corrected.ordered_rounds()[0].note == "first call"


def test_corrections_survive_a_plan_file() -> None:
    plan = deleted_plan(edited_plan(negotiating(), 1, now=NOW, today=TODAY, our_offer=D("40000")), 2, now=NOW)
    text = dump_plan(plan)
    document = json.loads(text)
    assert [c["action"] for c in document["corrections"]] == ["edit", "delete"]
    assert document["corrections"][0]["after"]["our_offer"] == "40000"
    assert "after" not in document["corrections"][1]
    back = read_plan_text(text)
    assert back.corrections == plan.corrections
    assert dump_plan(back) == text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda c: c.pop("after"), "corrections[0].after"),
        (lambda c: c.update(at="2026-11-27"), "corrections[0].at"),
        (lambda c: c.update(action="rewrite"), "corrections[0].action"),
        (lambda c: c.update(round=0), "corrections[0].round"),
        (lambda c: c["before"].update(their_offer="-5"), "corrections[0].before.their_offer"),
    ],
)
def test_a_plan_file_with_a_broken_correction_is_refused(change, field: str) -> None:
    document = json.loads(dump_plan(edited_plan(negotiating(), 1, now=NOW, today=TODAY, note="typo")))
    change(document["corrections"][0])
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(document), "plan.json")
    assert caught.value.field == field, str(caught.value)


def test_the_corrected_round_keeps_its_phase() -> None:
    plan = negotiating()
    plan.rounds[1] = Round(plan.rounds[1].at, D("46000"))
    corrected = edited_plan(plan, 2, now=NOW, today=TODAY, their_offer=D("45000"))
    assert corrected.ordered_rounds()[1].phase == 0
