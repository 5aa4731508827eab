"""The walk-away brief, and what every brief shares (:class:`Brief`, the signature block's facts).

Signing and writing a brief, and choosing which one a deal needs, are in :mod:`planner.brief.export`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.brief import fonts
from planner.brief.content import brief_regions, point_box_painter
from planner.brief.layout import brief_layout
from planner.brief.page import Box, PageResult, render_page
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
    if plan.commitment is not None:
        pieces.append(plan.commitment.signer)
    return "".join(pieces)


def build_brief(plan: Plan, *, today: date, paper: str = "a4") -> Brief:
    """The brief as PDF bytes (unsigned). Committed plans get the signature block, others DRAFT."""
    missing = fonts.prepare(all_user_text(plan))
    layout = brief_layout(paper)
    commitment = plan.commitment
    info = signature_info(plan)
    before = [point_box_painter(layout.point)] + ([] if info else [draft_watermark(*layout.page)])
    result = render_page(
        paper,
        brief_regions(plan, layout, today, commitment.revision if commitment else None),
        title=f"Walk-away brief: {plan.title}",
        subject="Walk-away brief",
        keywords=f"walkaway-fingerprint:{commitment.fingerprint}" if commitment else "walkaway-draft",
        footer=f"Walkaway walk-away brief · made {today.isoformat()} · one page, keep it with you",
        before=before,
        after=[signature_painter(layout.signature, info)],
    )
    return brief_from_page(result, plan, layout.signature, missing)


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
