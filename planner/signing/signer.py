"""Who signs a finished brief: the :class:`Signer` protocol, and the signer that signs here.

The brief (:func:`planner.brief.export.sign_brief`) asks a signer for the signed bytes and
knows nothing else of how they are made. :class:`InlineSigner`, the default, loads pyHanko
on first use and signs in this process; the command line may hand in a signer that made
itself ready in parallel (:mod:`planner.cli.sign_ahead`). Importing this module loads no
pyHanko.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

#: Where the signature field goes on the page, in PDF points: (left, bottom, right, top).
Box = tuple[float, float, float, float]


class Signer(Protocol):
    def sign(self, pdf: bytes, *, signer: str, now: datetime, fingerprint: str, box: Box) -> bytes:
        """``pdf`` with a certification signature by ``signer``'s own key (made for ``now`` on first use).

        Refusals (an unreadable key, say) are :class:`planner.errors.WalkawayError`, one line each.
        """
        ...


class InlineSigner:
    """Signs here, in this process (pyHanko loads on the first signature)."""

    def sign(self, pdf: bytes, *, signer: str, now: datetime, fingerprint: str, box: Box) -> bytes:
        from planner.signing.sign import sign_as

        return sign_as(signer, now, pdf, fingerprint=fingerprint, box=box)
