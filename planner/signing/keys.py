"""The signer's key and self-signed certificate, one pair per signer name.

Kept under ``data_dir()/keys`` (folder 0700, files 0600), written atomically, so a
crash never leaves half a key. A certificate names exactly one signer; signing as
another name makes that name its own pair on first use.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from planner.atomic import atomic_write_bytes
from planner.errors import WalkawayError
from planner.paths import data_dir, private_dir

KEY_DIR_NAME = "keys"
CERT_YEARS = 10


class SigningKeyError(WalkawayError):
    """The stored key or certificate cannot be used (damaged, unreadable)."""


@dataclass(frozen=True, slots=True)
class Identity:
    signer: str
    key_path: Path
    cert_path: Path


def key_dir() -> Path:
    return data_dir() / KEY_DIR_NAME


def _stem(signer: str) -> str:
    # The name itself may hold any character; the file name must not.
    return "signer-" + hashlib.sha256(signer.encode("utf-8")).hexdigest()[:16]


def identity_for(signer: str) -> Identity | None:
    """The stored pair for ``signer``, or None when there is none yet."""
    folder = key_dir()
    stem = _stem(signer)
    key, cert = folder / f"{stem}.key.pem", folder / f"{stem}.cert.pem"
    return Identity(signer, key, cert) if key.exists() and cert.exists() else None


def common_name(signer: str) -> str:
    """The signer's name as the certificate holds it; the brief and the signature's /Name keep it whole.

    A certificate name holds at most 64 bytes of UTF-8, and pyHanko's checker (asn1crypto,
    RFC 4518) refuses names with characters Unicode 3.2 did not know (emoji) or with two
    writing directions mixed: the signature would then fail to check. Such a name is
    reduced to its Latin letters, or to "Walkaway signer".
    """
    latin = unicodedata.normalize("NFKD", signer).encode("ascii", "ignore").decode("ascii")
    for candidate in (_cut(signer), _cut(" ".join(latin.split()))):
        if candidate and _comparable(candidate):
            return candidate
    return "Walkaway signer"


def _cut(name: str) -> str:
    return name.encode("utf-8")[:64].decode("utf-8", errors="ignore").strip()


def _comparable(name: str) -> bool:
    from asn1crypto.x509 import Name  # pyHanko's own ASN.1 library, so the same rules apply

    try:
        Name.build({"common_name": name}).hashable  # noqa: B018 - preparing the name is the check
    except ValueError:
        return False
    return True


def ensure_identity(signer: str, now: datetime) -> Identity:
    """The pair for ``signer``; made (ECDSA P-256, SHA-256, self-signed) when missing."""
    found = identity_for(signer)
    if found is not None:
        return found
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    folder = private_dir(key_dir())  # every folder made on the way is private too
    os.chmod(folder, 0o700)
    # ECDSA P-256: instant to make and to load (RSA keys cost ~0.1 s per load in checks),
    # and poppler, Acrobat and pyHanko all verify it.
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name(signer))])
    start = now - timedelta(days=1)  # a clock slightly behind must not see a future certificate
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    stem = _stem(signer)
    key_path = atomic_write_bytes(
        folder / f"{stem}.key.pem",
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
        mode=0o600,
    )
    cert_path = atomic_write_bytes(
        folder / f"{stem}.cert.pem", cert.public_bytes(serialization.Encoding.PEM), mode=0o600
    )
    return Identity(signer, key_path, cert_path)


def certificate_der(identity: Identity) -> bytes:
    """The identity's certificate in DER (public: stored with the commitments it signs)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        return x509.load_pem_x509_certificate(identity.cert_path.read_bytes()).public_bytes(Encoding.DER)
    except (OSError, ValueError) as error:
        raise SigningKeyError(f"{identity.cert_path}: your certificate cannot be read ({error})") from None
