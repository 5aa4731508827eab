"""Plans and PDF readers shared by the commitment, brief and signing tests."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from planner.commitment import commit
from planner.model import Alternative, Commitment, Plan, Reservation, Script, Side
from planner.plans.files import read_plan_file

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 18, 30, tzinfo=UTC)


def lease_plan() -> Plan:
    """The office lease example: buying, two conditions, two alternatives, two rounds."""
    plan = read_plan_file(DATA / "office-lease.walkaway.json")
    plan.id = None
    return plan


def licence_plan() -> Plan:
    """A selling plan whose point has cents: the example from the issue text."""
    return Plan(
        title="Annual licence renewal",
        counterparty="Vertex Analytics",
        side=Side.BUY,
        currency="EUR",
        unit="per year",
        signer="Alex Moreau",
        reservation=Reservation(Decimal("987654.32"), ["Price held for three years"], "Budget ceiling for 2027."),
        target=Decimal("850000"),
        opening=Decimal("800000"),
        alternatives=[Alternative("Open-source stack plus support", Decimal("910000"), Decimal("0.6"))],
        script=Script("Thank you for the work on this.", "Given a price above the ceiling, we stop here.", "Call me."),
    )


def commit_here(plan: Plan, signer: str, now: datetime = NOW, *, signature_png: bytes | None = None) -> Commitment:
    """Commit ``plan`` as the user does on this computer: recorded as made here, so its brief is signed."""
    from planner.signing.made_here import remember

    made = commit(plan, signer, now, signature_png=signature_png)
    remember([made])
    return made


def pdf_text(data: bytes) -> str:
    """All text of the PDF with line breaks as spaces, so wrapped phrases match."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def smallest_font(data: bytes) -> float:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return min(char["size"] for page in pdf.pages for char in page.chars)
