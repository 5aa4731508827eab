"""The verdict, second edition (issue 15): every rule, every boundary, first match wins."""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import amounts, plans

from planner.model import (
    PastWalk,
    Plan,
    Reopen,
    Reservation,
    Round,
    Side,
    Signal,
    SignalEvent,
    SignalKind,
    Status,
    Walk,
)
from planner.verdict import (
    CONDITIONS_UNMET,
    FINAL_OFFER,
    FIRST_TIME_TEST_FAILED,
    PRICE_PAST_RESERVATION,
    STALLED_PAST_RESERVATION,
    Verdict,
    assess,
    headroom,
)
from planner.verdict_words import VERDICT_TITLES, headline, headroom_text, reason_texts

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


def test_no_rounds_no_offer_nothing_green() -> None:
    result = assess(make_plan())
    assert result.headroom is None
    assert result.verdict is Verdict.NO_OFFER
    assert result.reasons == ()


def test_a_round_without_their_offer_proceeds_without_headroom() -> None:
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
    # Past the point and not final: don't accept, counter. Never walk on an opening ask.
    assert result.verdict is (Verdict.COUNTER if past else Verdict.PROCEED)


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


def test_the_car_dealers_opening_is_a_counter_then_final_is_a_walk() -> None:
    plan = make_plan(reservation="18500", rounds=[Round(day(1), their_offer=D("19900"))])
    opening = assess(plan)
    assert (opening.verdict, opening.reasons, opening.headroom) == (
        Verdict.COUNTER,
        (PRICE_PAST_RESERVATION,),
        D("-1400"),
    )
    assert VERDICT_TITLES[opening.verdict] == "DON'T ACCEPT — COUNTER"
    assert headline(plan, opening) == "Don't accept: EUR 1,400 apart. Counter at or below EUR 18,500."
    plan.rounds[0].final = True
    final = assess(plan)
    assert final.verdict is Verdict.WALK
    assert final.reasons == (PRICE_PAST_RESERVATION, FINAL_OFFER)


# -- conditions and the first-time test ---------------------------------------------


def test_unmet_condition_in_latest_round_counters_and_walks_once_final() -> None:
    result = assess(make_plan(rounds=[Round(day(1), their_offer=D("80"), unmet_conditions=["Warranty"])]))
    assert result.reasons == (CONDITIONS_UNMET,)
    assert result.verdict is Verdict.COUNTER
    assert result.unmet_conditions == ("Warranty",)
    final = assess(make_plan(rounds=[Round(day(1), their_offer=D("80"), unmet_conditions=["Warranty"], final=True)]))
    assert final.verdict is Verdict.WALK
    assert final.reasons == (CONDITIONS_UNMET, FINAL_OFFER)


def test_unmet_condition_only_in_an_earlier_round_does_not_count() -> None:
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
    assert result.verdict is Verdict.COUNTER


def test_reasons_in_contract_order() -> None:
    rounds = [
        Round(day(1), their_offer=D("101")),
        Round(day(2), their_offer=D("101"), unmet_conditions=["Warranty"], first_time_today=False, final=True),
    ]
    result = assess(make_plan(rounds=rounds, signals=[Signal(SignalKind.BAD_FAITH, 1)]))
    assert result.reasons == (
        PRICE_PAST_RESERVATION,
        CONDITIONS_UNMET,
        FIRST_TIME_TEST_FAILED,
        STALLED_PAST_RESERVATION,
        FINAL_OFFER,
    )
    assert result.verdict is Verdict.WALK


# -- final offers -------------------------------------------------------------------------


def test_final_without_an_offer_of_its_own_walks_on_the_earlier_price() -> None:
    """'Our last number is final': the latest round says final, the price is the earlier one."""
    rounds = [Round(day(1), their_offer=D("120")), Round(day(2), note="their last number is final", final=True)]
    result = assess(make_plan(rounds=rounds))
    assert result.headroom == D("-20")
    assert result.verdict is Verdict.WALK
    assert result.reasons == (PRICE_PAST_RESERVATION, FINAL_OFFER)


def test_final_inside_the_point_proceeds() -> None:
    result = assess(make_plan(rounds=[Round(day(1), their_offer=D("95"), final=True)]))
    assert result.verdict is Verdict.PROCEED
    assert result.reasons == ()


def test_final_only_on_an_earlier_round_is_a_counter() -> None:
    rounds = [Round(day(1), their_offer=D("130"), final=True), Round(day(2), their_offer=D("120"))]
    result = assess(make_plan(rounds=rounds))
    assert result.verdict is Verdict.COUNTER
    assert FINAL_OFFER not in result.reasons


def test_first_time_no_walks_without_final_and_lists_no_final_offer() -> None:
    rounds = [Round(day(1), their_offer=D("120"), first_time_today=False)]
    result = assess(make_plan(rounds=rounds))
    assert result.verdict is Verdict.WALK
    assert result.reasons == (PRICE_PAST_RESERVATION, FIRST_TIME_TEST_FAILED)


# -- stalled past the point ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("side", "previous", "latest", "stalled"),
    [
        (Side.BUY, "120", "120", True),  # the same offer
        (Side.BUY, "120", "125", True),  # moving away
        (Side.BUY, "120", "110", False),  # moving toward the point: a counter still works
        (Side.SELL, "80", "80", True),
        (Side.SELL, "80", "75", True),
        (Side.SELL, "80", "90", False),
    ],
)
def test_stalled_past_the_point(side: Side, previous: str, latest: str, stalled: bool) -> None:
    rounds = [Round(day(1), their_offer=D(previous)), Round(day(2), their_offer=D(latest))]
    result = assess(make_plan(side, rounds=rounds))
    assert (STALLED_PAST_RESERVATION in result.reasons) is stalled
    assert result.verdict is (Verdict.CONSIDER if stalled else Verdict.COUNTER)
    assert result.previous_offer == D(previous)


def test_not_stalled_inside_the_point_or_on_a_first_offer() -> None:
    inside = [Round(day(1), their_offer=D("95")), Round(day(2), their_offer=D("95"))]
    assert assess(make_plan(rounds=inside)).verdict is Verdict.PROCEED
    first = assess(make_plan(rounds=[Round(day(1), their_offer=D("120"))]))
    assert STALLED_PAST_RESERVATION not in first.reasons


def test_stalled_compares_offers_skipping_rounds_without_one() -> None:
    rounds = [
        Round(day(1), their_offer=D("120")),
        Round(day(2), note="a call about delivery"),
        Round(day(3), their_offer=D("120")),
    ]
    assert STALLED_PAST_RESERVATION in assess(make_plan(rounds=rounds)).reasons


def test_stalled_only_within_the_same_phase() -> None:
    rounds = [Round(day(1), their_offer=D("120")), Round(day(5), their_offer=D("120"), phase=1)]
    plan = reopened_plan(rounds)
    result = assess(plan)
    assert STALLED_PAST_RESERVATION not in result.reasons
    assert result.verdict is Verdict.COUNTER


def test_a_final_walk_beats_stalled_and_signals() -> None:
    rounds = [Round(day(1), their_offer=D("120")), Round(day(2), their_offer=D("120"), events=[BAD_FAITH], final=True)]
    result = assess(make_plan(rounds=rounds))
    assert result.verdict is Verdict.WALK
    assert result.reasons == (PRICE_PAST_RESERVATION, STALLED_PAST_RESERVATION, FINAL_OFFER, "signal:bad_faith")


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


def test_a_signal_beats_a_counter_and_both_are_reported() -> None:
    rounds = [Round(day(1), their_offer=D("120"), events=[BAD_FAITH])]
    result = assess(make_plan(rounds=rounds))
    assert result.verdict is Verdict.CONSIDER
    assert result.reasons == (PRICE_PAST_RESERVATION, "signal:bad_faith")


def test_the_first_time_test_beats_a_signal() -> None:
    rounds = [Round(day(1), their_offer=D("90"), events=[BAD_FAITH], first_time_today=False)]
    result = assess(make_plan(rounds=rounds))
    assert result.verdict is Verdict.WALK
    assert result.reasons == (FIRST_TIME_TEST_FAILED, "signal:bad_faith")


def test_every_standard_signal_is_reported_even_when_not_declared() -> None:
    keys = [s.key for s in assess(make_plan()).signals]
    assert keys == ["bad_faith", "unilateral_concessions", "authority", "scope_drift"]


# -- phases ----------------------------------------------------------------------------


def reopened_plan(rounds: list[Round], **kw) -> Plan:
    plan = make_plan(rounds=rounds, **kw)
    plan.walked = Walk(day(3), "Given a price of 130, we cannot go ahead.")
    plan.reopened = Reopen(day(4), "They called back")
    plan.status = Status.REOPENED
    return plan


def test_reasons_and_headroom_come_from_the_current_phase_signals_from_all() -> None:
    rounds = [
        Round(day(1), their_offer=D("130"), events=[BAD_FAITH], first_time_today=False),
        Round(day(9), their_offer=D("98"), phase=1),
    ]
    plan = reopened_plan(rounds)
    now = assess(plan)
    assert now.phase == 1
    assert now.headroom == D("2")
    assert now.rounds == 1
    # The renewed offer clears the point, but the bad faith before the walk still counts.
    assert now.verdict is Verdict.CONSIDER
    assert now.reasons == ("signal:bad_faith",)
    assert assess(plan, phase=1) == now
    before = assess(plan, phase=0)
    assert before.verdict is Verdict.WALK
    assert before.reasons == (PRICE_PAST_RESERVATION, FIRST_TIME_TEST_FAILED, "signal:bad_faith")


def test_a_reopened_phase_without_rounds_has_no_offer_unless_a_signal_fired() -> None:
    plan = reopened_plan([Round(day(1), their_offer=D("130"), first_time_today=False)])
    result = assess(plan)
    assert (result.verdict, result.reasons, result.headroom, result.rounds) == (Verdict.NO_OFFER, (), None, 0)
    signalled = reopened_plan([Round(day(1), their_offer=D("130"), events=[BAD_FAITH])])
    assert assess(signalled).verdict is Verdict.CONSIDER


def test_headroom_is_taken_in_the_phase_only() -> None:
    rounds = [Round(day(1), their_offer=D("130")), Round(day(9), our_offer=D("95"), phase=1)]
    result = assess(reopened_plan(rounds))
    assert result.headroom is None
    assert result.verdict is Verdict.PROCEED


def test_the_current_phase_after_walking_twice() -> None:
    rounds = [
        Round(day(1), their_offer=D("130")),
        Round(day(5), their_offer=D("95"), phase=1),
        Round(day(12), their_offer=D("110"), phase=2, final=True),
    ]
    plan = reopened_plan(rounds)
    plan.history = [PastWalk(plan.walked, plan.reopened)]  # type: ignore[arg-type]
    plan.walked = Walk(day(8), "Given a price of 110, we cannot go ahead.")
    plan.reopened = Reopen(day(11), "New budget")
    assert plan.current_phase == 2
    result = assess(plan)
    assert (result.phase, result.headroom, result.verdict) == (2, D("-10"), Verdict.WALK)
    assert assess(plan, phase=1).verdict is Verdict.PROCEED


def test_a_point_revised_after_the_walk_does_not_judge_the_renewed_offer() -> None:
    from datetime import UTC

    from planner.model import Commitment

    def signed(revision: int, value: str, when: date) -> Commitment:
        at = datetime(when.year, when.month, when.day, 12, tzinfo=UTC)
        return Commitment(revision, "Sam", at, "0" * 64, reservation_value=D(value), reason="moved" * (revision > 1))

    plan = reopened_plan([Round(day(1), their_offer=D("130")), Round(day(9), their_offer=D("105"), phase=1)])
    plan.commitments = [signed(1, "100", day(1)), signed(2, "110", day(6))]
    plan.reservation.value = D("110")
    result = assess(plan)
    assert result.point == D("100")  # committed before the walk
    assert (result.headroom, result.verdict) == (D("-5"), Verdict.COUNTER)


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
    assert VERDICT_TITLES[result.verdict] == "DON'T ACCEPT — COUNTER"
    assert headroom_text(plan, result) == "Their latest offer is EUR 0.01 per unit past your walk-away point."


def test_the_headline_says_what_to_do_next() -> None:
    assert headline(make_plan(), assess(make_plan())) == "Nothing to judge yet: log their first offer as a round."
    stalled = make_plan(rounds=[Round(day(1), their_offer=D("120")), Round(day(2), their_offer=D("120"))])
    assert "not moving toward your point" in headline(stalled, assess(stalled))
    signalled = make_plan(rounds=[Round(day(1), their_offer=D("90"), events=[BAD_FAITH])])
    assert headline(signalled, assess(signalled)) == "Bad faith seen once, your line was 1: consider walking."
    tested = make_plan(rounds=[Round(day(1), their_offer=D("90"), first_time_today=False)])
    assert "walk, with your script" in headline(tested, assess(tested))
    inside = make_plan(rounds=[Round(day(1), their_offer=D("90"))])
    assert headline(inside, assess(inside)) == "Inside your point by EUR 10: go on, aiming for your target."


# -- properties ---------------------------------------------------------------------------


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # plans() is large; the machine is shared
@given(plans(), st.randoms(use_true_random=False), st.sampled_from([None, 0, 1, 2]))
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
    assert (result.verdict is Verdict.COUNTER) == (room < 0)
