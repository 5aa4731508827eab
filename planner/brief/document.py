"""The walk-away brief, and what every brief shares (:class:`Brief`, the signature block's facts).

Signing and writing a brief, and choosing which one a deal needs, are in :mod:`planner.brief.export`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.brief import fonts
from planner.brief.content import point_box_painter
from planner.brief.layout import brief_layout, lay_out
from planner.brief.page import Box, PageResult, named, render_page
from planner.brief.signature_block import SignatureInfo, draft_watermark, signature_painter
from planner.commitment import Integrity
from planner.model import Plan


@dataclass
class Brief:
    """A rendered brief. ``signature_box`` is where the signature field goes (PDF points)."""

    pdf: bytes
    cut: bool
    committed: bool
    fingerprint: str
    signature_box: tuple[float, float, float, float]
    signer: str = ""
    #: Characters no available font can draw; the brief still renders (as boxes).
    missing_characters: set[str] = field(default_factory=set)
    signed: bool = False
    #: The commitment was imported, not made on this computer: the brief is never signed here.
    imported: bool = False

    @property
    def warnings(self) -> list[str]:
        found = []
        if self.missing_characters:
            shown = " ".join(sorted(self.missing_characters)[:20])
            found.append(f"no font on this computer can draw these characters, printed as boxes: {shown}")
        return found


def all_user_text(plan: Plan) -> str:
    """Every text a user typed that a brief may print: what fonts.prepare() needs to see."""
    pieces = [plan.title, plan.counterparty, plan.unit, plan.reservation.rationale, plan.signer]
    pieces += plan.reservation.conditions
    pieces += [f"{a.name} {a.notes}" for a in plan.alternatives]
    pieces += [s.label for s in plan.signals]
    pieces += [plan.script.acknowledge, plan.script.reason, plan.script.door]
    pieces += [plan.their_side.decision_maker, plan.their_side.at_table]
    if plan.commitment is not None:
        pieces.append(plan.commitment.signer)
    return "".join(pieces)


def build_brief(plan: Plan, *, today: date, paper: str = "a4") -> Brief:
    """The brief as PDF bytes (unsigned). Committed plans get the signature block, others DRAFT."""
    missing = fonts.prepare(all_user_text(plan))
    result = walk_away_page(plan, today=today, paper=paper)
    return brief_from_page(result, plan, brief_layout(paper).signature, missing)


def walk_away_page(plan: Plan, *, today: date, paper: str = "a4") -> PageResult:
    """The walk-away brief's page, with how its space was given (``result.allotment``)."""
    layout = brief_layout(paper)
    commitment = plan.commitment
    info = signature_info(plan)
    page = lay_out(plan, paper, today, commitment.revision if commitment else None)
    before = [point_box_painter(page.point)] + ([] if info else [draft_watermark(*layout.page)])
    result = render_page(
        paper,
        page.regions,
        title=f"Walk-away brief: {plan.title}",
        subject="Walk-away brief",
        keywords=f"walkaway-fingerprint:{commitment.fingerprint}" if commitment else "walkaway-draft",
        footer=f"Walkaway walk-away brief · made {today.isoformat()} · one page, keep it with you",
        before=before,
        after=[named(signature_painter(layout.signature, info), "signature block")],
    )
    result.allotment = page.allotment
    return result


def signature_info(plan: Plan) -> SignatureInfo | None:
    """What the signature block shows for a committed plan (with a warning if it is not as signed)."""
    commitment = plan.commitment
    if commitment is None:
        return None
    from planner.signing.made_here import check_commitment

    check = check_commitment(plan)
    state = check.report.state
    return SignatureInfo(
        signer=commitment.signer,
        signed_at=commitment.signed_at,
        revision=commitment.revision,
        fingerprint=commitment.fingerprint,
        signature_png=commitment.signature_png,
        note="" if state is Integrity.INTACT else integrity_note(state, imported=check.imported),
        imported=check.imported,
    )


def brief_from_page(result: PageResult, plan: Plan, box: Box, missing: set[str]) -> Brief:
    """A rendered page as a :class:`Brief`, its signature field at ``box``."""
    from planner.signing.made_here import made_here

    commitment = plan.commitment
    return Brief(
        pdf=result.pdf,
        cut=result.cut,
        committed=commitment is not None,
        fingerprint=commitment.fingerprint if commitment else "",
        signature_box=(box.x, box.y, box.x + box.width, box.top),
        signer=commitment.signer if commitment else "",
        missing_characters=missing,
        imported=commitment is not None and not made_here(commitment),
    )


def integrity_note(state: Integrity, *, imported: bool = False) -> str:
    """The warning a signature block prints when the plan is not as signed."""
    if state is Integrity.TAMPERED:
        return "Warning: the stored walk-away point is not shown to be the signed one."
    if imported:
        return "Warning: the plan does not match the fingerprint it was imported with."
    return "Changed since signing: revise the commitment to sign the current plan."


# The names planner.brief.followup imported before they were public.

__all__ = ["Box", "Brief", "all_user_text", "build_brief", "integrity_note"]
