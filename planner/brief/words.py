"""Amounts in words, as on a cheque: ``nine hundred eighty-seven thousand … and 32/100``."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(n: int) -> str:
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(_ONES[rest])
    return " ".join(parts)


def integer_in_words(n: int) -> str:
    """English words for a whole number below 10**15 (amounts have at most 15 digits)."""
    if n < 0:
        return "minus " + integer_in_words(-n)
    if n == 0:
        return "zero"
    parts: list[str] = []
    for size, name in _SCALES:
        count, n = divmod(n, size)
        if count:
            parts.append(f"{integer_in_words(count)} {name}")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def amount_in_words(value: Decimal, currency: str) -> str:
    """``nine hundred eighty-seven thousand six hundred fifty-four EUR and 32/100``."""
    cents_total = (abs(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    whole, cents = divmod(int(cents_total), 100)
    text = integer_in_words(whole)
    if value < 0:
        text = "minus " + text
    text = f"{text} {currency}".strip()
    return f"{text} and {cents:02d}/100" if cents else text
