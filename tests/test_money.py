from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from strategies import amounts

from planner.money import AmountError, amount_digits, amount_to_text, format_money, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120000", Decimal("120000")),
        (" 0.1 ", Decimal("0.1")),
        ("-5", Decimal("-5")),
        ("1.5000", Decimal("1.5")),
        (7, Decimal(7)),
        ("999999999999999.9999", Decimal("999999999999999.9999")),
    ],
)
def test_parse_amount_accepts_plain_decimals(text: str | int, expected: Decimal) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "not a decimal amount"),
        ("", "not a decimal amount"),
        ("NaN", "not a decimal amount"),
        ("Infinity", "not a decimal amount"),
        ("1_000", "not a decimal amount"),
        ("1e400", "more than 15 digits before the point"),
        ("1000000000000000", "more than 15 digits before the point"),
        ("0.00001", "more than 4 digits after the point"),
        (True, "not a decimal amount"),
        (1.5, "not a decimal amount"),
    ],
)
def test_parse_amount_refuses_with_a_reason(text: object, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_amount(text)  # type: ignore[arg-type]


@given(amounts)
def test_amount_text_round_trips_exactly(value: Decimal) -> None:
    assert parse_amount(amount_to_text(value)) == value
    assert "E" not in amount_to_text(value)


def test_format_money_groups_and_keeps_cents() -> None:
    assert format_money(Decimal("987654.32"), "EUR") == "EUR 987,654.32"
    assert format_money(Decimal("120000"), "EUR") == "EUR 120,000"
    assert format_money(Decimal("18500.5"), "USD") == "USD 18,500.50"


@pytest.mark.parametrize(
    ("value", "group", "point", "expected"),
    [
        ("18500", ",", ".", "EUR 18,500"),
        ("18500.5", ",", ".", "EUR 18,500.50"),
        ("18500.5", ".", ",", "EUR 18.500,50"),
        ("1234567.8912", "\u202f", ",", "EUR 1\u202f234\u202f567,8912"),
        ("999", ",", ".", "EUR 999"),
        ("0.0001", ",", ".", "EUR 0.0001"),
        ("1E+3", ",", ".", "EUR 1,000"),
        ("-0.00", ",", ".", "EUR 0"),
        ("999999999999999.9999", "'", ".", "EUR 999'999'999'999'999.9999"),
    ],
)
def test_format_money_takes_the_separators(value: str, group: str, point: str, expected: str) -> None:
    assert format_money(Decimal(value), "EUR", group=group, point=point) == expected


@given(amounts)
def test_format_money_never_loses_a_digit(value: Decimal) -> None:
    """Read back with the separators taken out, the text is the amount, exactly (any separators)."""
    for group, point in ((",", "."), (".", ","), ("\u00a0", ",")):
        text = format_money(value, group=group, point=point)
        assert parse_amount(text.replace(group, "").replace(point, ".")) == value
        _integer, places = amount_digits(value)
        assert text == format(value, f",.{max(places, 2) if places else 0}f").replace(",", "G").replace(
            ".", point
        ).replace("G", group)
