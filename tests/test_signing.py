"""The user's key, the PAdES certification signature, and `verify`'s verdicts (pdfsig agrees)."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from briefs import NOW, commit_here, licence_plan

from planner.brief.document import build_brief
from planner.brief.export import export_brief
from planner.paths import data_dir
from planner.plans.files import dump_plan
from planner.signing.keys import common_name, ensure_identity, identity_for, key_dir
from planner.signing.verify import UnreadablePdf, Verdict, verify_bytes, verify_pdf

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")


@pytest.fixture
def signed(tmp_path: Path) -> Path:
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    target = tmp_path / "brief.pdf"
    brief = export_brief(plan, target, now=NOW)
    assert brief.signed
    return target


def test_key_is_made_once_private_and_outside_the_plan() -> None:
    assert identity_for("Alex Moreau") is None
    first = ensure_identity("Alex Moreau", NOW)
    assert first.key_path.parent == key_dir() == data_dir() / "keys"
    assert stat.S_IMODE(os.stat(key_dir()).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(first.key_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(first.cert_path).st_mode) == 0o600
    key_bytes = first.key_path.read_bytes()
    assert ensure_identity("Alex Moreau", NOW) == first
    assert first.key_path.read_bytes() == key_bytes  # not made again
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    assert "PRIVATE KEY" not in dump_plan(plan)


def test_certificate_names_the_signer() -> None:
    from cryptography import x509

    identity = ensure_identity("Zoë Ångström", NOW)
    cert = x509.load_pem_x509_certificate(identity.cert_path.read_bytes())
    assert cert.subject.rfc4514_string() == "CN=Zoë Ångström"
    assert cert.issuer == cert.subject  # self-signed


def test_signed_brief_is_intact(signed: Path) -> None:
    result = verify_pdf(signed)
    assert result.verdict is Verdict.INTACT, result.detail
    assert result.signer == "Alex Moreau"
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    assert result.fingerprint == plan.commitment.fingerprint
    assert result.signed_at is not None


def test_the_longest_signer_name_fits_the_room_kept_for_the_signature(tmp_path: Path) -> None:
    # Four UTF-8 bytes a character, and longer than the 64 a certificate keeps: the largest certificate.
    name = "𝔄𝔫𝔫𝔞 " * 20
    plan = licence_plan()
    commit_here(plan, name, NOW)
    export_brief(plan, tmp_path / "long.pdf", now=NOW)
    result = verify_pdf(tmp_path / "long.pdf")
    assert result.verdict is Verdict.INTACT, result.detail
    assert result.signer == common_name(name)  # the certificate keeps 64 bytes of it


@pytest.mark.parametrize("name", ["Sam 😀 Rivera", "Yosef יוסף", "😀"])
def test_a_name_the_checker_cannot_compare_still_gives_an_intact_signature(name: str, tmp_path: Path) -> None:
    plan = licence_plan()
    commit_here(plan, name, NOW)
    export_brief(plan, tmp_path / "named.pdf", now=NOW)
    result = verify_pdf(tmp_path / "named.pdf")
    assert result.verdict is Verdict.INTACT, result.detail
    assert (
        result.signer
        == common_name(name)
        == {"Sam 😀 Rivera": "Sam Rivera", "Yosef יוסף": "Yosef"}.get(name, "Walkaway signer")
    )


def test_certification_allows_no_changes_and_the_field_is_the_signature_block(signed: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm

    with signed.open("rb") as stream:
        embedded = PdfFileReader(stream).embedded_signatures[0]
        assert embedded.docmdp_level is MDPPerm.NO_CHANGES
        widget = embedded.sig_field["/Kids"][0] if "/Kids" in embedded.sig_field else embedded.sig_field
        rect = [round(float(v)) for v in widget["/Rect"]]
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    box = build_brief(plan, today=NOW.date()).signature_box
    assert rect == [round(v) for v in box]


def _flip_byte_in_signed_range(data: bytes) -> bytes:
    """Change one byte of a content stream: inside the first signed range."""
    index = data.index(b"stream", 200) + 20
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def test_changed_byte_is_altered(signed: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_byte_in_signed_range(signed.read_bytes()))
    result = verify_pdf(tampered)
    assert result.verdict is Verdict.ALTERED


def test_appended_update_is_altered(signed: Path, tmp_path: Path) -> None:
    """An annotation added afterwards leaves the signed bytes alone, but the file is not what was signed."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    note = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 50, 80, 80)]),
            generic.NameObject("/Contents"): generic.TextStringObject("walk away at EUR 2,000,000 instead"),
        }
    )
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(writer.add_object(note))
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(out.getvalue())
    assert appended.read_bytes().startswith(signed.read_bytes())  # signed bytes untouched
    result = verify_pdf(appended)
    assert result.verdict is Verdict.ALTERED
    assert "appended" in result.detail


def test_unsigned_and_unreadable() -> None:
    draft = build_brief(licence_plan(), today=NOW.date()).pdf
    assert verify_bytes(draft).verdict is Verdict.UNSIGNED
    with pytest.raises(UnreadablePdf, match="not a PDF"):
        verify_bytes(b"hello")
    with pytest.raises(UnreadablePdf):
        verify_bytes(b"%PDF-1.7\n garbage without structure")


@needs_pdfsig
def test_pdfsig_judges_like_verify(signed: Path, tmp_path: Path) -> None:
    good = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True)
    assert "Signature is Valid." in good.stdout
    assert "Total document signed" in good.stdout
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_byte_in_signed_range(signed.read_bytes()))
    bad = subprocess.run(["pdfsig", str(tampered)], capture_output=True, text=True)
    assert "Signature is Valid." not in bad.stdout
    assert "Digest Mismatch." in bad.stdout or "Signature is Invalid." in bad.stdout
