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
from ui.common.money_text import amount_text

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
                ).format(point=point, example=amount_text(Decimal("1234.5"), locale, cents=False))
            )
        raise AmountError(QCoreApplication.translate("AmountEdit", "not an amount: use digits only"))
    if "G" in whole:
        if not _THREE_GROUPS.match(whole) and not _grouped_as_locale(whole, locale):
            raise AmountError(
                QCoreApplication.translate(
                    "AmountEdit",
                    "the digit grouping is off: '{group}' separates thousands here, decimals use '{point}'",
                ).format(group=group.strip() or "space", point=point)
            )
        whole = whole.replace("G", "")
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


def _grouped_as_locale(marked: str, locale: QLocale) -> bool:
    """Whether ``locale`` itself groups these digits so (``G`` marks a separator), e.g. ``12,34,567`` in India."""
    _value, ok = locale.toLongLong(marked.replace("G", locale.groupSeparator()))
    return bool(ok)
