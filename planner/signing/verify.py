"""Check a signed brief: whether it is intact, who signed it with which key, and what it commits to.

*Intact* means all of these:

- the signature validates: the signed bytes are unchanged and the signature matches the
  certificate in it;
- it covers the entire file: nothing was appended after signing (an annotation added as
  an incremental update leaves the signed bytes alone, yet the document is no longer
  what was signed), and the one hole the signature leaves, ``/Contents``, holds exactly
  the signature (its DER, then zeros; poppler's ``pdfsig`` reports anything else as
  "Not total document signed");
- the page states the plan fingerprint the signature carries (printed and in the QR
  code: :mod:`planner.signing.page_statement`).

A file that carries a signature and fails any check, or no longer even reads as a PDF,
is *altered*: whatever byte was changed, it was a byte of what was signed. Only a file
with no trace of a signature can be *unsigned* or unreadable.

Who signed is the signing certificate's SHA-256 fingerprint, not its name (anyone can
make a key in anyone's name): :attr:`Verification.key` is the user's own or an accepted
key (:mod:`planner.signing.known_keys`), or None for a key they do not know.
"""

from __future__ import annotations

import io
import logging
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.errors import WalkawayError
from planner.signing.keys import SigningKeyError
from planner.signing.known_keys import KnownKey, certificate_fingerprint, known_key

if TYPE_CHECKING:  # pyHanko loads only when a signature is checked
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import PdfSignatureStatus

log = logging.getLogger("walkaway.verify")

#: Traces a signature leaves in a PDF. One changed byte can break one of them, never all.
SIGNATURE_MARKS = (
    b"/ByteRange",
    b"/Adobe.PPKLite",
    b"/ETSI.CAdES.detached",
    b"/adbe.pkcs7.detached",
    b"/DocMDP",
    b"/SigFlags",
    b"/FT /Sig",
    b"/Type /Sig",
)


class Verdict(StrEnum):
    INTACT = "intact"
    ALTERED = "altered"
    UNSIGNED = "unsigned"


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    detail: str
    signer: str = ""  # the name in the signing certificate: what the signer claims to be
    signed_at: datetime | None = None
    fingerprint: str = ""  # the plan fingerprint the signature carries
    key_fingerprint: str = ""  # SHA-256 of the signing certificate
    key: KnownKey | None = None  # the user's own or an accepted key; None: a key they do not know
    #: What the page prints when the signature carries no fingerprint (its first 16 hex digits).
    page_fingerprint: str = ""

    @property
    def intact(self) -> bool:
        return self.verdict is Verdict.INTACT

    @property
    def known(self) -> bool:
        """Intact and signed by the user's own key or one they accepted."""
        return self.intact and self.key is not None


class UnreadablePdf(WalkawayError):
    """Not a PDF, or one too damaged to read, with no trace of a signature in it."""


class _Altered(Exception):
    """A check failed: the detail says which."""


def carries_signature(data: bytes) -> bool:
    return any(mark in data for mark in SIGNATURE_MARKS)


def verify_pdf(path: str | Path, team_keys: Sequence[KnownKey] = ()) -> Verification:
    from planner.input_files import InputFileError, read_input_file
    from planner.limits import MAX_PDF_BYTES

    source = Path(path)
    try:  # a regular file, and no more than a brief could be: /dev/zero or a FIFO are refused at once
        data = read_input_file(source, MAX_PDF_BYTES, what="PDF")
    except InputFileError as error:
        raise UnreadablePdf(str(error)) from None
    return verify_bytes(data, str(source), team_keys)


def verify_bytes(data: bytes, name: str = "the file", team_keys: Sequence[KnownKey] = ()) -> Verification:
    if not carries_signature(data) and not _unmarked_signatures(data, name):
        return Verification(Verdict.UNSIGNED, _unsigned(data))
    found: dict[str, Any] = {}
    try:
        return _check_signed(data, found, team_keys)
    except _Altered as altered:
        return Verification(Verdict.ALTERED, str(altered), **found)
    except SigningKeyError:
        raise  # the user's own list of trusted keys is unreadable: theirs to fix, said as such
    except Exception as error:  # a changed byte can break any step of reading it
        where = traceback.extract_tb(error.__traceback__)[-1]
        log.info("a signed file no longer reads as one: %s at %s:%s", type(error).__name__, where.name, where.lineno)
        reason = _printable(str(error)) or type(error).__name__
        return Verification(Verdict.ALTERED, f"it no longer reads as a signed PDF ({reason})", **found)


def _unmarked_signatures(data: bytes, name: str) -> bool:
    """For a file with no signature marks: True if a signature is there all the same."""
    if data.lstrip()[:5] != b"%PDF-":
        raise UnreadablePdf(f"{name}: not a PDF file")
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return bool(PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures)
    except Exception as error:  # whatever stops the reader, the file is damaged
        raise UnreadablePdf(f"{name}: a damaged PDF ({_printable(str(error)) or type(error).__name__})") from None


def _unsigned(data: bytes) -> str:
    from planner.signing.page_statement import read_statement

    try:
        imported = read_statement(data).imported
    except Exception:  # an unsigned PDF that pypdf cannot read back: it is unsigned all the same
        imported = False
    if imported:
        return "the brief says its commitment was imported from another computer, and it is not signed"
    return "not signed"


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text)[:160]


def _check_signed(data: bytes, found: dict[str, Any], team_keys: Sequence[KnownKey] = ()) -> Verification:
    """Every check on a file that carries a signature; ``found`` collects what is known so far."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from planner.signing.sign import REASON_PREFIX

    signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    if not signatures:
        raise _Altered("the file holds a signature, but no longer one attached to the document")
    embedded = signatures[0]
    reason = str(embedded.sig_object.get("/Reason", ""))
    found["fingerprint"] = reason[len(REASON_PREFIX) :].strip().lower() if reason.startswith(REASON_PREFIX) else ""
    cert = embedded.signer_cert
    found["signer"] = str(cert.subject.native.get("common_name", ""))
    found["key_fingerprint"] = certificate_fingerprint(cert.dump())
    if len(signatures) > 1:
        raise _Altered("content was appended after signing")
    from planner.signing.contents import HoleError, check_hole

    try:
        check_hole(data, [int(v) for v in embedded.byte_range], embedded.pkcs7_content, cert)
    except HoleError as error:
        raise _Altered(str(error)) from None
    status = _validate(embedded)
    found["signed_at"] = status.signer_reported_dt
    if not (status.intact and status.valid):
        raise _Altered("signed bytes were changed after signing")
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage is not SignatureCoverageLevel.ENTIRE_FILE:
        raise _Altered("content was appended after signing")
    found["key"] = known_key(found["key_fingerprint"], team_keys)
    _check_page(data, found)
    return Verification(Verdict.INTACT, "the signature is valid and covers the entire file", **found)


def _validate(embedded: EmbeddedPdfSignature) -> PdfSignatureStatus:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    # The certificate is its own root: this checks the bytes and the signature, not who signed.
    context = ValidationContext(trust_roots=[embedded.signer_cert], allow_fetching=False)
    try:
        return validate_pdf_signature(embedded, context)
    except SignatureValidationError as error:
        raise _Altered(f"the signature cannot be checked ({_printable(str(error))})") from None


def _check_page(data: bytes, found: dict[str, Any]) -> None:
    """The page must state the fingerprint the signature carries (when the signature carries one)."""
    from planner.signing.page_statement import read_statement

    statement = read_statement(data)
    fingerprint = found["fingerprint"]
    if not fingerprint:  # not signed as a Walkaway commitment: nothing signed to compare the page with
        found["page_fingerprint"] = ", ".join(sorted(statement.printed))
        return
    if not statement.states(fingerprint):
        qr = "" if statement.printed != {fingerprint[:16]} else " (its QR code encodes another)"
        raise _Altered(f"{statement.describe()}{qr}, not the fingerprint signed ({fingerprint})")
