"""The keys a brief may be signed with and count as known: the user's own, and those they accepted.

A certificate names whoever its maker typed, so a name proves nothing: anyone can make
a key "for" Sam Rivera. What identifies a key is its certificate's SHA-256 fingerprint.
The user's own certificates are the ``*.cert.pem`` files in ``keys/``; keys of other
people they accept (``walkaway trust CERT.pem|FINGERPRINT``) are listed in
``keys/trusted-keys.json`` (0600, written atomically), by fingerprint, with the name
the certificate gave (if one was given) and when it was accepted.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import WalkawayError
from planner.paths import private_dir
from planner.signing.keys import SigningKeyError, key_dir

if TYPE_CHECKING:
    from cryptography import x509

TRUSTED_FILE = "trusted-keys.json"
TRUSTED_FORMAT = "walkaway-trusted-keys/1"
_HEX64 = re.compile(r"[0-9a-f]{64}")


class TrustError(WalkawayError):
    """A key that cannot be accepted or removed as asked; nothing was changed."""


@dataclass(frozen=True, slots=True)
class KnownKey:
    fingerprint: str  # SHA-256 of the certificate (DER), 64 lowercase hex digits
    name: str  # the certificate's common name, "" when accepted by fingerprint alone
    own: bool  # the user's own key (in keys/), else one they accepted
    where: str = ""  # own: the certificate file; accepted: when (ISO date-time)
    #: A teammate's key: the role that stored it on the team server with a commitment ("" otherwise).
    team: str = ""


def certificate_fingerprint(der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate, over its DER encoding (as pdfsig and browsers show it)."""
    return hashlib.sha256(der).hexdigest()


def normalise_fingerprint(text: str) -> str | None:
    """``AB:CD:…``, ``ab cd …`` or ``sha256:abcd…`` as 64 lowercase hex digits, or None."""
    cleaned = re.sub(r"[\s:]", "", text.strip().lower().removeprefix("sha256:"))
    return cleaned if _HEX64.fullmatch(cleaned) else None


def _common_name(certificate: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def own_keys() -> list[KnownKey]:
    """The user's own signing certificates, one per signer name."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    found = []
    folder = key_dir()
    for path in sorted(folder.glob("signer-*.cert.pem")) if folder.is_dir() else []:
        try:
            certificate = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError):
            continue  # a damaged certificate signs nothing: keys.SigningKeyError says so when used
        fingerprint = certificate_fingerprint(certificate.public_bytes(Encoding.DER))
        found.append(KnownKey(fingerprint, _common_name(certificate), own=True, where=str(path)))
    return found


def _trusted_path() -> Path:
    return key_dir() / TRUSTED_FILE


def trusted_keys() -> list[KnownKey]:
    """The keys the user accepted, in the order they were accepted."""
    path = _trusted_path()
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        raise SigningKeyError(f"{path}: the list of keys you trust cannot be read ({error})") from None
    entries = content.get("keys") if isinstance(content, dict) else None
    if not isinstance(entries, list) or content.get("format") != TRUSTED_FORMAT:
        raise SigningKeyError(f"{path}: not a list of trusted keys ({TRUSTED_FORMAT})")
    found = []
    for entry in entries:
        fingerprint = normalise_fingerprint(str(entry.get("fingerprint", ""))) if isinstance(entry, dict) else None
        if fingerprint is None:
            raise SigningKeyError(f"{path}: an entry without a valid SHA-256 fingerprint")
        found.append(KnownKey(fingerprint, str(entry.get("name", "")), own=False, where=str(entry.get("added", ""))))
    return found


def _write_trusted(keys: list[KnownKey]) -> None:
    from planner.atomic import atomic_write_text

    folder = private_dir(key_dir())  # a data folder made on the way is private too
    folder.chmod(0o700)
    entries = [{"fingerprint": k.fingerprint, "name": k.name, "added": k.where} for k in keys]
    text = json.dumps({"format": TRUSTED_FORMAT, "keys": entries}, ensure_ascii=False, indent=2) + "\n"
    atomic_write_text(_trusted_path(), text, mode=0o600)


def known_key(fingerprint: str, team_keys: Sequence[KnownKey] = ()) -> KnownKey | None:
    """The user's own key or an accepted one with this certificate fingerprint (else one of
    ``team_keys``, the certificates stored with a team server's commitments), else None."""
    for key in [*own_keys(), *trusted_keys(), *team_keys]:
        if key.fingerprint == fingerprint:
            return key
    return None


def team_key(der: bytes, role: str) -> KnownKey:
    """A certificate stored on a team server with a commitment, by the role ``role``."""
    from cryptography import x509

    try:
        name = _common_name(x509.load_der_x509_certificate(der))
    except ValueError:
        name = ""
    return KnownKey(certificate_fingerprint(der), name, own=False, where="the team server", team=role)


def _certificates_in(path: Path) -> list[KnownKey]:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        data = path.read_bytes()
    except OSError as error:
        raise TrustError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        certificates = (
            x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [x509.load_der_x509_certificate(data)]
        )
    except ValueError:
        raise TrustError(f"{path}: not a certificate (PEM or DER)") from None
    return [
        KnownKey(certificate_fingerprint(c.public_bytes(Encoding.DER)), _common_name(c), own=False)
        for c in certificates
    ]


def trust(source: str, now: datetime) -> list[tuple[KnownKey, str]]:
    """Accept the key(s) of a certificate file, or a certificate fingerprint.

    Returns each key with what happened to it: ``"added"``, ``"already trusted"`` or ``"own"``.
    """
    fingerprint = normalise_fingerprint(source)
    path = Path(source).expanduser()
    if path.is_file():
        candidates = _certificates_in(path)
    elif fingerprint is not None:
        candidates = [KnownKey(fingerprint, "", own=False)]
    else:
        raise TrustError(f"{source}: neither a certificate file nor a SHA-256 fingerprint (64 hex digits)")
    own = {key.fingerprint: key for key in own_keys()}
    trusted = trusted_keys()
    outcome = []
    for candidate in candidates:
        if candidate.fingerprint in own:
            outcome.append((own[candidate.fingerprint], "own"))
            continue
        already = next((key for key in trusted if key.fingerprint == candidate.fingerprint), None)
        if already is not None:
            outcome.append((already, "already trusted"))
            continue
        added = KnownKey(candidate.fingerprint, candidate.name, own=False, where=now.isoformat(timespec="seconds"))
        trusted.append(added)
        outcome.append((added, "added"))
    if any(what == "added" for _, what in outcome):
        _write_trusted(trusted)
    return outcome


def distrust(text: str) -> KnownKey:
    """Stop accepting the key with this fingerprint; the user's own keys cannot be removed here."""
    fingerprint = normalise_fingerprint(text)
    if fingerprint is None:
        raise TrustError(f"{text}: not a SHA-256 fingerprint (64 hex digits)")
    if any(key.fingerprint == fingerprint for key in own_keys()):
        raise TrustError(f"{fingerprint} is your own key: it stays known while its files are in {key_dir()}")
    trusted = trusted_keys()
    kept = [key for key in trusted if key.fingerprint != fingerprint]
    if len(kept) == len(trusted):
        raise TrustError(f"{fingerprint} is not among the keys you trust (see 'walkaway trust --list')")
    _write_trusted(kept)
    return next(key for key in trusted if key.fingerprint == fingerprint)
