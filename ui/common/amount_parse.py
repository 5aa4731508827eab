"""Reading an amount the way people type it in their locale, exactly, or saying why not.

``1.234,50`` in German, ``1 234,50`` in French and ``1,234.50`` in English all
give ``Decimal("1234.50")``. Grouping separators are accepted only where the
locale (or plain groups of three) puts them, so a German ``1.5`` is refused
instead of silently read as fifteen. Nothing here goes through ``float``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from planner.money import AmountError, check_plan_amount

# Characters that only steer text direction (Arabic and Hebrew locales put them around signs).
_BIDI_MARKS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


def _without_marks(text: str) -> str:
    return "".join(char for char in text if char not in _BIDI_MARKS)


# Space-like group separators that keyboards cannot easily type, and their typed forms.
_SPACES = {"\u00a0", "\u202f", "\u2009", " "}
_THREE_GROUPS = re.compile(r"^\d{1,3}(?:G\d{3})+$")


def _ascii_digits(text: str) -> str:
    """Arabic-Indic and other decimal digits become 0-9; anything else is kept as it is."""
    out = []
    for char in text:
        if char.isdigit() and not char.isascii():
            value = unicodedata.decimal(char, None)
            out.append(str(value) if value is not None else char)
        else:
            out.append(char)
    return "".join(out)


def parse_amount_text(text: str, locale: QLocale | None = None) -> Decimal | None:
    """The exact amount ``text`` means in ``locale``; ``None`` for an empty field.

    The rule is the one amounts in plan files and on the command line keep
    (:func:`planner.money.check_plan_amount`): exact within 15 + 4 digits, never rounded,
    and not negative. Raises :class:`planner.money.AmountError` with a message fit to show
    next to the field.
    """
    locale = locale or QLocale()
    point = _ascii_digits(locale.decimalPoint())
    group = locale.groupSeparator()
    cleaned = _without_marks(text).strip()
    if not cleaned:
        return None
    cleaned = _ascii_digits(cleaned)
    negative = False
    minus_signs = {"-", "\u2212", _without_marks(locale.negativeSign())}
    if cleaned[0] in minus_signs or cleaned[0] == "+":
        negative = cleaned[0] != "+"
        cleaned = cleaned[1:].lstrip()
    if group in _SPACES:
        # Any space typed between digits counts as the locale's thin or no-break space.
        for space in _SPACES:
            cleaned = cleaned.replace(space, "G")
    else:
        cleaned = cleaned.replace(group, "G")
    if cleaned.count(point) > 1:
        raise AmountError(
            QCoreApplication.translate("AmountEdit", "more than one decimal separator ({point})").format(point=point)
        )
    whole, _, fraction = cleaned.partition(point)
    if not whole and not fraction:
        raise AmountError(QCoreApplication.translate("AmountEdit", "not an amount"))
    if not re.fullmatch(r"[\dG]*", whole) or not re.fullmatch(r"\d*", fraction):
        if "." in cleaned or "," in cleaned:
            raise AmountError(
                QCoreApplication.translate(
                    "AmountEdit", "not an amount here: write decimals with '{point}' as in {example}"
                ).format(point=point, example=locale.toString(1234) + point + "5")
            )
        raise AmountError(QCoreApplication.translate("AmountEdit", "not an amount: use digits only"))
    if "G" in whole:
        digits = whole.replace("G", "")
        typed = whole
        expected = _ascii_digits(locale.toString(int(digits))) if digits and len(digits) <= 18 else ""
        expected_marked = expected.replace(group, "G")
        if group in _SPACES:
            for space in _SPACES:
                expected_marked = expected_marked.replace(space, "G")
        if typed != expected_marked and not _THREE_GROUPS.match(typed):
            raise AmountError(
                QCoreApplication.translate(
                    "AmountEdit",
                    "the digit grouping is off: '{group}' separates thousands here, decimals use '{point}'",
                ).format(group=group.strip() or "space", point=point)
            )
        whole = digits
    sign = "-" if negative else ""
    # Decimal keeps the places typed ("12.50" stays 12.50); the store keeps the canonical form.
    value = Decimal(f"{sign}{whole or '0'}.{fraction}") if fraction else Decimal(f"{sign}{whole}")
    try:
        return check_plan_amount(value)
    except AmountError as error:
        raise AmountError(_amount_limit_message(str(error))) from None


def _amount_limit_message(core_message: str) -> str:
    if "after" in core_message:
        return QCoreApplication.translate("AmountEdit", "at most 4 digits after the decimal separator")
    if "before" in core_message:
        return QCoreApplication.translate("AmountEdit", "too large: at most 15 digits before the decimal separator")
    if "negative" in core_message:
        return QCoreApplication.translate("AmountEdit", "must not be negative")
    return QCoreApplication.translate("AmountEdit", "not an amount")


def format_amount_text(value: Decimal, locale: QLocale | None = None, *, cents: bool = False) -> str:
    """``value`` as the locale writes it, with every significant digit (never rounded).

    With ``cents``, an amount that has a fraction shows at least two places (``12.50``).
    """
    locale = locale or QLocale()
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize(), "f")
    whole, _, fraction = text.partition(".")
    if cents and len(fraction) == 1:
        fraction += "0"
    grouped = locale.toString(int(whole)) if len(whole) <= 18 else whole
    if fraction:
        grouped += locale.decimalPoint() + fraction
    return sign + grouped
