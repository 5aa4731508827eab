from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from strategies import amounts

from planner.money import AmountError, amount_to_text, format_money, parse_amount


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
