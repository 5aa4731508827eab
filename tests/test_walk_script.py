"""The walk-away script check and the suggested 'given X …' reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import plans

from planner.demo import demo_plans
from planner.model import Plan, Reservation, Round, Script, Side, Signal, SignalEvent, SignalKind, Status
from planner.verdict import assess
from planner.walk_script import check_script, is_concrete, script_text, suggest_reason

GOOD = Script(
    acknowledge="Thank you for the time your team gave this; the proposal was thorough.",
    reason="Given a price of EUR 46,000 against our limit of EUR 42,000, we cannot go ahead.",
    door="If anything changes on your side, please reach out; we would be glad to talk again.",
)


def codes(script: Script, conditions: list[str] | None = None) -> list[str]:
    return [p.code for p in check_script(script, conditions or [])]


def with_reason(reason: str) -> Script:
    return Script(GOOD.acknowledge, reason, GOOD.door)


def test_a_good_script_has_no_problems() -> None:
    assert check_script(GOOD) == []


@pytest.mark.parametrize(
    ("text", "code", "phrase"),
    [
        ("This is our final offer: EUR 40,000.", "ultimatum", "final offer"),
        ("EUR 40,000, take it or leave it.", "ultimatum", "take it or leave it"),
        ("Match EUR 40,000 or else we are done.", "ultimatum", "or else"),
        ("Given EUR 46,000 and the fact that you lied about the lock, no.", "accusation", "you lied"),
        ("Given EUR 46,000, you’ll regret this.", "threat", "you’ll regret"),
        ("Given EUR 46,000 our lawyers will be in touch.", "threat", "our lawyers"),
        ("Given EUR 46,000 this is a scam.", "accusation", "a scam"),
    ],
)
def test_threats_accusations_and_ultimatums_are_pointed_out(text: str, code: str, phrase: str) -> None:
    problems = check_script(with_reason(text))
    found = [p for p in problems if p.code == code]
    assert found, problems
    assert found[0].phrase.casefold() == phrase.casefold()
    assert found[0].part == "reason"
    assert text[found[0].start : found[0].end].casefold() == phrase.casefold()
    assert found[0].suggestion


def test_ultimatum_in_the_door_is_found_too() -> None:
    script = Script(GOOD.acknowledge, GOOD.reason, "Call me if you change your mind, but this is your last chance.")
    assert [p.part for p in check_script(script)] == ["door"]


def test_ordinary_words_are_not_mistaken_for_phrases() -> None:
    # "elsewhere", "finally", "offered" contain fragments of flagged phrases.
    script = with_reason("Given a price of EUR 46,000 finally offered, we will buy elsewhere.")
    assert check_script(script) == []


def test_vague_reason_gets_the_suggested_one() -> None:
    problems = check_script(with_reason("It just does not work for us."), suggested_reason="Given X, no.")
    assert [p.code for p in problems] == ["vague_reason"]
    assert "Given X, no." in problems[0].suggestion


def test_a_reason_naming_a_condition_is_concrete() -> None:
    conditions = ["Price locked for 3 years", "Landlord covers HVAC replacement"]
    assert codes(with_reason("Without the landlord covering the HVAC replacement, we cannot stay."), conditions) == []
    assert is_concrete("Given 60-day payment terms, no.")
    assert not is_concrete("Given where things are, no.", conditions)


def test_missing_parts() -> None:
    assert codes(Script("", "", "")) == ["no_reason", "no_door", "no_acknowledgement"]
    assert codes(Script(GOOD.acknowledge, GOOD.reason, "Goodbye.")) == ["no_door"]


def test_script_text_joins_the_parts() -> None:
    assert script_text(Script("A.", "", " C. ")) == "A.\n\nC."


def _plan(**kw) -> Plan:
    return Plan(
        title="Licences",
        counterparty="Vertex",
        side=Side.BUY,
        currency="EUR",
        unit="per year",
        reservation=Reservation(D("42000"), ["Price locked for 3 years"]),
        status=Status.NEGOTIATING,
        **kw,
    )


def test_suggested_reason_names_the_gap_the_condition_and_the_signal() -> None:
    plan = _plan(
        signals=[Signal(SignalKind.CUSTOM, 1, "New decision maker every call")],
        rounds=[
            Round(
                date(2026, 10, 1),
                D("46000"),
                unmet_conditions=["Price locked for 3 years"],
                events=[SignalEvent(SignalKind.AUTHORITY), SignalEvent(SignalKind.AUTHORITY)],
            ),
            Round(date(2026, 10, 2), events=[SignalEvent(SignalKind.CUSTOM, "New decision maker every call")]),
        ],
    )
    plan.rounds[1].unmet_conditions = ["Price locked for 3 years"]
    reason = suggest_reason(plan, assess(plan))
    assert reason.startswith("Given a price of EUR 46,000 per year against the most we can pay, EUR 42,000 per year")
    assert "no agreement on price locked for 3 years" in reason
    assert "agreements reached at the table were overridden 2 times" in reason
    assert "new decision maker every call (once)" in reason
    assert reason.endswith("we cannot go ahead with this deal as it stands.")


def test_suggested_reason_falls_back_to_the_plan_script() -> None:
    plan = _plan(rounds=[Round(date(2026, 10, 1), D("40000"))])
    plan.script.reason = "Given the budget freeze, we stop here."
    assert suggest_reason(plan, assess(plan)) == "Given the budget freeze, we stop here."


def test_selling_says_the_least_we_accept() -> None:
    plan = _plan(rounds=[Round(date(2026, 10, 1), D("41000"))])
    plan.side = Side.SELL
    assert "the least we can accept" in suggest_reason(plan, assess(plan))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # plans() is large; the machine is shared
@given(plans())
def test_our_own_suggestion_always_passes_the_check(plan: Plan) -> None:
    reason = suggest_reason(plan, assess(plan))
    if reason and reason != plan.script.reason.strip():
        problems = check_script(Script(GOOD.acknowledge, reason, GOOD.door), plan.reservation.conditions)
        # Custom labels are the user's words; only our own phrasing must be clean.
        assert not [p for p in problems if p.code not in ("threat", "accusation", "ultimatum")], problems


def test_demo_scripts_read_well() -> None:
    for plan in demo_plans(date(2026, 11, 27)):
        if plan.script.reason:
            assert check_script(plan.script, plan.reservation.conditions) == [], plan.title


def test_a_condition_whose_first_letter_lowers_to_two_characters_is_still_named() -> None:
    """Hypothesis found 'İAA¹': 'İ'.lower() is 'i' + a combining dot, which split the word in two."""
    plan = _plan(rounds=[Round(date(2026, 10, 1), D("40000"), unmet_conditions=["İAA¹"])])
    plan.reservation.conditions = ["İAA¹"]
    reason = suggest_reason(plan, assess(plan))
    assert "İAA¹" in reason
    assert not check_script(Script(GOOD.acknowledge, reason, GOOD.door), plan.reservation.conditions)
