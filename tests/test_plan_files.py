"""The walkaway-plan/1 format: the shared examples, exact round trips, refusals with field paths."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import EXAMPLES
from hypothesis import HealthCheck, given, settings
from strategies import plans

from planner.errors import PlanFileError
from planner.model import SignalKind, Status
from planner.plans.files import dump_plan, plan_to_document, read_plan_file, read_plan_text


def example(name: str) -> dict:
    return json.loads(next(p for p in EXAMPLES if p.name.startswith(name)).read_text())


def test_examples_load_with_status_from_content() -> None:
    lease = read_plan_file(next(p for p in EXAMPLES if p.name.startswith("office")))
    assert lease.status is Status.NEGOTIATING
    assert lease.reservation.value == Decimal("18500")
    assert lease.rounds[1].events[0].kind is SignalKind.UNILATERAL_CONCESSIONS
    assert lease.best_alternative is not None and lease.best_alternative.name == "Pine Street sublease"
    # The four standard signals are always tracked, with their default thresholds.
    assert {s.key: s.threshold for s in lease.signals} == {
        "bad_faith": 1,
        "unilateral_concessions": 2,
        "authority": 2,
        "scope_drift": 2,
    }
    walked = read_plan_file(next(p for p in EXAMPLES if p.name.startswith("software")))
    assert walked.status is Status.WALKED
    assert walked.walked is not None and walked.walked.follow_up_on.isoformat() == "2026-11-13"
    assert walked.signal("custom:New decision maker every call").threshold == 2


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({}, Status.PLANNING),
        ({"rounds": [{"at": "2026-01-02", "their_offer": "12"}]}, Status.NEGOTIATING),
        ({"walked": {"at": "2026-01-02", "reason": "r"}}, Status.WALKED),
        ({"walked": {"at": "2026-01-02", "reason": "r"}, "reopened": {"at": "2026-01-05"}}, Status.REOPENED),
    ],
)
def test_import_sets_status_from_content(content: dict, expected: Status) -> None:
    doc = {
        "format": "walkaway-plan/1",
        "title": "T",
        "counterparty": "C",
        "side": "sell",
        "currency": "EUR",
        "reservation": {"value": "10"},
        **content,
    }
    assert read_plan_text(json.dumps(doc)).status is expected


def test_numbers_are_read_straight_to_decimal() -> None:
    doc = example("office")
    doc["reservation"]["value"] = 0.1  # a float would give 0.1000000000000000055...
    doc["rounds"][0]["their_offer"] = 19800.05
    plan = read_plan_text(json.dumps(doc))
    assert plan.reservation.value == Decimal("0.1")
    assert plan.rounds[0].their_offer == Decimal("19800.05")


def mutate(doc: dict, path: str, value: object) -> dict:
    target = doc
    parts = path.replace("]", "").replace("[", ".").split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if value is KeyError:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("rounds[1].their_offer", "a lot", "rounds[1].their_offer: not a decimal amount"),
        ("reservation.value", "NaN", "reservation.value: not a decimal amount"),
        ("reservation.value", KeyError, "reservation.value: required field is missing"),
        ("title", "", "title: must not be empty"),
        ("title", "x" * 201, "title: longer than 200 characters"),
        ("title", "bell\x07", "title: contains a control character (U+0007)"),
        ("side", "rent", "side: "),
        ("currency", "euro", "currency: not an ISO 4217 code"),
        ("alternatives[0].likelihood", "1.5", "alternatives[0].likelihood: must be between 0 and 1"),
        ("rounds[0].hours", -1, "rounds[0].hours: must not be negative"),
        ("rounds[0].at", "last Tuesday", "rounds[0].at: not an ISO date or date-time"),
        ("rounds[0].first_time_today", "maybe", "rounds[0].first_time_today: "),
        ("rounds[1].events[0].kind", "rudeness", "rounds[1].events[0].kind: "),
        (
            "rounds[0].unmet_conditions",
            ["Free parking"],
            "rounds[0].unmet_conditions[0]: not one of reservation.conditions",
        ),
        ("format", "walkaway-plan/9", "format: expected 'walkaway-plan/1'"),
    ],
)
def test_refusals_name_the_field(path: str, value: object, message: str) -> None:
    doc = mutate(example("office"), path, value)
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(doc), "plan.json")
    assert str(caught.value).startswith(f"plan.json: {message}")
    assert "\n" not in str(caught.value)


def test_custom_events_must_name_a_declared_signal() -> None:
    doc = example("software")
    doc["rounds"][1]["events"][1]["label"] = "Someone else"
    with pytest.raises(PlanFileError, match=r"rounds\[1\]\.events\[1\]\.label: not the label of a declared custom"):
        read_plan_text(json.dumps(doc))


def test_duplicate_signals_are_refused() -> None:
    doc = example("software")
    doc["signals"].append(dict(doc["signals"][0]))
    with pytest.raises(PlanFileError, match=r"signals\[1\]: this signal is declared twice"):
        read_plan_text(json.dumps(doc))


@pytest.mark.parametrize("junk", [b"", b"\xff\xfe\x00", b"[]", b"null", b'{"format": 1}', b"{" * 5000, b"NaN"])
def test_junk_is_refused_in_one_line(junk: bytes) -> None:
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(junk, "junk.json")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip(path) -> None:
    plan = read_plan_file(path)
    assert read_plan_text(dump_plan(plan)) == plan


def test_export_writes_amounts_as_exact_strings() -> None:
    plan = read_plan_text(json.dumps(example("office")))
    plan.reservation.value = Decimal("987654.3201")
    doc = plan_to_document(plan)
    assert doc["reservation"]["value"] == "987654.3201"
    assert doc["rounds"][0]["hours"] == "1.5"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_any_valid_plan_round_trips_through_a_file(plan) -> None:
    assert read_plan_text(dump_plan(plan)) == plan
