"""Issue 19: the walk-away brief of a package plan: one page, a compact table of every term (weight,
worst acceptable, best) and the minimum score, placed right after the point's conditions and given
room before anything less important. Real PDFs, read back with pdfplumber."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from briefs import NOW, TODAY, commit_here, page_count, pdf_text
from helpers import DATA, run_cli

from planner.brief.document import build_brief
from planner.brief.signature_block import short_fingerprint
from planner.model import Issue, IssueKind, Plan
from planner.plans.files import read_plan_file


def package_plan(name: str) -> Plan:
    plan = read_plan_file(DATA / f"package-{name}.walkaway.json")
    plan.rounds, plan.id = [], None
    return plan


def _words_in_order(text: str, *phrases: str) -> bool:
    at = 0
    for phrase in phrases:
        at = text.find(phrase, at)
        if at < 0:
            return False
    return True


def test_a_committed_package_brief_names_every_term_on_one_page() -> None:
    plan = package_plan("salary")
    made = commit_here(plan, "Jordan Lee", NOW)
    brief = build_brief(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert page_count(brief.pdf) == 1 and not brief.cut
    for expected in [
        "Walk away below EUR 90,000 per year",
        "AND WALK AWAY IF THE PACKAGE SCORES BELOW 60 OF 100",
        "Term Weight Worst acceptable Best",
        "Price 50 · 50% EUR 90,000 per year EUR 110,000 per year",
        "Remote days (remote_days) 25 · 25% 0 days a week 5 days a week",
        "Title 25 · 25% Engineer (0) Staff Engineer (100)",
        short_fingerprint(made.fingerprint),
    ]:
        assert expected in text, expected
    # Right after the conditions, before "Why this point" and the rest of the page.
    assert _words_in_order(text, "Permanent contract", "PACKAGE SCORES BELOW 60", "Why this point:", "SIGNALS")


def test_the_car_brief_on_letter_paper_says_at_most_for_a_delivery() -> None:
    plan = package_plan("car")
    brief = build_brief(plan, today=TODAY, paper="letter")
    text = pdf_text(brief.pdf)
    assert page_count(brief.pdf) == 1
    assert "Warranty 30 · 30% 1 years 5 years" in text  # worst 1, best 5: the unit as the plan writes it
    assert "Delivery 20 · 20% 12 weeks 2 weeks" in text
    assert "Price 50 · 50% EUR 20,000 EUR 17,500" in text


def test_a_brief_without_a_package_has_no_table() -> None:
    plan = read_plan_file(DATA / "office-lease.walkaway.json")
    text = pdf_text(build_brief(plan, today=TODAY).pdf)
    assert "PACKAGE" not in text and "Worst acceptable" not in text


def test_the_largest_package_keeps_every_term_before_anything_less_important() -> None:
    """Twelve terms, twenty conditions and long texts: still one page, every term named."""
    plan = package_plan("car")
    plan.reservation.conditions = [f"Condition number {n}: written out at some length to take room" for n in range(20)]
    plan.reservation.rationale = "A long reason. " * 200
    plan.script.reason = "Given the price and the terms, we are not going to be able to move forward. " * 30
    labels = [f"Term {n} with a fairly long name" for n in range(12)]
    plan.issues = [
        Issue(f"t{n}", label, IssueKind.NUMBER, Decimal(n + 1), best=Decimal(10), worst=Decimal(0), unit="units")
        if n % 2
        else Issue(f"t{n}", label, IssueKind.OPTIONS, Decimal(n + 1), options={"Low": Decimal(0), "High": Decimal(100)})
        for n, label in enumerate(labels)
    ]
    brief = build_brief(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert page_count(brief.pdf) == 1
    for label in labels:
        assert label in text, label
    assert "PACKAGE SCORES BELOW 55 OF 100" in text
    assert brief.cut and "Shortened to fit" in text  # the rest gave way, not the package


def test_the_real_command_writes_a_one_page_package_brief(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.walkaway.json"
    from planner.plans.files import write_plan_file

    write_plan_file(package_plan("car"), plan_file)
    db = tmp_path / "deals.walkaway"
    assert run_cli("import", plan_file, "--db", db).returncode == 0
    assert run_cli("commit", "1", "--signer", "Ana Costa", "--db", db).returncode == 0
    out = tmp_path / "brief.pdf"
    result = run_cli("brief", "1", "--db", db, "-o", out)
    assert result.returncode == 0, result.stderr
    import pdfplumber

    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        assert len(pdf.pages) == 1
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    for term in ("Price", "Warranty", "Delivery", "BELOW 55 OF 100"):
        assert term in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_walk_away_point_stays_the_headline(paper: str) -> None:
    from briefs import smallest_font

    plan = package_plan("salary")
    brief = build_brief(plan, today=TODAY, paper=paper)
    assert smallest_font(brief.pdf) >= 6.99
    assert pdf_text(brief.pdf).index("Walk away below") < pdf_text(brief.pdf).index("PACKAGE SCORES")
