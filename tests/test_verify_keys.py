"""`verify` tells your own key (and keys you accepted) from a stranger's key in the same name.

A certificate names whoever its maker typed; only its fingerprint tells keys apart.
The plan fingerprint `verify` reports is the one the page states (printed and in the
QR code), checked against the one in the signature.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from briefs import NOW, commit_here, licence_plan
from helpers import run_cli

from planner.brief.document import build_brief
from planner.brief.export import export_brief
from planner.signing.keys import Identity, ensure_identity, identity_for


def _own_brief(tmp_path: Path) -> tuple[Path, str]:
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    target = tmp_path / "own.pdf"
    assert export_brief(plan, target, now=NOW).signed
    return target, plan.commitment.fingerprint


def _cert_fingerprint(identity: Identity) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = x509.load_pem_x509_certificate(identity.cert_path.read_bytes())
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def _stranger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> Identity:
    """A key made on another computer for the same name."""
    mine = os.environ["WALKAWAY_HOME"]
    monkeypatch.setenv("WALKAWAY_HOME", str(tmp_path / "elsewhere"))
    identity = ensure_identity(name, NOW)
    monkeypatch.setenv("WALKAWAY_HOME", mine)
    return identity


def _sign_forged(tmp_path: Path, identity: Identity, *, page_fingerprint: str, signed_fingerprint: str) -> Path:
    """A brief whose walk-away point was moved, stating ``page_fingerprint``, signed with ``identity``."""
    from decimal import Decimal

    from planner.signing.sign import sign_pdf

    forged = licence_plan()
    forged.reservation.value = Decimal("1987654.32")
    commit_here(forged, "Alex Moreau", NOW)
    forged.commitments[0].fingerprint = page_fingerprint
    brief = build_brief(forged, today=NOW.date())
    target = tmp_path / "forged.pdf"
    target.write_bytes(sign_pdf(brief.pdf, identity, fingerprint=signed_fingerprint, box=brief.signature_box))
    return target


def test_own_brief_shows_its_key_and_exits_0(tmp_path: Path) -> None:
    brief, fingerprint = _own_brief(tmp_path)
    key = _cert_fingerprint(identity_for("Alex Moreau"))
    checked = run_cli("verify", brief)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"key:         {key} (your own key)" in checked.stdout
    assert f"fingerprint: {fingerprint} (stated on the page and signed)" in checked.stdout
    assert "document:    intact" in checked.stdout


def test_a_stranger_key_in_your_name_is_intact_but_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, fingerprint = _own_brief(tmp_path)
    stranger = _stranger(tmp_path, monkeypatch, "Alex Moreau")
    forged = _sign_forged(tmp_path, stranger, page_fingerprint=fingerprint, signed_fingerprint=fingerprint)
    key = _cert_fingerprint(stranger)
    checked = run_cli("verify", forged)
    assert checked.returncode == 4, checked.stdout + checked.stderr
    assert "signer:      Alex Moreau" in checked.stdout
    assert f"key:         {key} (a key you do not know)" in checked.stdout
    assert "intact, but signed by a key you do not know: it claims to be Alex Moreau" in checked.stdout
    assert f"walkaway trust {key}" in checked.stdout


def test_trust_a_key_list_it_and_remove_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    colleague = _stranger(tmp_path, monkeypatch, "Sam Rivera")
    plan_fingerprint = "ab" * 32
    brief = _sign_forged(tmp_path, colleague, page_fingerprint=plan_fingerprint, signed_fingerprint=plan_fingerprint)
    key = _cert_fingerprint(colleague)
    assert run_cli("verify", brief).returncode == 4

    added = run_cli("trust", colleague.cert_path)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"Trusted: {key} “Sam Rivera”"
    trusted = run_cli("verify", brief)
    assert trusted.returncode == 0, trusted.stdout
    assert f"key:         {key} (a key you trust)" in trusted.stdout
    assert key in run_cli("trust", "--list").stdout
    assert run_cli("trust", key.upper()).stdout.startswith("Already trusted")

    removed = run_cli("trust", "--remove", key)
    assert removed.returncode == 0 and "No longer trusted" in removed.stdout
    assert run_cli("verify", brief).returncode == 4
    assert key not in run_cli("trust", "--list").stdout

    # By fingerprint, as another program shows it: upper case, colon-separated.
    colons = ":".join(key[i : i + 2] for i in range(0, 64, 2)).upper()
    assert run_cli("trust", colons).returncode == 0
    assert run_cli("verify", brief).returncode == 0


def test_own_keys_are_listed_and_cannot_be_removed(tmp_path: Path) -> None:
    _own_brief(tmp_path)
    own = _cert_fingerprint(identity_for("Alex Moreau"))
    listed = run_cli("trust", "--list")
    assert listed.returncode == 0
    assert f"{own}  own      Alex Moreau" in listed.stdout
    refused = run_cli("trust", "--remove", own)
    assert refused.returncode == 2
    assert "is your own key" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert run_cli("trust", "Alex Moreau").returncode == 2  # a name is not a key
    assert run_cli("trust", "--remove", "ab" * 32).returncode == 2
    (tmp_path / "not-a-cert.pem").write_text("hello")
    assert run_cli("trust", tmp_path / "not-a-cert.pem").returncode == 2


def test_page_stating_another_fingerprint_than_the_signed_one_is_altered(tmp_path: Path) -> None:
    """Signed with your own key, yet the page does not say what the signature does."""
    _, fingerprint = _own_brief(tmp_path)
    mine = identity_for("Alex Moreau")
    other = "cd" * 32
    forged = _sign_forged(tmp_path, mine, page_fingerprint=other, signed_fingerprint=fingerprint)
    checked = run_cli("verify", forged)
    assert checked.returncode == 3, checked.stdout
    assert "the page states CDCD CDCD CDCD CDCD" in checked.stdout
    assert fingerprint in checked.stdout


def test_qr_code_encoding_another_fingerprint_is_altered(tmp_path: Path) -> None:
    """The printed 16 digits agree; the QR code, which holds all 64, does not."""
    _, fingerprint = _own_brief(tmp_path)
    mine = identity_for("Alex Moreau")
    same_start = fingerprint[:16] + ("0" * 48 if fingerprint[16:] != "0" * 48 else "1" * 48)
    forged = _sign_forged(tmp_path, mine, page_fingerprint=same_start, signed_fingerprint=fingerprint)
    checked = run_cli("verify", forged)
    assert checked.returncode == 3, checked.stdout
    assert "QR code" in checked.stdout


def test_a_damaged_list_of_trusted_keys_is_said_plainly(tmp_path: Path) -> None:
    brief, _ = _own_brief(tmp_path)
    (Path(os.environ["WALKAWAY_HOME"]) / "keys" / "trusted-keys.json").write_text("{not json")
    checked = run_cli("verify", brief)
    assert checked.returncode == 2
    assert "trusted-keys.json" in checked.stderr and len(checked.stderr.strip().splitlines()) == 1


def test_a_stranger_signing_with_plain_pyhanko_is_unknown_not_altered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No Walkaway reason, another field, no certification: still intact, still not a key you know."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    stranger = _stranger(tmp_path, monkeypatch, "Alex Moreau")
    forged = licence_plan()
    commit_here(forged, "Alex Moreau", NOW)
    page = build_brief(forged, today=NOW.date()).pdf
    signer = signers.SimpleSigner.load(str(stranger.key_path), str(stranger.cert_path))
    signed = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(page)),
        signers.PdfSignatureMetadata(field_name="Elsewhere"),
        signer=signer,
    )
    target = tmp_path / "plain.pdf"
    target.write_bytes(signed.getvalue())
    checked = run_cli("verify", target)
    assert checked.returncode == 4, checked.stdout + checked.stderr
    assert f"fingerprint: {forged.commitment.fingerprint[:16]}… (stated on the page" in checked.stdout
    assert "it claims to be Alex Moreau" in checked.stdout
