"""Any input is stored exactly or refused with a clear message: never a crash, never a silent change.

Property tests over the plan file reader, the store and the amount parser,
with the text people really paste: control characters, right-to-left and
combining characters, emoji, broken UTF-16 halves, and megabyte notes.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import EXAMPLES, file_digest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.errors import PlanFileError, WalkawayError
from planner.limits import NOTE_CHARS
from planner.money import AmountError, amount_to_text, parse_amount
from planner.plans.files import read_plan_file, read_plan_text
from planner.store import Store

# Every code point, surrogates and controls included; weighted towards the awkward ones.
AWKWARD = "\u202e\u200f\u05d0\u0627\u0301\u0308\u200d\ufeff\x00\x1b\x7f\t\n\r\u2028\U0001f600e\u0301"
any_text = st.text(st.characters() | st.sampled_from(AWKWARD), max_size=60)

FIELDS = {
    "title": ("title",),
    "counterparty": ("counterparty",),
    "reservation.rationale": ("reservation", "rationale"),
    "reservation.conditions[0]": ("reservation", "conditions", 0),
    "script.reason": ("script", "reason"),
    "alternatives[0].name": ("alternatives", 0, "name"),
    "rounds[0].note": ("rounds", 0, "note"),
}
BASE = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))

_settings = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _put(doc: dict, where: tuple, value: object) -> None:
    for key in where[:-1]:
        doc = doc[key]
    doc[where[-1]] = value


def _get(plan: object, where: tuple) -> object:
    for key in where:
        plan = plan[key] if isinstance(key, int) else getattr(plan, key)  # type: ignore[index]
    return plan


@pytest.mark.slow
@_settings
@given(field=st.sampled_from(sorted(FIELDS)), value=any_text)
@example(field="title", value="\u202eevil.exe")
@example(field="rounds[0].note", value="line one\nline two\ttabbed")
@example(field="counterparty", value="Ba\u0308cker \u05d1\u05e2\u05f4\u05de")
@example(field="title", value="half \ud800 pair")
def test_plan_file_text_is_kept_exactly_or_refused_naming_the_field(tmp_path: Path, field: str, value: str) -> None:
    doc = json.loads(json.dumps(BASE))
    _put(doc, FIELDS[field], value)
    text = json.dumps(doc)  # ASCII escapes: even lone surrogates reach the reader
    try:
        plan = read_plan_text(text, "plan.json")
    except PlanFileError as error:
        assert error.field == field, (error.field, str(error))
        assert "\n" not in str(error) and error.message
        return
    assert _get(plan, FIELDS[field]) == value  # not trimmed, not normalised, not re-encoded
    db = tmp_path / "props.walkaway"
    with Store(db) as store:
        stored = store.get_plan(store.add_plan(plan))
    assert _get(stored, FIELDS[field]) == value


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=any_text)
def test_the_store_keeps_any_text_exactly_or_refuses_it_without_writing(tmp_path: Path, value: str) -> None:
    plan = read_plan_file(EXAMPLES[0])
    plan.reservation.rationale = value
    plan.rounds[0].note = value
    db = tmp_path / "store.walkaway"
    with Store(db) as store:
        count = store.count_deals()
        try:
            deal_id = store.add_plan(plan)
        except WalkawayError as error:
            assert "cannot be saved" in str(error)
            assert store.count_deals() == count
            return
        stored = store.get_plan(deal_id)
    assert stored.reservation.rationale == value and stored.rounds[0].note == value


def test_a_megabyte_note_is_refused_in_a_file_and_kept_whole_in_the_store(tmp_path: Path) -> None:
    rng = random.Random(1)
    pieces = ["عرض", "שלום", "e\u0301", "\u202e", "Zürich", "\U0001f91d", "\n", "\t", "plain words "]
    note = "".join(rng.choice(pieces) for _ in range(200_000))[:1_000_000]
    doc = json.loads(json.dumps(BASE))
    doc["reservation"]["rationale"] = note
    with pytest.raises(PlanFileError, match=rf"reservation\.rationale: longer than {NOTE_CHARS} characters"):
        read_plan_text(json.dumps(doc, ensure_ascii=False).encode("utf-8"), "big.json")
    plan = read_plan_file(EXAMPLES[0])
    plan.reservation.rationale = note
    with Store(tmp_path / "big.walkaway") as store:
        assert store.get_plan(store.add_plan(plan)).reservation.rationale == note


@settings(max_examples=300, deadline=None)
@given(text=any_text)
@example(text="1.234,56")
@example(text="1,234.56")
@example(text="1 234,56")
@example(text="12,50")
@example(text="\u0661\u0662\u0663")  # Arabic-Indic digits: a number, read as 123
@example(text="1e3")
@example(text="NaN")
@example(text="-0")
def test_amount_text_parses_exactly_or_is_refused(text: str) -> None:
    try:
        value = parse_amount(text)
    except AmountError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(value, Decimal) and value.is_finite()
    # Nothing locale-shaped is guessed: a grouping comma or a decimal comma is refused, never dropped.
    assert "," not in text and " " not in text.strip()
    assert parse_amount(amount_to_text(value)) == value


@settings(max_examples=300, deadline=None)
@given(
    value=st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**15) + 1, max_value=10**15 - 1)
)
def test_every_valid_amount_survives_its_text(value: Decimal) -> None:
    assert parse_amount(amount_to_text(value)) == value


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_plan_files_import_whole_or_not_at_all(tmp_path: Path, capsys, data: st.DataObject) -> None:
    """The CLI fuzz, with near-misses: a real plan file with bytes flipped, cut or inserted."""
    original = bytearray(EXAMPLES[0].read_bytes())
    edits = data.draw(st.lists(st.tuples(st.integers(0, len(original) - 1), st.binary(max_size=4)), max_size=4))
    cut = data.draw(st.none() | st.integers(0, len(original)))
    for position, replacement in edits:
        original[position : position + 1] = replacement
    damaged = bytes(original[:cut] if cut is not None else original)
    db = tmp_path / "fuzz.walkaway"
    if not db.exists():
        Store(db).close()
    plan_file = tmp_path / "damaged.walkaway.json"
    plan_file.write_bytes(damaged)
    with Store(db) as store:
        count = store.count_deals()
    before = file_digest(db)
    code = main(["import", str(plan_file), "--db", str(db)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if code == 0:  # the damage left a valid plan: imported whole, exactly one deal
        with Store(db) as store:
            assert store.count_deals() == count + 1
        return
    assert code == 2, captured.err
    assert captured.err.count("\n") == 1 and captured.err.startswith("walkaway: ")
    assert file_digest(db) == before


@pytest.mark.parametrize("where", ["rationale", "round note", "both"])
def test_a_broken_character_anywhere_is_refused_clearly(tmp_path: Path, where: str) -> None:
    plan = read_plan_file(EXAMPLES[0])
    if where in ("rationale", "both"):
        plan.reservation.rationale = "\ud800"
    if where in ("round note", "both"):
        plan.rounds[0].note = "\ud800"
    with Store(tmp_path / "broken.walkaway") as store:
        with pytest.raises(WalkawayError, match="cannot be saved"):
            store.add_plan(plan)
        assert store.count_deals() == 0
