"""The brief a deal needs now, signed through a :class:`planner.signing.signer.Signer`, written atomically.

Above both documents (the walk-away brief in :mod:`planner.brief.document`, the follow-up
brief in :mod:`planner.brief.followup`), so that neither has to import the other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.brief.document import Brief, build_brief
from planner.model import Plan

if TYPE_CHECKING:
    from planner.signing.signer import Signer


def brief_for(plan: Plan, *, today: date, paper: str = "a4") -> Brief:
    """The brief a deal needs now (unsigned): the follow-up brief once reopened, else the walk-away brief."""
    if plan.reopened is not None:
        from planner.brief.followup import build_follow_up_brief

        return build_follow_up_brief(plan, today=today, paper=paper)
    return build_brief(plan, today=today, paper=paper)


def sign_brief(brief: Brief, now: datetime, *, signer: Signer | None = None) -> Brief:
    """Sign a committed brief with the signer's own key (made on first use).

    A commitment imported from elsewhere is not signed (:mod:`planner.signing.made_here`).
    ``signer`` signs the bytes (:class:`planner.signing.signer.InlineSigner`, here, by default).
    """
    if not brief.committed or brief.imported:
        return brief
    if signer is None:
        from planner.signing.signer import InlineSigner

        signer = InlineSigner()
    pdf = signer.sign(brief.pdf, signer=brief.signer, now=now, fingerprint=brief.fingerprint, box=brief.signature_box)
    return replace(brief, pdf=pdf, signed=True)


def export_brief(
    plan: Plan,
    target: str | Path,
    *,
    now: datetime,
    paper: str = "a4",
    sign: bool = True,
    built: Brief | None = None,
    signer: Signer | None = None,
) -> Brief:
    """Write the plan's brief (:func:`brief_for`; signed when committed) atomically to ``target``.

    ``built`` is that brief already built for ``now``'s day and ``paper`` (the window's
    live preview), so that exporting only has to sign and write; ``signer``, see :func:`sign_brief`.
    """
    from planner.atomic import atomic_write_bytes

    brief = built if built is not None else brief_for(plan, today=now.date(), paper=paper)
    if sign:
        brief = sign_brief(brief, now, signer=signer)
    atomic_write_bytes(target, brief.pdf, mode=0o600)
    return brief
