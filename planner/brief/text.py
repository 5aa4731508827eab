"""User text as ReportLab paragraph markup: always literal, never markup of its own.

``<b>``, ``<a href=…>``, ``<img src=…>`` and ``&`` typed by a user are escaped, so
they print as typed and can never make ReportLab open a file or a link. Runs of
characters the bundled font lacks are wrapped in the fallback font that has them.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from planner.brief.fonts import REGULAR, font_for

ELLIPSIS = "…"


def clean(text: str) -> str:
    """One paragraph of text: whitespace runs (newlines too) become single spaces."""
    return " ".join(text.split())


def markup(text: str) -> str:
    """Escaped paragraph markup for ``text``, with fallback fonts where needed."""
    if text.isascii():
        return escape(text)
    pieces: list[str] = []
    run: list[str] = []
    run_font = REGULAR
    for char in text:
        font = font_for(ord(char)) or REGULAR  # no font has it: print a box, keep going
        if font != run_font and run:
            pieces.append(_wrap("".join(run), run_font))
            run = []
        run_font = font
        run.append(char)
    if run:
        pieces.append(_wrap("".join(run), run_font))
    return "".join(pieces)


def _wrap(text: str, font: str) -> str:
    escaped = escape(text)
    return escaped if font == REGULAR else f'<font name="{font}">{escaped}</font>'
