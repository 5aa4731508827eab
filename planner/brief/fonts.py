"""Fonts for the brief: the bundled DejaVu Sans, and system fallbacks for other scripts.

DejaVu Sans covers Latin, Greek and Cyrillic. For a character it lacks (Chinese,
Japanese, Korean, …) a TrueType font that has it is looked up once through
fontconfig (``fc-list``) and registered as ``WalkawayFallbackN``. A character no
font has is remembered, so the caller can warn, and still printed (as a box).

Registration happens once per process; later briefs reuse the parsed fonts.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

from planner.paths import resources_dir

REGULAR = "WalkawaySans"
BOLD = "WalkawaySans-Bold"
#: Outline formats ReportLab can embed; CFF-based .otf fonts are not among them.
_USABLE_SUFFIXES = (".ttf", ".ttc")
#: At most this many system fonts are tried for one brief's missing characters.
_MAX_FALLBACK_LOOKUPS = 6


@dataclass
class _Registry:
    ready: bool = False
    covered: frozenset[int] = frozenset()
    fallbacks: list[tuple[str, frozenset[int]]] = field(default_factory=list)
    #: Characters no usable system font has; never looked up twice.
    hopeless: set[int] = field(default_factory=set)
    lock: threading.RLock = field(default_factory=threading.RLock)


_REGISTRY = _Registry()


def font_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process; thread-safe)."""
    if _REGISTRY.ready:
        return
    with _REGISTRY.lock:
        if _REGISTRY.ready:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        regular = TTFont(REGULAR, str(font_dir() / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(TTFont(BOLD, str(font_dir() / "DejaVuSans-Bold.ttf")))
        # <b> inside a paragraph of the regular face switches to the bold one.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _REGISTRY.covered = frozenset(regular.face.charToGlyph)
        _REGISTRY.ready = True


def _needs_no_glyph(code: int) -> bool:
    # Line breaks, tabs and other controls are layout, not glyphs.
    return code < 0x20 or 0x7F <= code < 0xA0 or code in (0x200B, 0x200C, 0x200D, 0xFEFF)


def font_for(code: int) -> str | None:
    """The registered font to draw ``code`` with, or None when no font has it."""
    register_fonts()
    if code in _REGISTRY.covered or _needs_no_glyph(code):
        return REGULAR
    for name, covered in _REGISTRY.fallbacks:
        if code in covered:
            return name
    return None


def prepare(text: str) -> set[str]:
    """Find fallback fonts for every character of ``text``; returns the characters none has."""
    register_fonts()
    missing = {ord(c) for c in text} - _REGISTRY.covered
    missing = {c for c in missing if not _needs_no_glyph(c)}
    if not missing:
        return set()
    with _REGISTRY.lock:
        for _name, covered in _REGISTRY.fallbacks:
            missing -= covered
        lookups = 0
        for code in sorted(missing):
            if code in _REGISTRY.hopeless or any(code in c for _n, c in _REGISTRY.fallbacks):
                continue
            if lookups >= _MAX_FALLBACK_LOOKUPS:
                break
            lookups += 1
            if not _add_fallback_for(code):
                _REGISTRY.hopeless.add(code)
        return {chr(c) for c in missing if font_for(c) is None}


def _system_fonts_with(code: int) -> list[Path]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        result = subprocess.run(
            [fc_list, f":charset={code:x}", "file"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.strip().rstrip(":") for line in result.stdout.splitlines() if line.strip()})
    return [Path(f) for f in files if f.lower().endswith(_USABLE_SUFFIXES)]


def _add_fallback_for(code: int) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for path in _system_fonts_with(code):
        name = f"WalkawayFallback{len(_REGISTRY.fallbacks) + 1}"
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except (TTFError, OSError, ValueError):
            continue  # e.g. PostScript outlines inside a .ttc: try the next one
        covered = frozenset(font.face.charToGlyph)
        if code not in covered:
            continue
        pdfmetrics.registerFont(font)
        _REGISTRY.fallbacks.append((name, covered))
        return True
    return False


def fallback_names() -> list[str]:
    """Names of the system fallback fonts registered so far (for tests and diagnostics)."""
    return [name for name, _ in _REGISTRY.fallbacks]
