"""What a text in a plan may hold, and how stored text is shown on a terminal.

One rule for every entry (command line, window, plan files): no control
characters (C0, DEL and C1), except a newline and a tab in texts of several
lines; no half of a UTF-16 pair; at most a set number of characters. Text that
reached the file some other way (another tool writing the database) is never
printed raw: :func:`visible` turns every control character into ``\\u001b``-style
text before it reaches a terminal, a calendar or an error message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner import limits

# C0 controls, DEL and the C1 controls (U+0080-U+009F: 8-bit escape sequences on some terminals).
_CONTROL_MULTI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # a newline and a tab are text here
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A JSON escape such as "\ud800" gives half of a UTF-16 pair, which no UTF-8 file or database can hold.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNPRINTABLE_MULTI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNPRINTABLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class TextRule:
    """What one kind of text field accepts."""

    max_chars: int
    multiline: bool = False
    required: bool = False  # must hold something other than spaces


TITLE = TextRule(limits.TITLE_CHARS, required=True)  # the title, an alternative's name, a signer
LINE = TextRule(limits.LINE_CHARS)
LABEL = TextRule(limits.LINE_CHARS, required=True)  # a condition, a custom signal's label
NOTE = TextRule(limits.NOTE_CHARS, multiline=True)
REASON = TextRule(limits.REASON_CHARS, multiline=True, required=True)
GENERATED = TextRule(limits.GENERATED_CHARS, multiline=True)


def text_problem(value: object, rule: TextRule) -> str | None:
    """Why ``value`` cannot be a text under ``rule``, in a few words; ``None`` when it can."""
    if not isinstance(value, str):
        return "not a text"
    # The length first: a megabyte of text is refused without scanning it.
    if len(value) > rule.max_chars:
        return f"longer than {rule.max_chars} characters"
    unprintable = character_problem(value, multiline=rule.multiline)
    if unprintable:
        return unprintable
    if rule.required and not value.strip():
        return "must not be empty"
    return None


def character_problem(value: str, *, multiline: bool) -> str | None:
    """The first control character or UTF-16 half in ``value``, said in a few words; ``None`` if none.

    Check text as it was given, before any ``strip()``: that would quietly drop controls such as
    U+001C-U+001F or U+0085 at its ends, which Python counts as whitespace.
    """
    bad = (_CONTROL_MULTI if multiline else _CONTROL_LINE).search(value)
    if bad:
        return f"contains a control character (U+{ord(bad.group()):04X})"
    half = _SURROGATE.search(value)
    if half:
        return f"contains half of a UTF-16 pair (U+{ord(half.group()):04X})"
    return None


def visible(text: str, *, multiline: bool = True) -> str:
    """``text`` safe to print: each control character (and UTF-16 half) as ``\\uXXXX``.

    A newline and a tab stay as they are unless ``multiline`` is false. The escape is
    JSON's own, so JSON printed through this function still reads back to the same text.
    """
    pattern = _UNPRINTABLE_MULTI if multiline else _UNPRINTABLE_LINE
    if not pattern.search(text):
        return text
    return pattern.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
