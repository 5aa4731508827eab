"""The verdict rules of issue 5, every rule and every boundary."""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import amounts, plans

from planner.model import Plan, Reservation, Round, Side, Signal, SignalEvent, SignalKind, Status
from planner.verdict import (
    CONDITIONS_UNMET,
    FIRST_TIME_TEST_FAILED,
    PRICE_PAST_RESERVATION,
    Verdict,
    assess,
    headroom,
)
from planner.verdict_words import VERDICT_TITLES, headroom_text, reason_texts

BAD_FAITH = SignalEvent(SignalKind.BAD_FAITH)
CONCESSION = SignalEvent(SignalKind.UNILATERAL_CONCESSIONS)


def make_plan(side: Side = Side.BUY, reservation: str = "100", rounds: list[Round] | None = None, **kw) -> Plan:
    return Plan(
        title="Test deal",
        counterparty="Them",
        side=side,
        currency="EUR",
        reservation=Reservation(D(reservation), conditions=["Warranty", "Delivery in May"]),
        rounds=rounds or [],
        status=Status.NEGOTIATING,
        **kw,
    )


def day(n: int) -> date:
    return date(2026, 10, n)


# -- headroom ---------------------------------------------------------------------


def test_no_rounds_no_headroom_proceed() -> None:
    result = assess(make_plan())
    assert result.headroom is None
    assert result.verdict is Verdict.PROCEED
    assert result.reasons == ()


def test_no_offer_in_any_round_means_no_headroom() -> None:
    result = assess(make_plan(rounds=[Round(day(1), our_offer=D("90"))]))
    assert result.headroom is None
    assert result.verdict is Verdict.PROCEED


@pytest.mark.parametrize(
    ("side", "offer", "expected"),
    [
        (Side.BUY, "100", "0"),  # exactly at the point
        (Side.BUY, "100.01", "-0.01"),  # a cent past it
        (Side.BUY, "99.99", "0.01"),
        (Side.SELL, "100", "0"),
        (Side.SELL, "99.99", "-0.01"),  # selling: a cent below the least we accept
        (Side.SELL, "100.01", "0.01"),
    ],
)
def test_headroom_by_side(side: Side, offer: str, expected: str) -> None:
    result = assess(make_plan(side, rounds=[Round(day(1), their_offer=D(offer))]))
    assert result.headroom == D(expected)
    past = D(expected) < 0
    assert (PRICE_PAST_RESERVATION in result.reasons) is past
    assert result.verdict is (Verdict.WALK if past else Verdict.PROCEED)


def test_exactly_at_the_reservation_point_is_acceptable() -> None:
    for side in Side:
        result = assess(make_plan(side, reservation="18500", rounds=[Round(day(1), their_offer=D("18500.0000"))]))
        assert result.verdict is Verdict.PROCEED, side


def test_headroom_taken_on_latest_round_with_an_offer() -> None:
    rounds = [
        Round(day(1), their_offer=D("120")),
        Round(day(5), their_offer=D("95")),
        Round(day(9), our_offer=D("90"), note="no offer from them today"),
    ]
    result = assess(make_plan(rounds=rounds))
    assert result.headroom == D("5")
    assert result.their_offer == D("95")
    assert result.verdict is Verdict.PROCEED


def test_latest_is_by_date_not_by_entry_order() -> None:
    rounds = [Round(day(9), their_offer=D("95")), Round(day(1), their_offer=D("120"))]
    assert assess(make_plan(rounds=rounds)).headroom == D("5")


def test_earlier_round_past_the_point_does_not_count_once_a_later_offer_clears_it() -> None:
    rounds = [Round(day(1), their_offer=D("150")), Round(day(2), their_offer=D("100"))]
    assert assess(make_plan(rounds=rounds)).verdict is Verdict.PROCEED


# -- conditions and the first-time test ---------------------------------------------


def test_unmet_condition_in_latest_round_walks() -> None:
    result = assess(make_plan(rounds=[Round(day(1), their_offer=D("80"), unmet_conditions=["Warranty"])]))
    assert result.reasons == (CONDITIONS_UNMET,)
    assert result.verdict is Verdict.WALK
    assert result.unmet_conditions == ("Warranty",)


def test_unmet_condition_only_in_an_earlier_round_does_not_walk() -> None:
    rounds = [Round(day(1), unmet_conditions=["Warranty"]), Round(day(2), their_offer=D("80"))]
    assert assess(make_plan(rounds=rounds)).verdict is Verdict.PROCEED


def test_first_time_test_no_walks_and_unanswered_does_not() -> None:
    no = assess(make_plan(rounds=[Round(day(1), their_offer=D("80"), first_time_today=False)]))
    assert no.reasons == (FIRST_TIME_TEST_FAILED,)
    assert no.verdict is Verdict.WALK
    for answer in (True, None):
        result = assess(make_plan(rounds=[Round(day(1), their_offer=D("80"), first_time_today=answer)]))
        assert result.verdict is Verdict.PROCEED


def test_first_time_test_only_counts_in_the_latest_round() -> None:
    rounds = [Round(day(1), first_time_today=False), Round(day(2), first_time_today=True)]
    assert assess(make_plan(rounds=rounds)).verdict is Verdict.PROCEED


def test_latest_round_without_an_offer_still_carries_conditions() -> None:
    rounds = [Round(day(1), their_offer=D("80")), Round(day(2), unmet_conditions=["Delivery in May"])]
    result = assess(make_plan(rounds=rounds))
    assert result.headroom == D("20")
    assert result.reasons == (CONDITIONS_UNMET,)


def test_all_three_walk_reasons_in_contract_order() -> None:
    rounds = [Round(day(1), their_offer=D("101"), unmet_conditions=["Warranty"], first_time_today=False)]
    result = assess(make_plan(rounds=rounds))
    assert result.reasons == (PRICE_PAST_RESERVATION, CONDITIONS_UNMET, FIRST_TIME_TEST_FAILED)


# -- signals ------------------------------------------------------------------------


def test_default_thresholds_bad_faith_once_concessions_twice() -> None:
    one_bad = assess(make_plan(rounds=[Round(day(1), their_offer=D("90"), events=[BAD_FAITH])]))
    assert one_bad.verdict is Verdict.CONSIDER
    assert one_bad.reasons == ("signal:bad_faith",)

    one_concession = assess(make_plan(rounds=[Round(day(1), events=[CONCESSION])]))
    assert one_concession.verdict is Verdict.PROCEED
    assert one_concession.signal("unilateral_concessions").count == 1  # type: ignore[union-attr]
    # Counted over all rounds, not only the latest.
    two = assess(make_plan(rounds=[Round(day(1), events=[CONCESSION]), Round(day(2), events=[CONCESSION])]))
    assert two.verdict is Verdict.CONSIDER
    assert two.reasons == ("signal:unilateral_concessions",)


def test_custom_threshold_one_below_and_at() -> None:
    signals = [Signal(SignalKind.AUTHORITY, 3)]
    below = [Round(day(i), events=[SignalEvent(SignalKind.AUTHORITY)]) for i in (1, 2)]
    assert assess(make_plan(rounds=below, signals=signals)).verdict is Verdict.PROCEED
    at = [*below, Round(day(3), events=[SignalEvent(SignalKind.AUTHORITY)])]
    result = assess(make_plan(rounds=at, signals=signals))
    assert result.verdict is Verdict.CONSIDER
    counted = result.signal("authority")
    assert counted is not None
    assert (counted.count, counted.threshold, counted.triggered) == (3, 3, True)


def test_custom_signal_reason_carries_its_label() -> None:
    signals = [Signal(SignalKind.CUSTOM, 2, "Delivery slips")]
    event = SignalEvent(SignalKind.CUSTOM, "Delivery slips")
    one = assess(make_plan(rounds=[Round(day(1), events=[event])], signals=signals))
    assert one.verdict is Verdict.PROCEED
    two = assess(make_plan(rounds=[Round(day(1), events=[event, event])], signals=signals))
    assert two.reasons == ("signal:custom:Delivery slips",)
    assert two.verdict is Verdict.CONSIDER


def test_events_of_undeclared_custom_signals_are_not_counted() -> None:
    event = SignalEvent(SignalKind.CUSTOM, "Not declared")
    result = assess(make_plan(rounds=[Round(day(1), events=[event])]))
    assert result.verdict is Verdict.PROCEED
    assert all(s.count == 0 for s in result.signals)


def test_walk_reasons_beat_signals_and_both_are_reported() -> None:
    rounds = [Round(day(1), their_offer=D("120"), events=[BAD_FAITH])]
    result = assess(make_plan(rounds=rounds))
    assert result.verdict is Verdict.WALK
    assert result.reasons == (PRICE_PAST_RESERVATION, "signal:bad_faith")


def test_every_standard_signal_is_reported_even_when_not_declared() -> None:
    keys = [s.key for s in assess(make_plan()).signals]
    assert keys == ["bad_faith", "unilateral_concessions", "authority", "scope_drift"]


# -- phases ----------------------------------------------------------------------------


def test_phase_chooses_the_rounds_judged() -> None:
    rounds = [
        Round(day(1), their_offer=D("130"), events=[BAD_FAITH], first_time_today=False),
        Round(day(9), their_offer=D("98"), phase=1),
    ]
    plan = make_plan(rounds=rounds)
    renewed = assess(plan, phase=1)
    assert renewed.verdict is Verdict.PROCEED
    assert renewed.headroom == D("2")
    assert renewed.rounds == 1
    before = assess(plan, phase=0)
    assert before.verdict is Verdict.WALK
    # All rounds: the latest is the renewed offer, but the bad faith of phase 0 still counts.
    everything = assess(plan)
    assert everything.verdict is Verdict.CONSIDER
    assert everything.reasons == ("signal:bad_faith",)


def test_phase_with_no_rounds_proceeds() -> None:
    assert assess(make_plan(rounds=[Round(day(1), their_offer=D("130"))]), phase=1).verdict is Verdict.PROCEED


def test_datetime_and_date_rounds_order_together() -> None:
    rounds = [Round(datetime(2026, 10, 1, 15, 0), their_offer=D("99")), Round(day(1), their_offer=D("130"))]
    # The bare date sorts first on its day, so the 15:00 round is the latest.
    assert assess(make_plan(rounds=rounds)).headroom == D("1")


# -- words ------------------------------------------------------------------------------


def test_reasons_in_words_name_the_amounts() -> None:
    plan = make_plan(rounds=[Round(day(1), their_offer=D("100.01"), unmet_conditions=["Warranty"])], unit="per unit")
    result = assess(plan)
    words = reason_texts(plan, result)
    assert words[0] == (
        "Their latest offer, EUR 100.01 per unit, is EUR 0.01 per unit past your walk-away point of EUR 100 per unit."
    )
    assert "Warranty" in words[1]
    assert VERDICT_TITLES[result.verdict] == "WALK"
    assert headroom_text(plan, result) == "Their latest offer is EUR 0.01 per unit past your walk-away point."


# -- properties ---------------------------------------------------------------------------


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # plans() is large; the machine is shared
@given(plans(), st.randoms(use_true_random=False), st.sampled_from([None, 0, 1]))
def test_verdict_does_not_depend_on_signal_declaration_order(plan: Plan, rnd: random.Random, phase: int | None) -> None:
    before = assess(plan, phase)
    rnd.shuffle(plan.signals)
    after = assess(plan, phase)
    assert after == before


@given(st.sampled_from(list(Side)), amounts, amounts)
def test_headroom_is_exact_in_decimal(side: Side, reservation: D, offer: D) -> None:
    room = headroom(side, reservation, offer)
    assert isinstance(room, D)
    # Exact: adding back gives the other amount to the last digit, and nothing was rounded.
    if side is Side.BUY:
        assert room + offer == reservation
    else:
        assert reservation + room == offer
    assert room.as_tuple().exponent >= -4
    plan = make_plan(side, rounds=[Round(day(1), their_offer=offer)])
    plan.reservation.value = reservation
    result = assess(plan)
    assert result.headroom == room
    assert (result.verdict is Verdict.WALK) == (room < 0)
