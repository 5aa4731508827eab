"""Money and other exact quantities: always ``Decimal``, never float.

An amount is finite, has at most 15 digits before the point and 4 after it.
These limits keep every amount storable without loss in a NUMERIC(19, 4)
column, which is what a shared PostgreSQL store will use.

The limits are checked on the digits as written (``Decimal.as_tuple()``), never
through arithmetic: ``normalize()`` and friends round to the context's 28 digits,
so ``18500.000000000000000000000001`` would pass as 18500 and ``1e-999999999``
as 0. An amount that the limits cannot hold exactly is refused, not rounded.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 4

# Plain decimal notation as files and the command line write it: ASCII digits, one point, an
# optional exponent. Decimal() itself also takes "1_000", "Infinity", "NaN" and non-ASCII digits.
_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,9})?")
_MAX_TEXT = 64  # far more than any amount within the limits needs


class AmountError(ValueError):
    """An amount that is not a usable decimal amount; the message says why."""


def _significant(value: Decimal) -> tuple[int, list[int], int]:
    """``value``'s sign, digits and exponent without the fraction's trailing zeros; exact."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite: never 'n'/'N'/'F'
    significant = list(digits)
    while len(significant) > 1 and significant[-1] == 0 and exponent < 0:
        significant.pop()
        exponent += 1
    if significant == [0]:
        exponent = 0
    return sign, significant, exponent


def amount_digits(value: Decimal) -> tuple[int, int]:
    """``(digits before the point, digits after it)`` of ``value`` exactly as written.

    Trailing zeros of the fraction do not count (``1.50000`` has one place), leading
    zeros never do. Computed on the tuple alone: nothing here can round.
    """
    _sign, significant, exponent = _significant(value)
    if significant == [0]:
        return (0, 0)
    return (max(0, len(significant) + exponent), max(0, -exponent))


def check_amount(value: Decimal, *, allow_negative: bool = True) -> Decimal:
    """Return ``value`` if it is a valid amount, else raise :class:`AmountError`.

    ``allow_negative=False`` is the rule for the amounts of a plan (points, offers,
    alternatives, hours, the agreed amount): none of them is ever below zero.
    """
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise AmountError("not a decimal amount")
    if not value.is_finite():
        raise AmountError("not a finite amount")
    integer_digits, fraction_digits = amount_digits(value)
    if fraction_digits > MAX_FRACTION_DIGITS:
        raise AmountError(f"more than {MAX_FRACTION_DIGITS} digits after the point")
    if integer_digits > MAX_INTEGER_DIGITS:
        raise AmountError(f"more than {MAX_INTEGER_DIGITS} digits before the point")
    if not allow_negative and value < 0:
        raise AmountError("must not be negative")
    sign, significant, exponent = _significant(value)
    if significant == [0]:
        return Decimal(0)  # "0E-999999999" and "-0.000" are zero; their exponents would follow into sums
    places = value.as_tuple().exponent
    if isinstance(places, int) and places < -MAX_FRACTION_DIGITS:  # an int: the amount is finite
        return Decimal((sign, tuple(significant), exponent))  # "1.50000000" kept as 1.5, without the zeros
    return value  # as written otherwise: "12.50" keeps its two places for the field that shows it


def check_plan_amount(value: Decimal) -> Decimal:
    """The rule for every amount in a plan: exact within the limits, and not negative."""
    return check_amount(value, allow_negative=False)


def parse_amount(text: str | int | Decimal, *, allow_negative: bool = True) -> Decimal:
    """Parse a plain machine-format amount ("1234.5", 1234, Decimal) exactly.

    Locale-aware parsing of what people type lives in the UI; this is the
    strict form used in files and on the command line.
    """
    if isinstance(text, bool):  # bool is an int; True is not an amount
        raise AmountError("not a decimal amount")
    if isinstance(text, Decimal):
        return check_amount(text, allow_negative=allow_negative)
    if isinstance(text, int):
        return check_amount(Decimal(text), allow_negative=allow_negative)
    if not isinstance(text, str):
        raise AmountError("not a decimal amount")
    stripped = text.strip()
    if len(stripped) > _MAX_TEXT or not _DECIMAL_TEXT.fullmatch(stripped):
        raise AmountError("not a decimal amount")
    try:
        value = Decimal(stripped)  # the constructor is exact: it never rounds
    except InvalidOperation:
        raise AmountError("not a decimal amount") from None
    return check_amount(value, allow_negative=allow_negative)


def parse_plan_amount(text: str | int | Decimal) -> Decimal:
    """:func:`parse_amount` with the plan rule: not negative."""
    return parse_amount(text, allow_negative=False)


def amount_to_text(value: Decimal) -> str:
    """Canonical text of an amount: plain notation, no exponent, no trailing zeros."""
    sign, significant, exponent = _significant(value)
    if significant == [0]:
        return "0"
    # Built from the digits themselves: normalize() would round past 28 digits.
    return format(Decimal((sign, tuple(significant), exponent)), "f")


#: The grouped form when the system has no locale (C/POSIX): "EUR 18,500", "EUR 18,500.50".
DEFAULT_GROUP = ","
DEFAULT_POINT = "."


def format_money(
    value: Decimal,
    currency: str = "",
    *,
    group: str = DEFAULT_GROUP,
    point: str = DEFAULT_POINT,
    grouping: bool = True,
    cents: bool = True,
) -> str:
    """The one human form of an amount: ``EUR 120,000``, ``USD 18,500.50``, ``EUR 18.500,50``.

    Every place that shows an amount to a person (the window, the brief, the command line's tables)
    calls this; the window passes its locale's ``group`` separator and decimal ``point``
    (``ui.common.money_text``), everything else keeps the defaults. Built from the digits
    themselves, so nothing is ever rounded or lost: ``1234.5678`` keeps its four places. With
    ``cents`` an amount that has a fraction shows at least two places (``18,500.50``); without it,
    the places as written (for percentages and hours). Groups are of three digits.
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise AmountError("not a finite decimal amount")
    sign, significant, exponent = _significant(value)
    digits = "".join(str(d) for d in significant)
    if exponent >= 0:
        whole, fraction = digits + "0" * exponent, ""
    else:
        places = -exponent
        digits = digits.rjust(places + 1, "0")
        whole, fraction = digits[:-places], digits[-places:]
    if cents and len(fraction) == 1:
        fraction += "0"
    if grouping and group:
        head = len(whole) % 3 or 3
        whole = group.join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    text = ("-" if sign and significant != [0] else "") + whole + (point + fraction if fraction else "")
    return f"{currency} {text}" if currency else text
