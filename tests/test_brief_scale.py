"""Issue 17: the labels of the drawn scale never touch, however close the amounts are."""

from __future__ import annotations

from decimal import Decimal

from brief_plans import car_plan
from briefs import TODAY, overlapping_words, pdf_text
from followup_helpers import walked_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.brief.export import brief_for
from planner.brief.labels import ABOVE, BELOW, CLEAR, PAD, Label, Placer
from planner.brief.scale import scale_drawing
from planner.model import Side
from planner.reopen import reopened_plan

WIDTH = 535.0


def _measure(text: str, _font: str) -> float:
    return 4.2 * len(text)


def _collisions(labels: list[Label]) -> list[str]:
    """Labels that touch, leaders that cross a label, points a label does not span."""
    shown = [label for label in labels if label.shown]
    found = []
    for label in shown:
        right = label.left + label.width
        if label.left < -1e-6 or right > WIDTH + 1e-6:
            found.append(f"{label.key} leaves the drawing")
        if label.leader and not label.left + CLEAR - 1e-6 <= label.x <= right - CLEAR + 1e-6:
            found.append(f"{label.key} does not span its point")
        last = label.slot + len(label.rows) - 1
        for other in shown:
            if other is label or other.placed_side != label.placed_side:
                continue
            other_last = other.slot + len(other.rows) - 1
            apart = other.left >= right + PAD - 1e-6 or label.left >= other.left + other.width + PAD - 1e-6
            if other.slot <= last and label.slot <= other_last and not apart:
                found.append(f"{label.key} touches {other.key}")
            crosses = other.left - 1e-6 <= label.x <= other.left + other.width + 1e-6
            if label.leader and other_last < label.slot and crosses:
                found.append(f"the leader of {label.key} crosses {other.key}")
    return found


points = st.floats(min_value=8, max_value=WIDTH - 8, allow_nan=False)  # the scale keeps amounts 8 pt in
names = st.sampled_from(["Opening", "Target", "Best alternative", "Their walk-away (est.)", "Revised point"])
amounts = st.sampled_from(["EUR 18,500", "EUR 18,900", "USD 999,999,999,999,999.9999", "EUR 0"])


@st.composite
def label_sets(draw: st.DrawFn) -> list[Label]:
    ours = draw(points)
    labels = [
        Label("ours", ["Walk-away EUR 18,500"], ["Walk-away", "EUR 18,500"], "b", ours, side=BELOW, fixed_side=True)
    ]
    for n in range(draw(st.integers(0, 6))):
        name, amount = draw(names), draw(amounts)
        side = draw(st.sampled_from([ABOVE, BELOW]))
        labels.append(Label(f"m{n}", [f"{name} {amount}"], [name, amount], "r", draw(points), side=side))
    if draw(st.booleans()):
        a, b = sorted((draw(points), draw(points)))
        labels.append(Label("zone", ["zone of agreement"], [], "r", (a + b) / 2, span=(a, b)))
    labels.append(Label("walk", ["walk away"], [], "r", ours, span=(ours, WIDTH), optional=True, leader_ok=False))
    return labels


@settings(max_examples=300, deadline=None)
@given(label_sets())
def test_placed_labels_never_touch(labels: list[Label]) -> None:
    Placer(WIDTH, _measure).place(labels)
    assert all(label.shown for label in labels if not label.optional)
    assert _collisions(labels) == []


def test_a_crowd_at_one_spot_stacks_and_steps_out_with_leaders() -> None:
    labels = [
        Label("ours", ["Walk-away EUR 18,500"], ["Walk-away", "EUR 18,500"], "b", 200, side=BELOW, fixed_side=True)
    ]
    labels += [
        Label(f"m{n}", [f"Mark {n} EUR 18,50{n}"], [f"Mark {n}", f"EUR 18,50{n}"], "r", 200 + 3 * n) for n in range(5)
    ]
    placer = Placer(WIDTH, _measure)
    placer.place(labels)
    assert _collisions(labels) == []
    assert placer.slots_used(ABOVE) + placer.slots_used(BELOW) > 2  # stepped out, away from the line


def test_close_amounts_of_the_car_plan_stack_or_alternate() -> None:
    for side in (Side.BUY, Side.SELL):
        plan = car_plan(side)
        labels = scale_drawing(plan, WIDTH).labels
        assert _collisions(labels) == []
        by_key = {label.key: label for label in labels}
        assert by_key["ours"].placed_side == BELOW and by_key["zone"].shown


def test_amounts_on_one_spot_share_a_label() -> None:
    plan = car_plan(Side.BUY)
    plan.target = plan.opening = plan.alternatives[0].value = Decimal("18900")
    labels = scale_drawing(plan, WIDTH).labels
    assert any(label.rows[0].startswith("Best alternative, target, opening") for label in labels if label.shown)
    assert _collisions(labels) == []


def test_narrow_gaps_put_the_amount_under_the_name() -> None:
    plan = car_plan(Side.BUY)
    plan.opening, plan.target = Decimal("18300"), Decimal("18400")
    plan.alternatives[0].value = Decimal("18600")
    plan.their_side.walk_away = Decimal("18450")
    labels = [label for label in scale_drawing(plan, 260).labels if label.shown]
    assert any(len(label.rows) == 2 for label in labels)
    assert _collisions(labels) == []
    text = pdf_text(brief_for(plan, today=TODAY).pdf)
    assert "walk away" in text and overlapping_words(brief_for(plan, today=TODAY).pdf) == []


def test_the_follow_up_brief_draws_then_and_now_on_a_scale_without_collisions() -> None:
    plan = walked_plan("Annual software licences", TODAY)
    plan = reopened_plan(plan, at=TODAY, note="They called back", today=TODAY, renewed_offer=Decimal("42050"))
    plan.their_side.walk_away = Decimal("41900")
    brief = brief_for(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert "THEIR OFFERS THEN AND NOW, AGAINST THE POINT" in text
    assert "Then" in text and "Now" in text and "zone of agreement" in text
    assert overlapping_words(brief.pdf) == []
