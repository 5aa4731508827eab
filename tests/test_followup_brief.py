"""The follow-up brief of a reopened deal: one page, its texts, signed when committed."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from followup_helpers import TODAY, commit_on, walked_plan
from helpers import run_cli
from pypdf import PdfReader

from planner.brief.export import export_brief
from planner.brief.followup import build_follow_up_brief
from planner.errors import WalkawayError
from planner.model import Round, SignalEvent, SignalKind
from planner.reopen import reopened_plan
from planner.signing.made_here import remember
from planner.signing.verify import verify_pdf
from planner.store import Store

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _reopened(**changes):  # type: ignore[no-untyped-def]
    plan = walked_plan("Annual software licences", TODAY)
    plan.script.acknowledge = "Your product has served our analysts well."
    plan.script.reason = "Given a price above 42,000 without a lock, we cannot renew."
    plan.script.door = "If pricing changes, please call me."
    commit_on(plan, TODAY - timedelta(days=30))  # sign the plan with its script
    remember(plan.commitments)  # committed on this computer
    plan = reopened_plan(
        plan,
        at=TODAY,
        note="They called back: new budget",
        today=TODAY,
        first_time_today=True,
        renewed_offer=Decimal("41000"),
    )
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


def _text(pdf: bytes) -> str:
    """The page's text, plus each half on its own so that two-column lines read whole."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
        page = document.pages[0]
        middle = page.width / 2
        halves = [page, page.crop((0, 0, middle, page.height)), page.crop((middle, 0, page.width, page.height))]
        return " | ".join(" ".join((part.extract_text() or "").split()) for part in halves)


def test_one_page_with_every_part() -> None:
    brief = build_follow_up_brief(_reopened(), today=TODAY)
    assert len(PdfReader(io.BytesIO(brief.pdf)).pages) == 1
    text = _text(brief.pdf)
    for expected in (
        "Follow-up: Annual software licences",
        "Walk away above EUR 42,000",  # the original point
        "Price locked for 3 years",  # the terms the renewed approach must meet
        "WHY WE WALKED ON 2026-11-22",
        "Given 4,000 above our limit, we cannot renew.",
        "They called back: new budget",
        "EUR 46,000",  # then
        "EUR 4,000 short of the walk-away point",
        "EUR 41,000",  # now
        "EUR 1,000 to spare",
        "Would I sign this if it walked in today",
        "On reopening you answered yes.",
        "SAYING YES",
        "at EUR 42,000 or less, with every condition above",
        "WALKING AGAIN",
        "Your product has served our analysts well.",
        "Authority problem: 2 before the walk, 0 since",  # one name per signal, as in the window
        # The verdict every screen shows: the authority problem before the walk still counts.
        "CONSIDER WALKING: Authority problem seen 2 times, your line was 2: consider walking.",
    ):
        assert expected in text, expected
    assert not brief.cut and "Changed since signing" not in text
    assert PdfReader(io.BytesIO(brief.pdf)).metadata.subject == "Follow-up brief"


def test_a_revised_point_shows_beside_the_original() -> None:
    plan = _reopened()
    plan.reservation.value = Decimal("44000")
    from planner.model import Commitment

    plan.commitments.append(
        Commitment(2, "Ana Costa", NOW, "0" * 64, reason="Support quote rose", reservation_value=Decimal("44000"))
    )
    text = _text(build_follow_up_brief(plan, today=TODAY).pdf)
    assert "Walk away above EUR 42,000" in text
    assert "Revised since to EUR 44,000 (Support quote rose)" in text


def test_long_texts_still_fit_one_page() -> None:
    plan = _reopened()
    plan.walked.reason = "Because " * 400
    plan.reservation.conditions = [f"Condition number {i}" for i in range(30)]
    plan.rounds.append(
        Round(TODAY, Decimal("41000"), phase=1, events=[SignalEvent(SignalKind.BAD_FAITH)] * 5, note="again")
    )
    brief = build_follow_up_brief(plan, today=TODAY)
    assert len(PdfReader(io.BytesIO(brief.pdf)).pages) == 1
    text = _text(brief.pdf)
    # The terms outrank everything else: all 30 stay, the long reason is cut at a word.
    assert all(f"Condition number {i}" in text for i in range(30))
    assert brief.cut and "Because…" in text and "Shortened to fit: why we walked" in text
    assert "more conditions" not in text


def test_signed_when_committed(tmp_path: Path) -> None:
    target = tmp_path / "follow-up.pdf"
    brief = export_brief(_reopened(), target, now=NOW)  # a reopened deal gets the follow-up brief
    assert "Walkaway follow-up brief" in _text(target.read_bytes())
    assert brief.signed
    result = verify_pdf(target)
    assert result.intact and result.signer == "Ana Costa"


def test_draft_when_not_committed() -> None:
    brief = build_follow_up_brief(_reopened(commitments=[]), today=TODAY)
    assert not brief.committed
    assert "DRAFT" in _text(brief.pdf)


def test_only_for_reopened_deals() -> None:
    with pytest.raises(WalkawayError, match="was not reopened"):
        build_follow_up_brief(walked_plan("Walked", TODAY), today=TODAY)


def test_cli_brief_of_a_reopened_deal_is_the_follow_up_brief(db_path: Path, tmp_path: Path) -> None:
    with Store(db_path) as store:
        reopened, walked = store.add_plans([_reopened(), walked_plan("Still walked", TODAY + timedelta(days=1))])
    target = tmp_path / "b.pdf"
    result = run_cli("brief", str(reopened), "--db", db_path, "-o", target)
    assert result.returncode == 0, result.stderr
    assert PdfReader(target).metadata.subject == "Follow-up brief"
    other = tmp_path / "w.pdf"
    assert run_cli("brief", str(walked), "--db", db_path, "-o", other).returncode == 0
    assert PdfReader(other).metadata.subject == "Walk-away brief"
