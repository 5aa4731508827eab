"""Issue 17: the brief gives its space by priority, nothing important is cut while the page has room,
no words overlap, their side is on it, and the footer says what was shortened."""

from __future__ import annotations

from decimal import Decimal

import pytest
from brief_plans import SEVEN_CONDITIONS, TWO_SENTENCES, car_plan, issue_plans, salary_seven
from briefs import TODAY, overlapping_words, page_count, pdf_text, priority_violations, read_brief, widest_empty_band
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.brief.content import script_region
from planner.brief.document import walk_away_page
from planner.brief.export import brief_for
from planner.brief.fit import cut_region, min_scale
from planner.brief.fonts import register_fonts
from planner.model import Alternative, Side, Signal, SignalKind

PAPERS = ["a4", "letter"]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", sorted(issue_plans()))
def test_every_issue_plan_is_one_page_whole_and_without_overlaps(name: str, paper: str) -> None:
    plan = issue_plans()[name]
    brief = brief_for(plan, today=TODAY, paper=paper)
    read = read_brief(brief.pdf)
    text = read.text
    assert brief.committed and read.pages == 1
    assert read.overlaps == []
    for condition in plan.reservation.conditions:
        assert condition in text, condition
    assert " ".join(plan.reservation.rationale.split()) in text
    if plan.their_side.decision_maker:
        assert plan.their_side.decision_maker in text
    assert not brief.cut, "every issue plan fits whole"


@pytest.mark.parametrize("paper", PAPERS)
def test_seven_conditions_keep_their_size_and_the_rationale(paper: str) -> None:
    result = walk_away_page(salary_seven(), today=TODAY, paper=paper)
    text = pdf_text(result.pdf)
    assert all(f"☐ {c}" in text for c in SEVEN_CONDITIONS)
    assert f"Why this point: {TWO_SENTENCES}" in text
    blocks = {b.name: b for b in result.allotment.blocks}
    assert blocks["point"].scale == 1.0 and blocks["rationale"].scale == 1.0
    # Whatever had to give room gave it from the bottom of the list.
    shrunk = [b.priority for b in result.allotment.blocks if b.scale < 1.0 and b.name != "first_time"]
    assert shrunk == sorted(shrunk) and (not shrunk or min(shrunk) > blocks["first_time"].priority)


def test_no_quarter_page_left_empty_when_anything_is_shortened() -> None:
    plan = salary_seven()
    plan.alternatives = [Alternative(f"Offer number {n} from a recruiter", Decimal(90000 + n * 500)) for n in range(30)]
    result = walk_away_page(plan, today=TODAY)
    assert result.cut
    top, bottom = 100.0, 842 - 134.0  # below the title, above the signature block (pdfplumber counts from the top)
    assert widest_empty_band(result.pdf, top, bottom) < 40  # about three lines


@pytest.mark.parametrize("side", [Side.BUY, Side.SELL])
def test_close_amounts_on_the_scale_never_collide(side: Side) -> None:
    plan = car_plan(side)
    brief = brief_for(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert overlapping_words(brief.pdf) == []
    best = "18,900" if side is Side.BUY else "18,100"
    assert f"Best alternative EUR {best}" in text or ("Best alternative" in text and f"EUR {best}" in text)
    assert "Walk-away EUR 18,500" in text
    assert "zone of agreement" in text


def test_their_side_says_who_decides_their_point_and_the_zone() -> None:
    buying = pdf_text(brief_for(car_plan(Side.BUY), today=TODAY).pdf)
    assert "Who decides: Sales manager (Ms Brandt)" in buying
    assert "Not at the table: expect “I have to check”" in buying
    assert "Their likely walk-away point: EUR 17,900" in buying
    assert "Zone of agreement: a deal is possible between EUR 17,900 and EUR 18,500." in buying
    selling = pdf_text(brief_for(car_plan(Side.SELL), today=TODAY).pdf)
    assert "Who decides: M. Okafor At the table." in selling
    assert "a deal is possible between EUR 18,500 and EUR 19,200" in selling

    plan = car_plan(Side.BUY)
    plan.their_side.walk_away = Decimal("19000")  # they will not sell below what we would pay at most
    text = pdf_text(brief_for(plan, today=TODAY).pdf)
    assert "Zone of agreement: none: they would not go below EUR 19,000" in text
    assert "zone of agreement" not in text  # no band on the scale
    plan.their_side.decision_maker = plan.their_side.at_table = ""
    plan.their_side.walk_away = None
    text = pdf_text(brief_for(plan, today=TODAY).pdf)
    assert "Who decides? Not known yet: find out who can say yes before you meet" in text
    assert "Their likely walk-away point" not in text


def test_footer_names_what_was_shortened() -> None:
    plan = car_plan(Side.BUY)
    plan.alternatives = [Alternative(f"Dealer number {n}", Decimal(18000 + n)) for n in range(60)]
    result = walk_away_page(plan, today=TODAY)
    text = pdf_text(result.pdf)
    dropped = next(b for b in result.allotment.blocks if b.name == "alternatives")._cut().dropped_items
    assert dropped > 0
    assert f"… Shortened to fit: alternatives ({dropped} more), their side; the full text is in the plan." in text
    assert f"… and {dropped} more alternatives: see the plan" in text
    assert overlapping_words(result.pdf) == []


@pytest.mark.parametrize("extra", [0, 8, 14])
def test_shrinking_comes_before_cutting_and_from_the_bottom_of_the_list(extra: int) -> None:
    plan = salary_seven()
    plan.reservation.conditions = [f"Condition {n} with a fair amount of detail to read" for n in range(18 + extra)]
    plan.signals += [Signal(SignalKind.CUSTOM, 2, f"Custom signal {n}") for n in range(extra)]
    result = walk_away_page(plan, today=TODAY)
    blocks = result.allotment.blocks
    assert priority_violations(result.allotment) == []
    assert result.cut == (extra > 0)  # 18 conditions fit once the blocks below them are smaller
    if not result.cut:
        assert all(b.scale < 1.0 for b in blocks if b.name in ("script", "alternatives", "their_side"))
    text = pdf_text(result.pdf)
    assert all(c in text for c in plan.reservation.conditions)


def test_a_condition_is_never_cut_while_anything_less_important_is_on_the_page() -> None:
    plan = salary_seven()
    plan.reservation.conditions = [f"Condition {n}: " + "a long and detailed term " * 6 for n in range(45)]
    result = walk_away_page(plan, today=TODAY, paper="letter")
    text = pdf_text(result.pdf)
    assert result.cut and page_count(result.pdf) == 1
    assert "more conditions: see the plan" in text
    for heading in ("Why this point", "BEFORE EVERY CONCESSION", "SIGNALS TO WATCH", "IF YOU WALK", "WHERE THE POINT"):
        assert heading not in text
    assert "ALTERNATIVES" not in text and "THEIR SIDE" not in text
    assert text.count("Shortened to fit: conditions (") == 1
    assert overlapping_words(result.pdf) == []


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=0, max_value=90), st.sampled_from(["", "Thanks.", "×Ó Q", "A long reason " * 30]))
def test_a_cut_is_never_taller_than_its_room(room: float, said: str) -> None:
    """The allotment counts on it: parts too small for a share of the room are cut in reading order."""
    register_fonts()
    plan = car_plan(Side.BUY)
    plan.script.acknowledge = plan.script.reason = said
    region = script_region(plan, 535)
    cut = cut_region(region, min_scale(region.parts), room)
    assert cut.height <= room + 1e-6


def test_the_issue_plans_are_committed_here_and_signed() -> None:
    brief = brief_for(issue_plans()["car-buy"], today=TODAY)
    assert brief.committed and not brief.imported
    assert "SIGNED COMMITMENT" in pdf_text(brief.pdf)
