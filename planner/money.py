"""Money and other exact quantities: always ``Decimal``, never float.

An amount is finite, has at most 15 digits before the point and 4 after it.
These limits keep every amount storable without loss in a NUMERIC(19, 4)
column, which is what a shared PostgreSQL store will use.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 4


class AmountError(ValueError):
    """An amount that is not a usable decimal amount; the message says why."""


def check_amount(value: Decimal) -> Decimal:
    """Return ``value`` if it is a valid amount, else raise :class:`AmountError`."""
    if not isinstance(value, Decimal):
        raise AmountError("not a decimal amount")
    if not value.is_finite():
        raise AmountError("not a finite amount")
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, so never 'n'/'N'/'F'
    # Strip trailing zeros of the fraction so that 1.50000 counts as 1.5.
    if exponent < 0:
        normal = value.normalize()
        _, digits, exponent = normal.as_tuple()
        assert isinstance(exponent, int)
    fraction_digits = max(0, -exponent)
    integer_digits = max(0, len(digits) + exponent)
    if fraction_digits > MAX_FRACTION_DIGITS:
        raise AmountError(f"more than {MAX_FRACTION_DIGITS} digits after the point")
    if integer_digits > MAX_INTEGER_DIGITS:
        raise AmountError(f"more than {MAX_INTEGER_DIGITS} digits before the point")
    return value


def parse_amount(text: str | int | Decimal) -> Decimal:
    """Parse a plain machine-format amount ("1234.5", 1234, Decimal) exactly.

    Locale-aware parsing of what people type lives in the UI; this is the
    strict form used in files and on the command line.
    """
    if isinstance(text, bool):  # bool is an int; True is not an amount
        raise AmountError("not a decimal amount")
    if isinstance(text, Decimal):
        return check_amount(text)
    if isinstance(text, int):
        return check_amount(Decimal(text))
    if not isinstance(text, str):
        raise AmountError("not a decimal amount")
    stripped = text.strip()
    # Decimal() also accepts "1_000", "Infinity" and "NaN"; refuse them here.
    if not stripped or "_" in stripped or not any(c.isdigit() for c in stripped):
        raise AmountError("not a decimal amount")
    try:
        value = Decimal(stripped)
    except InvalidOperation:
        raise AmountError("not a decimal amount") from None
    return check_amount(value)


def amount_to_text(value: Decimal) -> str:
    """Canonical text of an amount: plain notation, no exponent, no trailing zeros."""
    normal = value.normalize()
    text = format(normal, "f")
    if text in ("-0", "+0"):
        text = "0"
    return text


def format_money(value: Decimal, currency: str = "", *, grouping: bool = True) -> str:
    """Human form for texts and the brief: ``EUR 120,000`` or ``USD 18,500.50``.

    Cents are shown when the amount has them; locale-specific display is the
    UI's job (Qt's QLocale), this is the neutral form used in the core.
    """
    normal = value.normalize()
    _, _, exponent = normal.as_tuple()
    assert isinstance(exponent, int)
    places = max(0, -exponent)
    if 0 < places < 2:
        places = 2
    spec = f"{',' if grouping else ''}.{places}f"
    text = format(value, spec)
    return f"{currency} {text}".strip()
