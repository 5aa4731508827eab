"""Check a signed brief: who signed, when, the fingerprint, and whether it is intact.

Intact means both: the signature validates (the signed bytes are unchanged and the
signature matches the certificate in it), AND it covers the entire file, so nothing
was appended after signing (an annotation or text added as an incremental update
leaves the signed bytes alone, yet the document is no longer what was signed).
Trust is not asked for: the certificate is the signer's own, self-signed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from planner.errors import WalkawayError
from planner.signing.sign import REASON_PREFIX


class Verdict(StrEnum):
    INTACT = "intact"
    ALTERED = "altered"
    UNSIGNED = "unsigned"


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    detail: str
    signer: str = ""
    signed_at: datetime | None = None
    fingerprint: str = ""

    @property
    def intact(self) -> bool:
        return self.verdict is Verdict.INTACT


class UnreadablePdf(WalkawayError):
    """Not a PDF, or one too damaged to read."""


def verify_pdf(path: str | Path) -> Verification:
    from planner.input_files import InputFileError, read_input_file
    from planner.limits import MAX_PDF_BYTES

    source = Path(path)
    try:  # a regular file, and no more than a brief could be: /dev/zero or a FIFO are refused at once
        data = read_input_file(source, MAX_PDF_BYTES, what="PDF")
    except InputFileError as error:
        raise UnreadablePdf(str(error)) from None
    return verify_bytes(data, str(source))


def verify_bytes(data: bytes, name: str = "the file") -> Verification:
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadablePdf(f"{name}: not a PDF file")
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
        raise UnreadablePdf(f"{name}: a damaged PDF ({error})") from None
    if not signatures:
        return Verification(Verdict.UNSIGNED, "not signed")
    return _judge(signatures, name)


def _judge(signatures: list, name: str) -> Verification:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    embedded = signatures[0]
    reason = str(embedded.sig_object.get("/Reason", ""))
    fingerprint = reason[len(REASON_PREFIX) :] if reason.startswith(REASON_PREFIX) else ""
    try:
        cert = embedded.signer_cert
        signer = cert.subject.native.get("common_name", "")
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(embedded, context)
    except (SignatureValidationError, ValueError, KeyError, TypeError) as error:
        return Verification(Verdict.ALTERED, f"the signature cannot be checked ({error})", fingerprint=fingerprint)
    signed_at = status.signer_reported_dt
    found = {"signer": signer, "signed_at": signed_at, "fingerprint": fingerprint}
    if not (status.intact and status.valid):
        return Verification(Verdict.ALTERED, "signed bytes were changed after signing", **found)
    if len(signatures) > 1 or status.coverage is not SignatureCoverageLevel.ENTIRE_FILE:
        return Verification(Verdict.ALTERED, "content was appended after signing", **found)
    return Verification(Verdict.INTACT, "the signature is valid and covers the entire file", **found)
