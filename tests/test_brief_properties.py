"""Whatever a plan holds, its brief is exactly one page, and "…" appears exactly when cut."""

from __future__ import annotations

from decimal import Decimal

from briefs import NOW, TODAY, page_count, pdf_text, smallest_font
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import plans

from planner.brief.document import build_brief
from planner.fingerprint import fingerprint
from planner.model import Alternative, Commitment, Signal, SignalKind

# Any printable text but the cut mark itself, so its presence means we cut.
long_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="…"), min_size=0, max_size=1500
)
words = st.lists(st.sampled_from(["walk", "away", "price", "term", "Ω", "дом", "<b>", "&", "x" * 30]), max_size=300)
any_text = st.one_of(long_text, words.map(" ".join))


@st.composite
def stuffed_plans(draw: st.DrawFn):
    plan = draw(plans())
    plan.title = draw(any_text.filter(lambda s: s.strip()))[:200] or "t"
    plan.counterparty = draw(any_text)
    plan.reservation.rationale = draw(any_text)
    plan.reservation.conditions = draw(st.lists(any_text, max_size=25))
    plan.alternatives = [
        Alternative(draw(any_text) or "a", draw(st.none() | st.decimals(0, 10**9, places=2)))
        for _ in range(draw(st.integers(0, 40)))
    ]
    plan.signals += [
        Signal(SignalKind.CUSTOM, draw(st.integers(1, 12)), f"{n} {draw(any_text)}")
        for n in range(draw(st.integers(0, 15)))
    ]
    plan.script.acknowledge, plan.script.reason, plan.script.door = (draw(any_text) for _ in range(3))
    plan.commitments = []
    if draw(st.booleans()):
        # Recorded as a plan file would hold it: commit() now refuses a plan past the limits
        # (25 conditions, 1,500-character names), and the brief has to print those too.
        signer = draw(any_text.filter(lambda s: s.strip()))[:200] or "s"
        conditions = list(plan.reservation.conditions)
        made = Commitment(1, signer, NOW, fingerprint(plan), conditions=conditions, side=plan.side)
        made.reservation_value = plan.reservation.value
        plan.commitments = [made]
    return plan


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stuffed_plans(), st.sampled_from(["a4", "letter"]))
def test_always_one_page_and_cut_mark_only_when_cut(plan, paper: str) -> None:
    brief = build_brief(plan, today=TODAY, paper=paper)
    assert page_count(brief.pdf) == 1
    assert smallest_font(brief.pdf) >= 6.99
    assert ("…" in pdf_text(brief.pdf)) == brief.cut


def test_amount_extremes_fit() -> None:
    from briefs import lease_plan

    plan = lease_plan()
    plan.reservation.value = Decimal("999999999999999.9999")
    plan.target = Decimal("-999999999999999.9999")
    brief = build_brief(plan, today=TODAY)
    assert page_count(brief.pdf) == 1
