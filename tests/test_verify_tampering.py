"""Any changed byte of a signed brief is *altered* (exit 3): never "unreadable" (2), never a crash (1).

The signature covers the whole file but the hole the ByteRange leaves for ``/Contents``;
that hole holds the signature's DER and its zero padding, which must be exactly that
(poppler's ``pdfsig`` says "Not total document signed" otherwise). So a change anywhere
in the file, the hole included, is a change to what was signed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from briefs import NOW, commit_here, licence_plan
from helpers import run_cli

from planner.brief.export import export_brief
from planner.signing.verify import Verdict, verify_bytes

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")

#: Each position is changed with one of these (cycled): a low bit, the case bit, the top bit, all bits.
MASKS = (0x01, 0x20, 0x80, 0xFF, 0x10, 0x02, 0x40, 0x04)


def _signed_brief(tmp_path: Path) -> bytes:
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    brief = export_brief(plan, tmp_path / "brief.pdf", now=NOW)
    assert brief.signed
    return (tmp_path / "brief.pdf").read_bytes()


def _layout(data: bytes) -> dict[str, range]:
    """Where the structural parts of a signed brief are, found from the file itself."""
    byte_range = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert byte_range is not None
    _, length1, start2, _ = (int(v) for v in byte_range.groups())
    from asn1crypto.parser import peek

    der_hex = 2 * peek(bytes.fromhex(data[length1 + 1 : start2 - 1].decode()))
    sig_start = data.rfind(b" obj", 0, length1) - 6
    sig_end = data.index(b"endobj", start2) + 6
    first_xref = data.index(b"\nxref\n")
    first_eof = data.index(b"%%EOF", first_xref) + 5
    last_xref = data.rindex(b"\nxref\n")
    parts = {
        "header": range(0, 20),
        "signature dictionary": range(sig_start, length1 + 1),
        "ByteRange and the rest of it": range(start2 - 1, sig_end),
        "DER": range(length1 + 1, length1 + 1 + der_hex),
        "padding": range(length1 + 1 + der_hex, start2 - 1),
        "first xref and trailer": range(first_xref, first_eof + 1),
        "last xref and trailer": range(last_xref, len(data)),
    }
    for mark in (b"/SigFlags", b"/Perms", b"/FT /Sig", b"/AcroForm"):
        at = data.find(mark)
        assert at > 0, mark
        parts[mark.decode()] = range(max(0, at - 40), at + 60)
    return parts


def _positions(data: bytes) -> dict[int, str]:
    """A dense sample: every byte of the small structural parts, a stride through the large ones."""
    parts = _layout(data)
    strides = {"DER": 5, "padding": 9, "first xref and trailer": 3}
    chosen: dict[int, str] = {}
    for name, span in parts.items():
        step = strides.get(name, 1)
        picks = list(span[::step]) + list(span[:6]) + list(span[-6:])
        for index in picks:
            chosen.setdefault(index, name)
    for index in range(0, len(data), 401):  # fonts, content streams, objects: the rest of the file
        chosen.setdefault(index, "body")
    chosen.setdefault(len(data) - 1, "last byte")
    return chosen


def _flip(data: bytes, index: int, mask: int) -> bytes:
    return data[:index] + bytes([data[index] ^ mask]) + data[index + 1 :]


def test_every_changed_byte_is_altered(tmp_path: Path) -> None:
    data = _signed_brief(tmp_path)
    assert verify_bytes(data).verdict is Verdict.INTACT
    wrong = []
    for count, (index, part) in enumerate(sorted(_positions(data).items())):
        mask = MASKS[count % len(MASKS)]
        try:
            result = verify_bytes(_flip(data, index, mask))
            outcome = result.verdict.value
        except Exception as error:  # an exception is exactly the fault looked for
            outcome = f"{type(error).__name__}: {error}"
        if outcome != Verdict.ALTERED.value:
            wrong.append(f"{part} byte {index} ({data[index : index + 1]!r} ^ {mask:#04x}): {outcome}")
    assert not wrong, f"{len(wrong)} changed bytes not judged altered:\n" + "\n".join(wrong[:40])


def test_changed_bytes_exit_3_on_the_command_line(tmp_path: Path) -> None:
    data = _signed_brief(tmp_path)
    parts = _layout(data)
    byte_range = data.index(b"/ByteRange [") + len(b"/ByteRange [")
    spots = {
        "header": (1, 0x01),
        "a ByteRange digit": (byte_range + 2, 0x01),
        "a ByteRange space": (byte_range + 1, 0x01),
        "the DER": (parts["DER"][40], 0x01),
        "the DER's case": (next(i for i in parts["DER"] if chr(data[i]) in "ABCDEF"), 0x20),
        "the padding": (parts["padding"][-3], 0x01),
        "the last xref": (parts["last xref and trailer"][30], 0x01),
        "the trailer": (data.rindex(b"/Root") + 2, 0x01),
    }
    for what, (index, mask) in spots.items():
        target = tmp_path / "changed.pdf"
        target.write_bytes(_flip(data, index, mask))
        checked = run_cli("verify", target)
        assert checked.returncode == 3, f"{what}: {checked.returncode} {checked.stdout} {checked.stderr}"
        assert "document:    altered" in checked.stdout, what
        assert "your own key" not in checked.stdout, what  # a certificate in a broken signature vouches for nothing
        assert checked.stderr == "", what


def test_cut_or_lengthened_files_are_altered(tmp_path: Path) -> None:
    data = _signed_brief(tmp_path)
    for changed in (data[:-1], data[:-600], data + b"\n", data + b"% a note\n", b"\n" + data):
        assert verify_bytes(changed).verdict is Verdict.ALTERED


@needs_pdfsig
def test_padding_change_is_altered_as_pdfsig_says(tmp_path: Path) -> None:
    data = _signed_brief(tmp_path)
    padding = _layout(data)["padding"]
    for index, mask in ((padding[0], 0x01), (padding[len(padding) // 2], 0x01), (padding[-1], 0x01)):
        target = tmp_path / "padded.pdf"
        target.write_bytes(_flip(data, index, mask))
        poppler = subprocess.run(["pdfsig", str(target)], capture_output=True, text=True)
        assert "Not total document signed" in poppler.stdout or "Total document signed" not in poppler.stdout
        assert verify_bytes(target.read_bytes()).verdict is Verdict.ALTERED
