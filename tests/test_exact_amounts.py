"""Issue 13, item 10: an amount is exact within 15 + 4 digits, or refused: never rounded first.

``Decimal.normalize()`` works to 28 significant digits, so a check made through it let
``18500.000000000000000000000001`` pass as 18500 (while the verdict was taken on the
unrounded value) and ``1e-999999999`` pass as 0. The rule is one function
(:func:`planner.money.check_amount`), and the command line, plan files and the window's
parser all go through it.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import EXAMPLES, file_digest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from PySide6.QtCore import QLocale

from planner.cli import main
from planner.errors import PlanFileError
from planner.money import AmountError, amount_to_text, parse_amount
from planner.plans.files import read_plan_text
from ui.common.amount_parse import parse_amount_text

#: Amounts no NUMERIC(19, 4) column holds exactly, each of which some arithmetic would round to one that fits.
PAST_THE_LIMITS = [
    "18500.000000000000000000000001",
    "1e-999999999",
    "0.00001",
    "18500.00005",
    "1.0000000000000000000000000001",
    "0.000000000000000000000000000000000001",
    "1000000000000000",
    "1E+15",
    "999999999999999.99999",
    "123456789012345678901234567890",
    "9999999999999999999999999999.5",
]


@pytest.mark.parametrize("text", PAST_THE_LIMITS)
def test_the_core_refuses_amounts_past_the_limits(text: str) -> None:
    with pytest.raises(AmountError, match="digits"):
        parse_amount(text)
    with pytest.raises(AmountError, match="digits"):
        parse_amount(Decimal(text))


def _oracle(text: str) -> tuple[int, int]:
    """Digits before and after the point of a plain decimal text, worked out on the string alone."""
    match = re.fullmatch(r"([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?", text)
    assert match
    whole, fraction, exponent = match.group(1), match.group(2) or "", int(match.group(3) or 0)
    digits = whole + fraction
    point = len(whole) + exponent  # the decimal point's place in ``digits`` (may lie outside it)
    if not digits.strip("0"):
        return 0, 0
    first = len(digits) - len(digits.lstrip("0"))  # index of the first significant digit
    last = len(digits.rstrip("0")) - 1  # and of the last
    return max(0, point - first), max(0, last + 1 - point)


@settings(max_examples=400, deadline=None)
@given(
    whole=st.text("0123456789", max_size=25),
    fraction=st.none() | st.text("0123456789", max_size=35),
    exponent=st.none() | st.integers(-60, 60),
)
@example(whole="18500", fraction="000000000000000000000001", exponent=None)
@example(whole="1", fraction=None, exponent=-999_999_999)
@example(whole="0", fraction="0000000", exponent=None)
def test_accepted_exactly_when_the_digits_fit_refused_otherwise(
    whole: str, fraction: str | None, exponent: int | None
) -> None:
    text = whole + (f".{fraction}" if fraction is not None else "") + (f"e{exponent}" if exponent is not None else "")
    if not (whole or fraction):
        return
    before, after = _oracle(text)
    fits = before <= 15 and after <= 4
    try:
        value = parse_amount(text)
    except AmountError:
        assert not fits, text
        return
    assert fits, text
    assert value == Decimal(text)  # compared exactly: nothing was rounded on the way
    assert parse_amount(amount_to_text(value)) == value


@pytest.mark.parametrize("text", ["18500.000000000000000000000001", "1e-999999999", "0.00001"])
@pytest.mark.parametrize(
    "command",
    [
        ["round", "3", "--their-offer", "{x}"],
        ["round", "3", "--our-offer", "{x}"],
        ["round", "3", "--hours", "{x}", "--note", "met"],
        ["reopen", "4", "--note", "they called", "--offer", "{x}"],
        ["outcome", "5", "agreed", "--amount", "{x}"],
    ],
    ids=["their-offer", "our-offer", "hours", "reopen-offer", "outcome-amount"],
)
def test_the_command_line_refuses_before_any_verdict(tmp_path: Path, capsys, command: list[str], text: str) -> None:
    db = tmp_path / "plans.walkaway"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    before = file_digest(db)
    code = main([part.format(x=text) for part in command] + ["--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == "" and err.count("\n") == 1 and "digits" in err
    assert file_digest(db) == before


def _with_raw_amount(path: tuple, raw: str) -> str:
    """The office example with ``raw`` written into the JSON as it is (a number, not a string)."""
    doc = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "@@AMOUNT@@"
    return json.dumps(doc).replace('"@@AMOUNT@@"', raw)


@pytest.mark.parametrize("text", ["18500.000000000000000000000001", "1e-999999999", "1E+15"])
@pytest.mark.parametrize("as_number", [True, False], ids=["JSON number", "JSON string"])
@pytest.mark.parametrize(
    "path",
    [("reservation", "value"), ("target",), ("rounds", 0, "their_offer"), ("alternatives", 1, "value")],
    ids=lambda p: ".".join(map(str, p)),
)
def test_a_plan_file_refuses_naming_the_field(path: tuple, as_number: bool, text: str) -> None:
    raw = text if as_number else json.dumps(text)
    with pytest.raises(PlanFileError, match="digits") as caught:
        read_plan_text(_with_raw_amount(path, raw), "plan.json")
    expected = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path))
    assert caught.value.field == expected


@pytest.mark.parametrize(
    ("locale_name", "text"),
    [
        ("en_US", "18500.000000000000000000000001"),
        ("de_DE", "18.500,000000000000000000000001"),
        ("fr_FR", "18 500,000000000000000000000001"),
        ("en_US", "0.0000000000000000000000000000001"),
        ("en_US", "1,000,000,000,000,000,000,000,000,000,000"),
    ],
)
def test_the_window_parser_refuses_too(locale_name: str, text: str) -> None:
    with pytest.raises(AmountError, match="digits"):
        parse_amount_text(text, QLocale(locale_name))
