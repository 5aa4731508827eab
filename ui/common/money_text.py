"""Amounts for display, in the user's locale: ``EUR 120,000`` or ``EUR 120.000,50``.

The one place the window turns an amount into text. The digits, the grouping and the places are
:func:`planner.money.format_money`'s (the brief's and the command line's form too); this only
passes the locale's group separator and decimal sign, when the system has a locale. Under the
neutral C/POSIX locale (CI, minimal systems) the grouped default stays: ``EUR 18,500``.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from planner.money import DEFAULT_GROUP, DEFAULT_POINT, format_money


def separators(locale: QLocale | None = None) -> tuple[str, str]:
    """``(group separator, decimal sign)`` of ``locale`` (the default locale when ``None``)."""
    locale = locale or QLocale()
    if locale.name() == "C" or locale.language() == QLocale.Language.C:
        return DEFAULT_GROUP, DEFAULT_POINT
    group, point = locale.groupSeparator(), locale.decimalPoint()
    # A locale whose decimal sign is not one character (never seen, but Qt allows it) keeps the default.
    if len(point) != 1 or not group or group == point:
        return DEFAULT_GROUP, DEFAULT_POINT
    return group, point


def money_text(value: Decimal, currency: str = "", locale: QLocale | None = None, *, unit: str = "") -> str:
    """Every significant digit, never rounded; two places once there are cents; ``unit`` after it (``per year``)."""
    group, point = separators(locale)
    text = format_money(value, currency, group=group, point=point)
    return f"{text} {unit}" if unit else text


def currency_and_unit(currency: str, unit: str = "") -> str:
    """What an amount field's figure is in, for the label beside it: ``EUR per year``."""
    return " ".join(part for part in (currency, unit) if part)


def amount_text(value: Decimal, locale: QLocale | None = None, *, cents: bool = True) -> str:
    """An amount without its currency, as an amount field shows it (``18,500.50``)."""
    group, point = separators(locale)
    return format_money(value, group=group, point=point, cents=cents)


def percent_text(fraction: Decimal, locale: QLocale | None = None) -> str:
    """A fraction 0–1 as a percentage in the locale's digits: ``Decimal("0.625")`` → ``62.5 %``."""
    return f"{number_text(fraction * 100, locale)} %"


def number_text(value: Decimal, locale: QLocale | None = None) -> str:
    """A plain decimal figure (hours, a percentage) as the locale writes it, with its places as written."""
    group, point = separators(locale)
    return format_money(value, group=group, point=point, cents=False)


def score_text(score: Decimal, locale: QLocale | None = None) -> str:
    """A package score as the core writes it (``57.0``, one decimal), in the locale's decimal sign."""
    from planner.verdict_words import score_text as core_score_text  # the verdict's words: not at start-up

    _group, point = separators(locale)
    return core_score_text(score).replace(".", point)
