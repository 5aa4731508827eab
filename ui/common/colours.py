"""Every colour the window chooses itself, in one place, for light and dark palettes alike.

Qt's palette gives the ordinary colours (text, background, highlight) and follows the system's
light or dark mode. What it has no role for is defined here: the red, amber and green of the
verdicts, errors, warnings and good news, the lines of the charts, the ink of the signature pad.
Each comes in a light and a dark version, picked by the palette it is drawn on, and every text
colour is checked against the background it is drawn on: at least 4.5:1 (WCAG AA for normal text),
darkened or lightened further when an unusual palette would bring it below that.

The API (kept stable; the verdict banner uses it):

- ``verdict(kind, palette) -> (background, foreground)``: a verdict's banner colours; ``kind`` is a
  :class:`planner.verdict.Verdict` or its value (``"walk"``, ``"consider"``, ``"counter"``,
  ``"proceed"``, ``"no_offer"``; anything else gets the neutral pair);
- ``error(palette)``, ``warning(palette)``, ``success(palette)``: text on the window's background;
- ``notice(palette) -> (background, foreground, border)``: a passing notice (follow-ups due);
- ``series(name, palette)``: a chart line; ``ink(palette)``: the signature pad's pen;
- ``text_style(tone, palette)``: the one-line style sheet for a coloured label;
- ``follow_palette(widget, apply)``: call ``apply()`` again when the system palette changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: WCAG AA for normal text.
AA_TEXT = 4.5

# (light palette, dark palette) per tone: text drawn straight on the window's background.
_TEXT = {
    "error": ("#b3261e", "#ffb4ab"),
    "warning": ("#8a5300", "#ffc46b"),
    "success": ("#1e6b3a", "#7dd99a"),
}

# (background, foreground) per verdict, for a light and a dark palette.
_VERDICT_LIGHT = {
    "walk": ("#b3261e", "#ffffff"),
    "consider": ("#f2c94c", "#1f1f1f"),
    "counter": ("#f6a13a", "#1f1f1f"),
    "proceed": ("#1e7b46", "#ffffff"),
}
_VERDICT_DARK = {
    "walk": ("#8c1d18", "#ffffff"),
    "consider": ("#6b4f00", "#fff1c7"),
    "counter": ("#7a3e00", "#ffe2c4"),
    "proceed": ("#1b5e36", "#e6f4ea"),
}

# Chart lines: (light, dark). Lighter on dark backgrounds so that they stand out of them.
_SERIES = {
    "theirs": ("#c55a00", "#ffab5e"),
    "ours": ("#1f5f8b", "#7fb8e6"),
    "reservation": ("#a31515", "#ff8a80"),
    "target": ("#1e7b46", "#7dd99a"),
    "alternative": ("#7d3c98", "#d3a6ec"),
    "bar": ("#1565c0", "#82b1ff"),
    "package": ("#455a64", "#b0bec5"),  # slate: apart from the target's green
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's when ``None``) draws light text on a dark window."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 … 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, *backgrounds: QColor, ratio: float = AA_TEXT) -> QColor:
    """``colour``, darkened or lightened in steps until it reaches ``ratio`` against every background."""
    if all(contrast(colour, b) >= ratio for b in backgrounds):
        return colour
    darker = sum(luminance(b) for b in backgrounds) / max(len(backgrounds), 1) > 0.18
    hue, saturation, lightness, alpha = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF(), colour.alphaF()
    step = -0.04 if darker else 0.04
    candidate = QColor(colour)
    while 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        if all(contrast(candidate, b) >= ratio for b in backgrounds):
            return candidate
    return candidate


def _pick(pair: tuple[str, str], palette: QPalette) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def _text_backgrounds(palette: QPalette) -> tuple[QColor, QColor]:
    # Labels sit on the window; some (in tables, the editor's scroll area) on the base colour.
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)


def text_colour(tone: str, palette: QPalette | None = None) -> QColor:
    """The colour of text in ``tone`` (``error``, ``warning``, ``success``) on ``palette``'s backgrounds."""
    palette = palette or QApplication.palette()
    return readable(_pick(_TEXT[tone], palette), *_text_backgrounds(palette))


def error(palette: QPalette | None = None) -> QColor:
    """Text that says something went wrong or was refused."""
    return text_colour("error", palette)


def warning(palette: QPalette | None = None) -> QColor:
    """Text worth a second look (a point worse than the best alternative, a caution before signing)."""
    return text_colour("warning", palette)


def success(palette: QPalette | None = None) -> QColor:
    """Text with good news (an offer that meets the point)."""
    return text_colour("success", palette)


def verdict(kind: object, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """``(background, foreground)`` of a verdict's banner; the pair keeps at least 4.5:1."""
    palette = palette or QApplication.palette()
    key = str(getattr(kind, "value", kind))
    table = _VERDICT_DARK if is_dark(palette) else _VERDICT_LIGHT
    if key in table:
        background, foreground = (QColor(c) for c in table[key])
    else:  # no offer yet, or a verdict this module does not know: the palette's own quiet colours
        background = palette.color(QPalette.ColorRole.AlternateBase)
        foreground = palette.color(QPalette.ColorRole.WindowText)
    return background, readable(foreground, background)


def notice(palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """``(background, foreground, border)`` of a notice that asks for attention without alarm."""
    palette = palette or QApplication.palette()
    if is_dark(palette):
        background, foreground, border = QColor("#3d3000"), QColor("#ffecb3"), QColor("#b38600")
    else:
        background, foreground, border = QColor("#fff8e1"), QColor("#3e2723"), QColor("#ffb300")
    return background, readable(foreground, background), border


def series(name: str, palette: QPalette | None = None) -> QColor:
    """A chart line's colour (``theirs``, ``ours``, ``reservation``, ``target``, ``alternative``, ``bar``)."""
    palette = palette or QApplication.palette()
    return readable(_pick(_SERIES[name], palette), palette.color(QPalette.ColorRole.Base), ratio=3.0)


#: The signature's ink in the PNG that goes on the brief: always dark blue, as the page is white.
PRINT_INK = QColor("#141e5a")


def ink(palette: QPalette | None = None) -> QColor:
    """The signature pad's pen on the pad's base colour."""
    palette = palette or QApplication.palette()
    return readable(_pick(("#141e5a", "#c9d4ff"), palette), palette.color(QPalette.ColorRole.Base))


def css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def text_style(tone: str, palette: QPalette | None = None, *, bold: bool = False) -> str:
    """``color: …;`` for a label in ``tone``, for ``setStyleSheet``."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {css(text_colour(tone, palette))};{weight}"


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply()
        return False


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run ``apply()`` now and again whenever the system switches between light and dark."""
    _PaletteFollower(widget, apply)
    apply()


def tint(widget: QWidget, tone: str, *, bold: bool = False) -> None:
    """Colour ``widget``'s text in ``tone`` (``error``, ``warning``, ``success``), now and after a palette switch."""

    def apply() -> None:
        widget.setStyleSheet(text_style(tone, QApplication.palette(), bold=bold))

    follow_palette(widget, apply)
