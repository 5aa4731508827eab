"""Colours in one place (ui/common/colours.py), readable on light and dark palettes (WCAG AA, 4.5:1)."""

from __future__ import annotations

import re

import pytest
from helpers import ROOT

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from planner.verdict import Verdict
from ui.common import colours


def palette(window: str, text: str, base: str) -> QPalette:
    made = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.AlternateBase, base),
    ):
        made.setColor(role, QColor(colour))
    return made


PALETTES = {
    "light": palette("#efefef", "#000000", "#ffffff"),
    "dark": palette("#2b2b2b", "#e8e8e8", "#1e1e1e"),
    "grey": palette("#808080", "#000000", "#8a8a8a"),  # an unusual theme: the colours adapt to it
    "high-contrast-dark": palette("#000000", "#ffffff", "#000000"),
}


def test_the_contrast_formula_is_wcags() -> None:
    assert colours.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert colours.contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", list(PALETTES))
def test_verdict_banners_keep_aa_contrast(qapp: QApplication, name: str) -> None:
    for kind in [*Verdict, "counter", "no_offer", "something new"]:
        background, foreground = colours.verdict(kind, PALETTES[name])
        assert colours.contrast(background, foreground) >= 4.5, (name, kind)


@pytest.mark.parametrize("name", list(PALETTES))
def test_message_colours_keep_aa_contrast_on_the_window_and_in_fields(qapp: QApplication, name: str) -> None:
    chosen = PALETTES[name]
    for tone in ("error", "warning", "success"):
        colour = colours.text_colour(tone, chosen)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert colours.contrast(colour, chosen.color(role)) >= 4.5, (name, tone, role)
    background, foreground, _border = colours.notice(chosen)
    assert colours.contrast(background, foreground) >= 4.5


def test_light_and_dark_get_their_own_shades(qapp: QApplication) -> None:
    light, dark = PALETTES["light"], PALETTES["dark"]
    assert colours.error(light) != colours.error(dark)
    assert colours.verdict(Verdict.WALK, light) != colours.verdict(Verdict.WALK, dark)
    assert colours.error(dark).lightnessF() > colours.error(light).lightnessF()


def test_no_colour_is_chosen_outside_the_one_place() -> None:
    """Hex colours and QColor literals live in ui/common/colours.py; the verdict banner is being redesigned
    on issue 15 with ``colours.verdict`` and is the one file left to convert."""
    allowed = {ROOT / "ui" / "common" / "colours.py", ROOT / "ui" / "room" / "verdict_banner.py"}
    literal = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*[\"'\d]|Qt\.GlobalColor\.(?:red|green|yellow)"
    )
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if literal.search(line.split("  #", 1)[0])
    ]
    assert not found, "colours chosen outside ui/common/colours.py:\n" + "\n".join(found)


def test_a_tinted_label_follows_a_switch_to_dark(qtbot, qapp: QApplication) -> None:
    label = QLabel("Refused")
    qtbot.addWidget(label)
    colours.tint(label, "error")
    before = qapp.palette()
    assert colours.css(colours.error(before)) in label.styleSheet()
    try:
        qapp.setPalette(PALETTES["dark"])
        qtbot.waitUntil(lambda: colours.css(colours.error(PALETTES["dark"])) in label.styleSheet())
    finally:
        qapp.setPalette(before)
