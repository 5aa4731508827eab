"""Then and now, and the walking record, on real stored deals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from followup_helpers import TODAY, walked_plan

from planner.fingerprint import fingerprint
from planner.model import Commitment, Round, SignalEvent, SignalKind, Status
from planner.services import record_outcome, reopen
from planner.services import walking_record as stored_walking_record
from planner.store import Store
from planner.then_and_now import then_and_now
from planner.verdict import assess


def _reopened(store: Store, offer: str, *, walked_days_ago: int = 5, days_later: int = 3) -> int:
    deal = store.add_plan(walked_plan(f"Deal {offer}", None, walked_days_ago=walked_days_ago))
    at = TODAY - timedelta(days=walked_days_ago - days_later)
    reopen(store, deal, at=at, note="They called back", today=TODAY, renewed_offer=Decimal(offer))
    return deal


def test_figures_for_a_buy_deal(store: Store) -> None:
    deal = _reopened(store, "41000")
    plan = store.get_plan(deal)
    plan.rounds[-1].events.append(SignalEvent(SignalKind.BAD_FAITH))
    plan.rounds[-1].unmet_conditions.append("Support included")
    store.save_plan(plan)
    view = then_and_now(store.get_plan(deal))
    assert (view.then.offer, view.now.offer) == (Decimal("46000"), Decimal("41000"))
    assert (view.then.shortfall, view.now.shortfall) == (Decimal("4000"), Decimal("-1000"))
    assert (view.then.meets_point, view.now.meets_point) == (False, True)
    assert view.improvement == Decimal("5000")
    assert view.improvement_percent == Decimal("11.9")  # 5,000 of 42,000
    assert view.conditions_now_met == ("Price locked for 3 years",)
    assert view.conditions_newly_unmet == ("Support included",)
    assert view.conditions_still_unmet == ()
    changed = {s.key: (s.then, s.now) for s in view.signals_changed}
    assert changed == {"bad_faith": (0, 1), "authority": (2, 0)}
    assert not view.point_revised
    # Signals count over every phase: the authority problem before the walk (2 of 2) and the bad faith
    # since (1 of 1) both fire, so the unmet condition's counter becomes "consider walking".
    assert view.assessment is not None and view.assessment.verdict.value == "consider"
    assert view.assessment.reasons == ("conditions_unmet", "signal:bad_faith", "signal:authority")
    assert view.assessment == assess(store.get_plan(deal))  # the one verdict every screen shows


def test_judged_against_the_point_committed_before_the_walk(store: Store) -> None:
    deal = _reopened(store, "43000")
    plan = store.get_plan(deal)
    # A revision after the walk moves the point to 44,000; the original 42,000 still judges.
    plan.reservation.value = Decimal("44000")
    plan.commitments.append(
        Commitment(
            revision=2,
            signer="Ana Costa",
            signed_at=datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC),
            fingerprint=fingerprint(plan),
            reason="Open-source support quote went up",
            reservation_value=Decimal("44000"),
        )
    )
    store.save_plan(plan)
    view = then_and_now(store.get_plan(deal))
    assert (view.original_point, view.current_point) == (Decimal("42000"), Decimal("44000"))
    assert view.point_revised and view.revision_reason == "Open-source support quote went up"
    assert view.now.shortfall == Decimal("1000") and view.now.meets_point is False
    # The room's rules, on the rounds since reopening, against the original point (and the
    # authority problem before the walk, which still counts): consider walking.
    from planner.then_and_now import renewed_judgement
    from planner.verdict import PRICE_PAST_RESERVATION, Verdict

    assert view.assessment is not None and view.assessment.verdict is Verdict.CONSIDER
    assert view.assessment.reasons == (PRICE_PAST_RESERVATION, "signal:authority") and view.assessment.rounds == 1
    assert view.assessment == assess(store.get_plan(deal))
    title, reasons = renewed_judgement(store.get_plan(deal), view)
    assert title.startswith("CONSIDER WALKING: ")
    assert reasons[0] == "Their latest offer, EUR 43,000, is EUR 1,000 past your walk-away point of EUR 42,000."


def test_sell_side_gap_is_mirrored(store: Store) -> None:
    from planner.model import Side

    plan = walked_plan("Sale", None, side=Side.SELL)
    plan.rounds = [Round(TODAY - timedelta(days=5), Decimal("40000"))]
    deal = store.add_plan(plan)
    reopen(store, deal, at=TODAY, note="New budget", today=TODAY, renewed_offer=Decimal("43000"))
    view = then_and_now(store.get_plan(deal))
    assert (view.then.shortfall, view.now.shortfall) == (Decimal("2000"), Decimal("-1000"))
    assert view.improvement_percent == Decimal("7.1")


def test_no_renewed_offer_yet(store: Store) -> None:
    deal = store.add_plan(walked_plan("Quiet", None))
    reopen(store, deal, at=TODAY, note="They emailed", today=TODAY)
    view = then_and_now(store.get_plan(deal))
    assert view.now.offer is None and view.improvement is None and view.improvement_percent is None
    # Nothing renewed to judge, but the authority problem before the walk still counts.
    assert view.assessment is not None and view.assessment.rounds == 0
    assert (view.assessment.verdict.value, view.assessment.reasons) == ("consider", ("signal:authority",))
    assert view.conditions_now_met == ()


def test_walking_record_medians(store: Store) -> None:
    a = _reopened(store, "41000", walked_days_ago=10, days_later=2)  # +11.9 %
    _reopened(store, "44000", walked_days_ago=10, days_later=4)  # +4.8 %
    c = _reopened(store, "45000", walked_days_ago=10, days_later=9)  # +2.4 %, then agreed at 40,000: +14.3 %
    record_outcome(store, c, Status.AGREED, at=TODAY, today=TODAY, amount=Decimal("40000"))
    record_outcome(store, a, Status.DROPPED, at=TODAY, today=TODAY)
    store.add_plan(walked_plan("Still walked", None))
    record = stored_walking_record(store)
    assert (record.walks, record.resumed_count) == (4, 3)
    assert record.median_days_to_resume == Decimal("4")
    assert record.median_improvement_percent == Decimal("11.9")
    assert (record.agreed_after_walking, record.dropped_after_walking) == (1, 1)


def test_empty_record(store: Store) -> None:
    record = stored_walking_record(store)
    assert record.walks == 0 and record.median_days_to_resume is None and record.median_improvement_percent is None


def test_unknown_side_of_offer_is_left_out_of_the_median(store: Store) -> None:
    deal = store.add_plan(replace(walked_plan("No offers", None), rounds=[]))
    reopen(store, deal, at=TODAY, note="Called", today=TODAY)
    record = stored_walking_record(store)
    assert record.resumed_count == 1 and record.median_improvement_percent is None


def test_lean_record_read_matches_full_plans(store: Store) -> None:
    from planner.demo import demo_plans
    from planner.walking_record import walking_record

    ids = store.add_plans(demo_plans(TODAY))
    _reopened(store, "41000")
    full = walking_record(store.get_plan(i) for i in [*ids, ids[-1] + 1])
    assert stored_walking_record(store) == full
    assert full.walks == 4 and full.resumed_count == 3


def test_renewed_offer_inside_the_point_proceeds_unless_a_signal_before_the_walk_fired(store: Store) -> None:
    deal = _reopened(store, "41000")
    view = then_and_now(store.get_plan(deal))
    assert view.assessment is not None and view.assessment.verdict.value == "consider"
    assert view.assessment.reasons == ("signal:authority",)
    assert view.assessment.headroom == Decimal("1000") == -view.now.shortfall
    plan = store.get_plan(deal)
    for round_ in plan.rounds:
        round_.events.clear()
    store.save_plan(plan)
    calm = then_and_now(store.get_plan(deal))
    assert calm.assessment is not None and calm.assessment.verdict.value == "proceed"
