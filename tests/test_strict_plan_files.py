"""Issue 13, item 11: plan files are read strictly, as Walkaway writes them.

``"yes"`` is not ``true``, ``"2"`` and ``2.0`` are not the whole number 2, ``"2026-W10"``
is not a date, and a key given twice is not "the last one wins". Amounts stay as the
README says: JSON numbers or decimal strings, both read exactly.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import EXAMPLES

from planner.errors import PlanFileError
from planner.plans.files import dump_plan, read_plan_text

COMMITMENT = {"revision": 1, "signer": "Sam Rivera", "signed_at": "2026-10-01T09:00:00+00:00", "fingerprint": "ab" * 32}


def office() -> dict:
    return json.loads(next(p for p in EXAMPLES if p.name.startswith("office")).read_text(encoding="utf-8"))


def walked_and_reopened() -> dict:
    doc = json.loads(next(p for p in EXAMPLES if p.name.startswith("software")).read_text(encoding="utf-8"))
    doc["reopened"] = {"at": "2026-11-20", "note": "They called back", "first_time_today": True}
    doc["walked"]["follow_up_moves"] = [
        {"at": "2026-11-12T10:00:00+00:00", "from_date": "2026-11-13", "to_date": "2026-11-20"}
    ]
    doc["walked"]["follow_up_on"] = "2026-11-20"
    doc["commitments"] = [dict(COMMITMENT)]
    doc["rounds"].append({"at": "2026-11-21", "their_offer": "41000", "phase": 1})
    doc["outcome"] = {"status": "agreed", "at": "2026-11-25", "amount": "41000"}
    return doc


def put(doc: dict, path: str, value: object) -> dict:
    parts = path.replace("]", "").replace("[", ".").split(".")
    target = doc
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(parts[-1]) if parts[-1].isdigit() else parts[-1]] = value
    return doc


def refused(doc: dict, path: str) -> str:
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(doc), "plan.json")
    assert caught.value.field == path, str(caught.value)
    assert "\n" not in str(caught.value)
    return caught.value.message


def test_the_documents_used_here_are_valid() -> None:
    read_plan_text(json.dumps(office()))
    read_plan_text(json.dumps(walked_and_reopened()))


@pytest.mark.parametrize("value", ["yes", "no", "true", "false", "True", 1, 0, "1", "", [], {}])
@pytest.mark.parametrize("path", ["rounds[0].first_time_today", "reopened.first_time_today"])
def test_answers_are_true_false_or_null_only(path: str, value: object) -> None:
    doc = put(walked_and_reopened() if path.startswith("reopened") else office(), path, value)
    assert "true, false or null" in refused(doc, path)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("signals[0].threshold", "2"),
        ("signals[0].threshold", True),
        ("signals[0].threshold", 2.0),
        ("commitments[0].revision", "1"),
        ("commitments[0].revision", True),
        ("commitments[0].revision", 1.0),
        ("rounds[2].phase", True),
        ("rounds[2].phase", "1"),
        ("rounds[2].phase", 1.0),
    ],
)
def test_whole_numbers_are_json_integers(path: str, value: object) -> None:
    refused(put(walked_and_reopened(), path, value), path)


@pytest.mark.parametrize(
    "text",
    [
        "2026-W10",
        "2026-W10-1",
        "2026-064",
        "20261005",
        " 2026-10-05",
        "2026-10-05 ",
        "2026-10-5",
        "+2026-10-05",
        "2026-10-05 14:30",
        "2026-10-05T14",
        "2026-10-05T1430",
        "20261005T143000",
        "2026-10-05T14:30:00+0100",
        "2026-10-05T14:30:00.1234567",
        "٢٠٢٦-١٠-٠٥",
    ],
)
@pytest.mark.parametrize(
    "path",
    [
        "rounds[0].at",
        "walked.at",
        "walked.follow_up_on",
        "walked.follow_up_moves[0].at",
        "walked.follow_up_moves[0].to_date",
        "reopened.at",
        "outcome.at",
        "commitments[0].signed_at",
        "reservation.decided_at",
    ],
)
def test_dates_are_iso_calendar_dates_only(path: str, text: str) -> None:
    assert "ISO date" in refused(put(walked_and_reopened(), path, text), path)


@pytest.mark.parametrize(
    "text",
    ["2026-10-05", "2026-10-05T14:30", "2026-10-05T14:30:05", "2026-10-05T14:30:05.25+02:00", "2026-10-05T14:30Z"],
)
def test_the_iso_forms_walkaway_writes_are_read(text: str) -> None:
    plan = read_plan_text(json.dumps(put(office(), "rounds[0].at", text)))
    assert read_plan_text(dump_plan(plan)) == plan


def test_a_key_given_twice_is_refused() -> None:
    text = json.dumps(office()).replace('"side": "buy"', '"side": "buy", "side": "sell"', 1)
    with pytest.raises(PlanFileError, match="'side' appears twice"):
        read_plan_text(text, "plan.json")


@pytest.mark.parametrize(
    ("raw", "expected"), [("18500", "18500"), ("18500.25", "18500.25"), ('"18500.25"', "18500.25"), ("1.85e4", "18500")]
)
def test_amounts_are_json_numbers_or_decimal_strings_as_the_readme_says(raw: str, expected: str) -> None:
    doc = office()
    doc["reservation"]["value"] = "@@"
    plan = read_plan_text(json.dumps(doc).replace('"@@"', raw))
    assert plan.reservation.value == Decimal(expected)


@pytest.mark.parametrize("value", [True, None, [], {}, "18,500", "18 500", "0x10", "١٨٥٠٠", "Infinity"])
def test_anything_else_is_not_an_amount(value: object) -> None:
    assert "amount" in refused(put(office(), "reservation.value", value), "reservation.value")
