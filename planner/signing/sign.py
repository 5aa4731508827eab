"""Sign a finished brief: a PAdES certification signature that allows no later change.

The signature field's widget lies exactly over the signature block the brief draws,
with an empty appearance, so the block the reader sees *is* the signature field.
Importing this module loads pyHanko (about 0.4 s): import it where a signature is
about to be made (``walkaway brief`` imports it early in a worker: :mod:`planner.cli.sign_ahead`).
"""

from __future__ import annotations

import io
from datetime import datetime

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigFieldSpec, SigSeedSubFilter
from pyhanko.stamp import TextStampStyle

from planner.signing.keys import Identity, SigningKeyError, ensure_identity

FIELD_NAME = "WalkawayCommitment"
REASON_PREFIX = "Walkaway commitment, fingerprint sha256:"

Box = tuple[float, float, float, float]


def sign_as(signer: str, now: datetime, data: bytes, *, fingerprint: str, box: Box) -> bytes:
    """Sign ``data`` with ``signer``'s own key, made (for ``now``) on first use."""
    return sign_pdf(data, ensure_identity(signer, now), fingerprint=fingerprint, box=box)


def sign_pdf(data: bytes, identity: Identity, *, fingerprint: str, box: Box, page: int = 0) -> bytes:
    """Return ``data`` with a certification signature over all of it (an incremental update)."""
    # pyHanko's SimpleSigner.load has no annotations; it gives a SimpleSigner or None.
    signer: signers.SimpleSigner | None = signers.SimpleSigner.load(  # type: ignore[no-untyped-call]
        str(identity.key_path), str(identity.cert_path)
    )
    if signer is None:
        raise SigningKeyError(f"{identity.key_path}: the signing key cannot be read")
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
        reason=REASON_PREFIX + fingerprint,
        name=identity.signer,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
    )
    blank = TextStampStyle(stamp_text="", border_width=0)
    pdf_signer = signers.PdfSigner(
        meta,
        signer,
        # pyHanko annotates the box as whole numbers, but a PDF rectangle takes reals and it writes
        # them as given: the field lies exactly over the block the brief drew.
        new_field_spec=SigFieldSpec(FIELD_NAME, on_page=page, box=_points(box)),  # type: ignore[arg-type]
        stamp_style=blank,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    output = pdf_signer.sign_pdf(writer, output=io.BytesIO(), bytes_reserved=reserved_bytes(signer))
    signed: bytes = output.getvalue()
    return signed


def _points(box: Box) -> tuple[float, float, float, float]:
    left, bottom, right, top = (round(v, 2) for v in box)
    return left, bottom, right, top


def reserved_bytes(signer: signers.SimpleSigner) -> int:
    """Room for the CMS signature, so pyHanko need not make a trial signature to size it.

    Counted in hex digits, as pyHanko reserves it (two per byte). The CMS holds the
    certificate, and its issuer name twice more (signer identifier, signing-certificate
    attribute), which the certificate itself bounds; the other attributes, the algorithm
    names and the ECDSA value fit in 1 KiB. (The trial signature was half the time of
    signing a brief.)
    """
    certificate = signer.signing_cert
    if certificate is None:  # load() always sets it; a signer made otherwise might not
        raise SigningKeyError("the signing key has no certificate")
    return 2 * (2 * len(certificate.dump()) + 1024)
