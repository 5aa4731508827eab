"""The one-page walk-away brief: content, safety of user text, fonts, cutting, atomic export."""

from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from briefs import NOW, TODAY, commit_here, lease_plan, licence_plan, page_count, pdf_text, smallest_font

from planner.brief.document import build_brief
from planner.brief.export import export_brief
from planner.brief.page import CUT_NOTE
from planner.brief.signature_block import short_fingerprint
from planner.model import Alternative, Side


def test_committed_brief_holds_the_key_texts_on_one_page() -> None:
    plan = licence_plan()
    made = commit_here(plan, "Alex Moreau", NOW)
    brief = build_brief(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert page_count(brief.pdf) == 1
    for expected in [
        "Annual licence renewal",
        "With Vertex Analytics",
        "We are buying · 2026-11-27 · plan revision 1",
        "Walk away above EUR 987,654.32 per year",
        "nine hundred eighty-seven thousand six hundred fifty-four EUR and 32/100",
        "☐ Price held for three years",
        "Budget ceiling for 2027.",
        "Walk-away EUR 987,654.32",  # the drawn scale
        "Target EUR 850,000",
        "Open-source stack plus support (EUR 910,000, 60% likely)",
        "first time today",
        "Bad faith",
        "1. Acknowledge: Thank you for the work on this.",
        "sixty seconds",
        "Alex Moreau",
        short_fingerprint(made.fingerprint),
    ]:
        assert expected in text, expected
    assert "DRAFT" not in text
    assert not brief.cut and "…" not in text


def test_uncommitted_brief_is_marked_draft() -> None:
    brief = build_brief(lease_plan(), today=TODAY)
    text = pdf_text(brief.pdf)
    assert "DRAFT — NOT COMMITTED" in text
    assert "draft, not committed" in text
    assert not brief.committed and brief.fingerprint == ""


def test_selling_plan_says_below() -> None:
    plan = licence_plan()
    plan.side = Side.SELL
    assert "Walk away below EUR 987,654.32 per year" in pdf_text(build_brief(plan, today=TODAY).pdf)


def test_letter_paper() -> None:
    import io

    from pypdf import PdfReader

    brief = build_brief(lease_plan(), today=TODAY, paper="letter")
    box = PdfReader(io.BytesIO(brief.pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)


def test_user_text_is_never_markup() -> None:
    plan = lease_plan()
    plan.title = "<b>Bold</b> & Sons"
    plan.counterparty = '<a href="file:///etc/passwd">link</a>'
    plan.reservation.conditions = ['<img src="/etc/passwd"/> condition', "Fish &amp; chips"]
    plan.script.reason = "<font size=40>big</font> <br/> &lt;"
    text = pdf_text(build_brief(plan, today=TODAY).pdf)
    assert "<b>Bold</b> & Sons" in text
    assert '<a href="file:///etc/passwd">link</a>' in text
    assert '<img src="/etc/passwd"/> condition' in text
    assert "Fish &amp; chips" in text
    assert "<font size=40>big</font> <br/> &lt;" in text


def test_export_opens_no_file_outside_our_resources(tmp_path: Path) -> None:
    """Run in a child process: an audit hook lists every file the export opens."""
    code = f"""
import sys, json
sys.path.insert(0, {str(Path(__file__).parent)!r})
from briefs import commit_here, lease_plan, NOW
from planner.brief.export import export_brief
plan = lease_plan()
plan.title = '<img src="/etc/hostname"/>'
plan.reservation.conditions = ['<a href="file:///etc/passwd">x</a>', '<img src="/etc/passwd">']
commit_here(plan, "Sam Rivera", NOW)
export_brief(plan, {str(tmp_path / "warm.pdf")!r}, now=NOW)  # imports and fonts load first
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
export_brief(plan, {str(tmp_path / "brief.pdf")!r}, now=NOW)
print(json.dumps(opened))
"""
    import json
    import os

    from helpers import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    opened = [p for p in json.loads(result.stdout) if not p.isdigit()]
    allowed = (str(ROOT / "resources"), str(tmp_path), os.environ["WALKAWAY_HOME"], sys.prefix, "/usr/lib/python3")
    outside = [p for p in opened if not p.startswith(allowed)]
    assert outside == []


def test_nothing_smaller_than_seven_points_even_when_squeezed() -> None:
    plan = lease_plan()
    plan.script.acknowledge = "We value the partnership. " * 120
    plan.alternatives = [Alternative(f"Option {n}", Decimal(17000 + n)) for n in range(30)]
    brief = build_brief(plan, today=TODAY)
    assert page_count(brief.pdf) == 1
    assert smallest_font(brief.pdf) >= 6.99


def test_long_texts_are_cut_least_important_first_with_a_mark_and_a_note() -> None:
    plan = lease_plan()
    plan.alternatives = [Alternative(f"Alternative number {n}", Decimal(20000 + n)) for n in range(40)]
    brief = build_brief(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert brief.cut and page_count(brief.pdf) == 1
    assert "more alternatives: see the plan" in text
    # Their side ranks below the alternatives: it went first; the footer names both.
    assert "THEIR SIDE" not in text
    assert "… Shortened to fit: alternatives (" in text and "more), their side; the full text is in the plan." in text
    for whole in ("1. Acknowledge: You have been a reliable landlord", "sixty seconds", "Five-year term at most"):
        assert whole in text

    plan.script.reason = "Given the price and the term " + "and the many other details " * 400 + "END-OF-REASON"
    text = pdf_text(build_brief(plan, today=TODAY).pdf)
    # Only once everything less important than the script is gone is the script cut, at a word.
    assert "END-OF-REASON" not in text and "details…" in text
    assert "Shortened to fit: script, scale, alternatives, their side; the full text is in the plan." in text
    assert "1. Acknowledge: You have been a reliable landlord" in text
    assert "sixty seconds" in text  # the rule on threats is never cut
    assert "Why this point: Comparable space on Pine Street" in text


def test_alternatives_best_first() -> None:
    plan = lease_plan()  # buying: the cheapest alternative is the best
    text = pdf_text(build_brief(plan, today=TODAY).pdf)
    assert text.index("1. Pine Street sublease") < text.index("2. Hybrid: smaller space")


def test_greek_and_cyrillic_render_with_the_bundled_font() -> None:
    plan = lease_plan()
    plan.counterparty = "Ελληνικά Ακίνητα"
    plan.script.door = "Если что-то изменится, позвоните."
    brief = build_brief(plan, today=TODAY)
    text = pdf_text(brief.pdf)
    assert "Ελληνικά Ακίνητα" in text
    assert "Если что-то изменится, позвоните." in text
    assert brief.missing_characters == set()


def _cjk_font_present() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":charset=4e2d", "file"], capture_output=True, text=True).stdout
    return any(line.strip().rstrip(":").lower().endswith((".ttf", ".ttc")) for line in found.splitlines())


@pytest.mark.skipif(not _cjk_font_present(), reason="no TrueType CJK font on this machine (fonts-wqy-microhei)")
def test_cjk_falls_back_to_a_system_font() -> None:
    from planner.brief import fonts

    plan = lease_plan()
    plan.counterparty = "中文房地产公司"
    brief = build_brief(plan, today=TODAY)
    assert "中文房地产公司" in pdf_text(brief.pdf)
    assert brief.missing_characters == set()
    assert fonts.fallback_names()


def test_characters_no_font_has_still_export_with_a_warning() -> None:
    plan = lease_plan()
    plan.reservation.rationale = "A private sign: \U0010fffd"
    brief = build_brief(plan, today=TODAY)
    assert page_count(brief.pdf) == 1
    assert brief.missing_characters == {"\U0010fffd"}
    assert "\U0010fffd" in brief.warnings[0]


def test_drawn_signature_is_placed_and_bad_images_are_ignored() -> None:
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGBA", (300, 90), (0, 0, 80, 255)).save(picture, "PNG")
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW, signature_png=picture.getvalue())
    with_image = build_brief(plan, today=TODAY).pdf
    assert b"/Subtype /Image" in with_image
    plan.commitments[0].signature_png = b"not a png at all"
    assert b"/Subtype /Image" not in build_brief(plan, today=TODAY).pdf


def test_brief_bytes_are_stable() -> None:
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    assert build_brief(plan, today=TODAY).pdf == build_brief(plan, today=TODAY).pdf


def test_export_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"the previous brief")
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr("planner.signing.sign.sign_pdf", broken)
    with pytest.raises(OSError):
        export_brief(plan, target, now=NOW)
    assert target.read_bytes() == b"the previous brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    monkeypatch.undo()
    export_brief(plan, target, now=NOW)
    assert page_count(target.read_bytes()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_poppler_renders_the_brief(tmp_path: Path) -> None:
    source = tmp_path / "brief.pdf"
    source.write_bytes(build_brief(lease_plan(), today=TODAY).pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(source), str(tmp_path / "page")], check=True)
    assert [p.name for p in tmp_path.glob("page*.png")] == ["page-1.png"]


def test_cut_note_only_when_cut() -> None:
    assert CUT_NOTE.startswith("…")
    assert "shortened" not in pdf_text(build_brief(lease_plan(), today=TODAY).pdf)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_qr_code_carries_the_full_fingerprint(tmp_path: Path) -> None:
    """Sample the printed modules at their centres and compare with the code of the fingerprint."""
    import segno
    from PIL import Image

    from planner.brief.layout import brief_layout
    from planner.brief.qr import qr_payload
    from planner.brief.signature_block import _PAD

    plan = licence_plan()
    made = commit_here(plan, "Alex Moreau", NOW)
    source = tmp_path / "brief.pdf"
    source.write_bytes(build_brief(plan, today=TODAY).pdf)
    dpi = 200
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(source), str(tmp_path / "page")], check=True)
    expected = segno.make(qr_payload(made.fingerprint), error="m", micro=False).matrix
    box = brief_layout("a4").signature
    size = box.height - 2 * _PAD
    left, bottom = box.x + box.width - _PAD - size, box.y + _PAD
    unit = size / (len(expected) + 8)
    with Image.open(tmp_path / "page.png") as page:
        gray = page.convert("L")
        page_height = gray.height
        for row, line in enumerate(expected):
            for col, dark in enumerate(line):
                x = (left + (col + 4.5) * unit) * dpi / 72
                y = page_height - (bottom + size - (row + 4.5) * unit) * dpi / 72
                assert (gray.getpixel((round(x), round(y))) < 128) == bool(dark), (row, col)


def test_walk_away_point_stays_the_largest_text_when_squeezed() -> None:
    import io

    import pdfplumber

    plan = lease_plan()  # with the most conditions a plan may hold (20)
    plan.reservation.conditions = [f"Condition {n} with a fair amount of detail to read" for n in range(20)]
    plan.reservation.rationale = "A long rationale. " * 80
    commit_here(plan, "Sam Rivera", NOW)  # no DRAFT watermark: it is larger on purpose
    with pdfplumber.open(io.BytesIO(build_brief(plan, today=TODAY).pdf)) as pdf:
        chars = pdf.pages[0].chars
    largest = max(c["size"] for c in chars)
    assert largest >= 16
    assert "".join(c["text"] for c in chars if c["size"] == largest).startswith("Walk away above")
