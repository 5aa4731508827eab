"""The one hole a signature leaves in the signed ranges, ``/Contents``: it must hold the signature alone.

No signature covers its own bytes, so a change inside ``/Contents`` is invisible to the
digest. Two rules make such a change visible all the same:

- the hole is ``<``, upper- or lower-case hex digits (one case), ``>``; the digits are one
  DER-encoded CMS object followed by zeros only (poppler's ``pdfsig`` checks the same and
  says "Not total document signed" otherwise);
- that object is in *normal form*: every part the signature does not cover is the only
  value it can have. The signed attributes and the signature value are checked by the
  signature itself, the certificate by the signing-certificate attribute inside the
  signed attributes; everything else (versions, the digest algorithm set, the signer's
  identifier, the content type, algorithm parameters) is rebuilt here from those parts
  with asn1crypto, following RFC 5652, and must be byte for byte what the file holds.
"""

from __future__ import annotations

import re
from typing import Any

_HEX = re.compile(rb"(?:[0-9a-f]{2})*|(?:[0-9A-F]{2})*")


class HoleError(Exception):
    """The signature's place holds something other than the signature in normal form."""


def check_hole(data: bytes, byte_range: list[int], signature: bytes, signer_cert: Any) -> None:
    """Raise :class:`HoleError` unless the ranges leave one hole holding exactly ``signature``.

    ``signature`` is the ``/Contents`` value as the PDF reader decoded it (padding included).
    """
    from asn1crypto.parser import peek

    if len(byte_range) != 4 or byte_range[0] != 0 or min(byte_range) < 0:
        raise HoleError("the signed ranges are not the two the signature needs")
    _, length1, start2, length2 = byte_range
    if start2 + length2 < len(data):
        raise HoleError("content was appended after signing")
    if not length1 < start2 <= start2 + length2 == len(data):
        raise HoleError("the signed ranges do not match the file (cut, or moved)")
    hole = data[length1:start2]
    digits = hole[1:-1]
    if hole[:1] != b"<" or hole[-1:] != b">" or not _HEX.fullmatch(digits):
        raise HoleError("the signature's place holds more than the signature (not total document signed)")
    content = bytes.fromhex(digits.decode("ascii"))
    if content != signature:
        raise HoleError("the hole in the signed ranges is not where the signature is")
    length = peek(content)
    if content[length:].strip(b"\0"):
        raise HoleError("the room after the signature is not all zeros (not total document signed)")
    if content[:length] != normal_form(content[:length], signer_cert):
        raise HoleError("the signature's unsigned parts were changed")


def _algorithm(identifier: Any, kind: type) -> Any:
    """The algorithm with its parameters as signers write them: absent or NULL, nothing else.

    RSASSA-PSS alone has real parameters; they decide how the signature is checked, so a
    change to them fails the signature.
    """
    from asn1crypto import core

    parameters = identifier["parameters"]
    if identifier["algorithm"].native == "rsassa_pss":
        return kind({"algorithm": "rsassa_pss", "parameters": parameters})
    if not isinstance(parameters, core.Void | core.Null):
        raise HoleError("an algorithm of the signature carries unexpected parameters")
    rebuilt = {"algorithm": identifier["algorithm"].dotted}
    if isinstance(parameters, core.Null):
        rebuilt["parameters"] = core.Null()
    return kind(rebuilt)


def normal_form(der: bytes, signer_cert: Any) -> bytes:
    """The CMS object ``der`` rebuilt from its signed parts: one signer, its certificate, nothing else."""
    from asn1crypto import algos, cms

    info = cms.ContentInfo.load(der, strict=True)
    signed_data = info["content"]
    signer_infos = signed_data["signer_infos"]
    if info["content_type"].native != "signed_data" or len(signer_infos) != 1:
        raise HoleError("the signature is not one signer's signed data")
    if len(signed_data["certificates"]) != 1:  # a Walkaway key is its own certificate: no chain to carry
        raise HoleError("the signature carries other certificates than the signer's (not as Walkaway signs)")
    signer = signer_infos[0]
    digest = _algorithm(signer["digest_algorithm"], algos.DigestAlgorithm)
    by_key_id = signer["sid"].name == "subject_key_identifier"
    if by_key_id:
        sid = cms.SignerIdentifier({"subject_key_identifier": signer_cert.key_identifier_value})
    else:
        sid = cms.SignerIdentifier(
            {"issuer_and_serial_number": {"issuer": signer_cert.issuer, "serial_number": signer_cert.serial_number}}
        )
    rebuilt = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": cms.SignedData(
                {
                    "version": "v3" if by_key_id else "v1",  # RFC 5652, 5.1
                    "digest_algorithms": [digest],
                    "encap_content_info": {"content_type": "data"},  # detached: no content
                    "certificates": [signer_cert],
                    "signer_infos": [
                        cms.SignerInfo(
                            {
                                "version": "v3" if by_key_id else "v1",  # RFC 5652, 5.3
                                "sid": sid,
                                "digest_algorithm": digest,
                                "signed_attrs": signer["signed_attrs"],
                                "signature_algorithm": _algorithm(
                                    signer["signature_algorithm"], algos.SignedDigestAlgorithm
                                ),
                                "signature": signer["signature"],
                            }
                        )
                    ],
                }
            ),
        }
    )
    dumped: bytes = rebuilt.dump()  # asn1crypto has no types
    return dumped
