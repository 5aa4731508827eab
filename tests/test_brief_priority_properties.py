"""Issue 17, for any plan: one page, no two words overlap, every condition printed whenever the page
has room for it, space given and taken by priority, and no empty band while anything was shortened."""

from __future__ import annotations

from decimal import Decimal

from briefs import (
    NOW,
    TODAY,
    commit_here,
    priority_violations,
    read_brief,
    widest_empty_band,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import plans

from planner.brief.document import walk_away_page
from planner.brief.followup import follow_up_page
from planner.brief.layout import brief_layout
from planner.model import Alternative, Signal, SignalKind

# Words that print as typed and read back the same, in three scripts, with markup characters.
WORDS = ["walk", "away", "price", "term", "service", "delivery", "Ω", "дом", "<b>", "&", "3-year", "x" * 30]
# Within the limits a plan may hold (planner.limits): names 200 characters, lines 500, notes 10,000.
name = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=15).map(" ".join)
long_text = st.one_of(st.just(""), sentence, st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join))
#: Headings of every block below the walk-away point, on either brief.
LOWER_HEADINGS = (
    "Why this point",
    "BEFORE EVERY CONCESSION",
    "SIGNALS TO WATCH",
    "IF YOU WALK",
    "WHERE THE POINT SITS",
    "ALTERNATIVES, BEST FIRST",
    "THEIR SIDE",
    "WHY WE WALKED",
    "ASK AGAIN",
    "THEIR OFFERS THEN AND NOW",
    "THEN AND NOW",
    "JUDGED AS IN THE ROOM",
    "SAYING YES",
    "WALKING AGAIN",
)


@st.composite
def near(draw: st.DrawFn, point: Decimal) -> Decimal:
    """An amount close to the walk-away point (labels that crowd the scale), or anywhere."""
    step = draw(st.sampled_from([Decimal(0), Decimal("0.01"), Decimal(1), point / 50, point / 3 + 1]))
    return max(Decimal(0), point + step * draw(st.integers(-3, 3))).quantize(Decimal("0.01"))


@st.composite
def brief_plans(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    plan = draw(plans())
    point = draw(st.decimals(min_value=1, max_value=10**9, places=2))
    plan.reservation.value = point
    plan.reservation.conditions = draw(
        st.lists(sentence, max_size=draw(st.sampled_from([3, 8, 20])), unique_by=str.casefold)
    )
    plan.reservation.rationale = draw(long_text)
    plan.opening, plan.target = draw(st.none() | near(point)), draw(st.none() | near(point))
    plan.alternatives = [
        Alternative(draw(name), draw(st.none() | near(point))) for _ in range(draw(st.integers(0, 30)))
    ]
    plan.signals += [
        Signal(SignalKind.CUSTOM, draw(st.integers(1, 9)), f"{n} {draw(name)}") for n in range(draw(st.integers(0, 8)))
    ]
    plan.script.acknowledge, plan.script.reason, plan.script.door = (draw(long_text) for _ in range(3))
    plan.their_side.decision_maker, plan.their_side.at_table = (
        draw(st.just("") | sentence),
        draw(st.just("") | sentence),
    )
    plan.their_side.walk_away = draw(st.none() | near(point))
    plan.commitments = []
    if draw(st.booleans()):
        commit_here(plan, draw(name), NOW)
    return plan


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(brief_plans(), st.sampled_from(["a4", "letter"]))
def test_any_plan_gets_one_page_by_priority(plan, paper: str) -> None:  # type: ignore[no-untyped-def]
    page = follow_up_page if plan.reopened is not None and plan.walked is not None else walk_away_page
    result = page(plan, today=TODAY, paper=paper)
    read = read_brief(result.pdf)
    text = read.text
    assert read.pages == 1
    assert read.overlaps == []
    assert priority_violations(result.allotment) == []

    point = next(b for b in result.allotment.blocks if b.name == "point")
    if point.is_cut:  # the page had no room for every condition: nothing less important is on it
        assert all(b.dropped for b in result.allotment.blocks if b is not point)
        assert not any(heading in text for heading in LOWER_HEADINGS)
    else:
        assert all(" ".join(c.split()) in text for c in plan.reservation.conditions)

    assert ("Shortened to fit:" in text or "Some texts were shortened" in text) == result.cut
    assert all(name in text for name in result.shortened[:1])
    if result.cut or any(b.scale < 1.0 for b in result.allotment.blocks):
        height = result.allotment.room
        body_top = brief_layout(paper).page[1] - (brief_layout(paper).content.y + height)
        assert widest_empty_band(read, body_top, body_top + height) < 40
