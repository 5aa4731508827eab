"""Which commitments were made on this computer: only those are signed with the user's key.

A signed brief says "this person committed to this point, and here is their key". A
commitment imported from a plan file was made somewhere else, by its signer or by anyone
who wrote the file; signing it here, with a key made on the spot in the name the file
gives, would make the brief claim a commitment nobody made here. So every commitment made
here (commit, revise, the demo deals) is recorded in ``keys/made-here``, beside the key
that signs it, and the brief is signed only for a commitment found there. An imported
one gets an unsigned brief that says it was imported; revising it here (with a reason
and a new signature) makes a revision of this computer's own, which is signed.

One line per commitment: the SHA-256 of its revision, signer, time and plan fingerprint.
The file is as private as the key (same folder, 0600); each line is appended with one
``O_APPEND`` write, so two processes committing at once both keep theirs, and a line
torn by a crash matches nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC

from planner.commitment import IntegrityReport, check_integrity
from planner.model import Commitment, Plan
from planner.paths import private_dir
from planner.signing.keys import key_dir

FILE_NAME = "made-here"
#: What a brief of an imported commitment says in its signature block (``verify`` reads it back).
IMPORTED_LABEL = "IMPORTED COMMITMENT, NOT SIGNED HERE"
IMPORTED_NOTE = "Committed on another computer and imported: this brief is not signed."


def commitment_key(commitment: Commitment) -> str:
    """What identifies one commitment: revision, signer, the moment (UTC) and the plan fingerprint."""
    moment = commitment.signed_at
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    text = "\n".join(
        (
            "walkaway-commitment/1",
            str(commitment.revision),
            commitment.signer,
            moment.isoformat(),
            commitment.fingerprint,
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remember(commitments: Iterable[Commitment]) -> None:
    """Record commitments made here (before the plan holding them is saved: a failure saves nothing)."""
    lines = "".join(commitment_key(c) + "\n" for c in commitments)
    if not lines:
        return
    folder = private_dir(key_dir())  # a data folder made on the way is private too
    os.chmod(folder, 0o700)
    descriptor = os.open(folder / FILE_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, lines.encode("ascii"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def made_here_keys() -> frozenset[str]:
    """Every recorded commitment key (read once when checking many commitments)."""
    try:
        text = (key_dir() / FILE_NAME).read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if len(line.strip()) == 64)


def made_here(commitment: Commitment, recorded: frozenset[str] | None = None) -> bool:
    """True when ``commitment`` was made on this computer (by this user's Walkaway)."""
    return commitment_key(commitment) in (made_here_keys() if recorded is None else recorded)


@dataclass(frozen=True, slots=True)
class CommitmentCheck:
    """What to tell the user about a plan's commitment: does it match, and was it made here."""

    report: IntegrityReport
    imported: bool  # committed on another computer (its brief is not signed here)
    signer: str = ""

    @property
    def mark(self) -> str:
        """``!`` when the plan does not match its commitment's fingerprint (the deal list's mark)."""
        return "" if self.report.ok else "!"

    def warnings(self) -> list[str]:
        """The plan does not match its commitment: said wherever the deal shows."""
        return [] if self.report.ok else [self.report.message]

    def imported_note(self) -> str:
        """Said at import and on the brief: the commitment was made elsewhere, so it is not signed here."""
        if not self.imported:
            return ""
        return (
            f"The commitment signed by {self.signer} was made on another computer: its brief is not "
            "signed here. Revise the commitment to sign it with your own key."
        )


def check_commitment(plan: Plan, recorded: frozenset[str] | None = None) -> CommitmentCheck:
    """Integrity (:func:`planner.commitment.check_integrity`) and origin of ``plan``'s commitment."""
    commitment = plan.commitment
    imported = commitment is not None and not made_here(commitment, recorded)
    return CommitmentCheck(check_integrity(plan, imported=imported), imported, commitment.signer if commitment else "")
