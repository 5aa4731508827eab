"""Locale-aware amount parsing: exact, and junk is refused with a reason, never read as a number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from PySide6.QtCore import QLocale

from planner.money import AmountError
from ui.common.amount_parse import parse_amount_text
from ui.common.money_text import amount_text

LOCALES = ["en_US", "de_DE", "fr_FR", "de_CH", "en_IN", "C", "ar_EG", "es_ES"]
# Amounts of a plan are never negative (planner.money.check_plan_amount), here as in files.
amounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("999999999999999.9999"), places=4)


@given(value=amounts, locale_name=st.sampled_from(LOCALES))
def test_what_the_locale_writes_reads_back_exactly(value: Decimal, locale_name: str) -> None:
    locale = QLocale(locale_name)
    assert parse_amount_text(amount_text(value, locale), locale) == value


@given(value=amounts)
def test_plain_digits_read_in_every_locale(value: Decimal) -> None:
    plain = format(value.normalize(), "f")
    for name in ("en_US", "C"):
        assert parse_amount_text(plain, QLocale(name)) == value


@given(text=st.text(alphabet=st.characters(blacklist_categories=("Nd",)), min_size=1, max_size=12))
def test_text_without_digits_is_never_a_number(text: str) -> None:
    try:
        result = parse_amount_text(text, QLocale("en_US"))
    except AmountError:
        return
    assert result is None  # only blank text may parse, and then to "empty", not zero
    assert not text.strip() or set(text.strip()) <= {"\u200e", "\u200f", "\u061c"}


@pytest.mark.parametrize(
    ("locale_name", "text", "expected"),
    [
        ("de_DE", "1.234,50", Decimal("1234.50")),
        ("de_DE", "120000", Decimal("120000")),
        ("fr_FR", "1 234,5", Decimal("1234.5")),
        ("fr_FR", "1\u202f234,5", Decimal("1234.5")),
        ("en_US", "1,234.5", Decimal("1234.5")),
        ("en_US", "+3.25", Decimal("3.25")),
        ("en_IN", "12,34,567", Decimal("1234567")),
        ("de_CH", "1'234.05", Decimal("1234.05")),
        ("en_US", "  42  ", Decimal("42")),
        ("en_US", "0.1", Decimal("0.1")),
    ],
)
def test_people_type_it_their_way(locale_name: str, text: str, expected: Decimal) -> None:
    value = parse_amount_text(text, QLocale(locale_name))
    assert value == expected
    assert isinstance(value, Decimal)


@pytest.mark.parametrize(
    ("locale_name", "text", "reason"),
    [
        ("de_DE", "1.5", "grouping"),  # a German '.' groups thousands: not 1.5, and not 15 either
        ("en_US", "1,5", "grouping"),
        ("de_DE", "1,234.5", "decimals"),
        ("en_US", "12abc", "digits"),
        ("en_US", "1e5", "digits"),
        ("en_US", "NaN", "digits"),
        ("en_US", "1.2.3", "decimal separator"),
        ("en_US", "1234567890123456", "15 digits"),
        ("en_US", "1.23456", "4 digits"),
        ("en_US", ".", "not an amount"),
        ("en_US", "-3.25", "negative"),
        ("de_DE", "\u22123,25", "negative"),
        # Digits past the limits are refused, never rounded away (normalize() works to 28 digits).
        ("en_US", "18500.000000000000000000000001", "4 digits"),
        ("de_DE", "18.500,000000000000000000000001", "4 digits"),
        ("en_US", "1000000000000000000000000000000", "15 digits"),
        ("en_US", "0.0000000000000000000000000000001", "4 digits"),
    ],
)
def test_junk_is_refused_with_a_reason(locale_name: str, text: str, reason: str) -> None:
    with pytest.raises(AmountError, match=reason):
        parse_amount_text(text, QLocale(locale_name))


def test_empty_is_none_not_zero() -> None:
    assert parse_amount_text("", QLocale("en_US")) is None
    assert parse_amount_text("   ", QLocale("en_US")) is None
