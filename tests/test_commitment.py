"""Commit, revise, and the check that stored content still matches what was signed."""

from __future__ import annotations

import copy
import sqlite3
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from briefs import NOW, lease_plan

from planner.commitment import (
    CommitError,
    Integrity,
    check_integrity,
    commit,
    revise,
    spent_so_far,
    statement_for,
)
from planner.fingerprint import fingerprint
from planner.model import Side, Status


def test_commit_records_signer_time_statement_and_fingerprint() -> None:
    plan = lease_plan()
    made = commit(plan, "  Sam   Rivera ", NOW, signature_png=b"\x89PNG\r\n\x1a\n...")
    assert plan.commitments == [made]
    assert made.revision == 1
    assert made.signer == "Sam Rivera"
    assert made.signed_at == NOW
    assert made.fingerprint == fingerprint(plan)
    assert made.reservation_value == Decimal("18500")
    assert made.conditions == ["Landlord covers HVAC replacement", "Five-year term at most"]
    assert made.side is Side.BUY
    assert made.signature_png == b"\x89PNG\r\n\x1a\n..."
    assert plan.status is Status.NEGOTIATING  # the lease has rounds: commit keeps a later status


def test_commit_moves_planning_to_committed() -> None:
    plan = lease_plan()
    plan.rounds.clear()
    plan.status = Status.PLANNING
    commit(plan, "Sam Rivera", NOW)
    assert plan.status is Status.COMMITTED


def test_statement_names_point_and_every_condition() -> None:
    text = statement_for(lease_plan())
    assert text.startswith("I will walk away from “Office lease renewal” with Harbor Point Properties")
    assert "goes above USD 18,500 per month" in text
    assert "Landlord covers HVAC replacement; Five-year term at most" in text


@pytest.mark.parametrize("signer", ["", "   ", "x" * 201])
def test_commit_refuses_a_bad_signer_and_changes_nothing(signer: str) -> None:
    plan = lease_plan()
    before = copy.deepcopy(plan)
    with pytest.raises(CommitError):
        commit(plan, signer, NOW)
    assert plan == before


def test_commit_twice_is_refused() -> None:
    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW)
    before = copy.deepcopy(plan)
    with pytest.raises(CommitError, match="already committed"):
        commit(plan, "Sam Rivera", NOW + timedelta(hours=1))
    assert plan == before


def test_commit_needs_an_aware_time() -> None:
    with pytest.raises(CommitError, match="time zone"):
        commit(lease_plan(), "Sam Rivera", datetime(2026, 11, 27, 12, 0))


def test_revision_keeps_history_numbered_with_reason() -> None:
    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW)
    later = NOW + timedelta(days=2)
    second = revise(
        plan,
        signer="Sam Rivera",
        reason="Board approved a higher ceiling",
        now=later,
        value=Decimal("19000"),
        conditions=["Five-year term at most", "  "],
    )
    assert [c.revision for c in plan.commitments] == [1, 2]
    first = plan.commitments[0]
    assert first.reservation_value == Decimal("18500")  # the old point stays on record
    assert first.conditions == ["Landlord covers HVAC replacement", "Five-year term at most"]
    assert second.reservation_value == Decimal("19000")
    assert second.conditions == ["Five-year term at most"]
    assert second.reason == "Board approved a higher ceiling"
    assert second.signed_at == later
    assert plan.reservation.value == Decimal("19000")
    assert second.fingerprint == fingerprint(plan) != first.fingerprint
    assert check_integrity(plan).state is Integrity.INTACT


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"reason": "  ", "signer": "Sam"}, "reason"),
        ({"reason": "why", "signer": ""}, "signature|signer"),
        ({"reason": "why", "signer": "Sam", "currency": "euro"}, "ISO 4217"),
    ],
)
def test_bad_revision_changes_nothing(kwargs: dict, message: str) -> None:
    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW)
    before = copy.deepcopy(plan)
    with pytest.raises(CommitError, match=message):
        revise(plan, now=NOW + timedelta(hours=1), value=Decimal("1"), **kwargs)
    assert plan == before


def test_revision_before_the_commitment_is_refused() -> None:
    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW)
    with pytest.raises(CommitError, match="before"):
        revise(plan, signer="Sam", reason="r", now=NOW - timedelta(days=1))


def test_revise_needs_a_commitment() -> None:
    with pytest.raises(CommitError, match="not committed"):
        revise(lease_plan(), signer="Sam", reason="r", now=NOW)


def test_spent_so_far_counts_rounds_and_hours() -> None:
    spent = spent_so_far(lease_plan())
    assert (spent.rounds, spent.hours) == (2, Decimal("3.5"))
    assert spent.describe() == "2 rounds and 3.5 hours spent so far."


def test_integrity_states() -> None:
    plan = lease_plan()
    assert check_integrity(plan).state is Integrity.UNCOMMITTED
    commit(plan, "Sam Rivera", NOW)
    assert check_integrity(plan).ok
    plan.script.door = "Changed after signing"
    report = check_integrity(plan)
    assert report.state is Integrity.UNSIGNED_EDITS and not report.ok
    plan.reservation.value = Decimal("25000")
    report = check_integrity(plan)
    assert report.state is Integrity.TAMPERED
    assert "changed outside Walkaway" in report.message


def test_commitment_survives_the_store_and_outside_edits_are_noticed(store, db_path) -> None:
    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW, signature_png=b"\x89PNG\r\n\x1a\n")
    deal = store.add_plan(plan)
    loaded = store.get_plan(deal)
    assert loaded.commitments == plan.commitments
    assert check_integrity(loaded).state is Integrity.INTACT
    # Someone edits the file with another tool: the point moves without a revision.
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE deals SET reservation_value = '30000' WHERE id = ?", (deal,))
    assert check_integrity(store.get_plan(deal)).state is Integrity.TAMPERED


def test_locked_fields_refuse_edits_after_commit() -> None:
    from planner.commitment import is_locked, locked_changes

    plan = lease_plan()
    edited = copy.deepcopy(plan)
    edited.reservation.value = Decimal("1")
    assert not is_locked(plan) and locked_changes(plan, edited) == []  # a draft is free to change
    commit(plan, "Sam Rivera", NOW)
    assert is_locked(plan)
    edited = copy.deepcopy(plan)
    edited.reservation.value = Decimal("19000")
    edited.reservation.conditions.append("Parking included")
    edited.side = Side.SELL
    edited.currency = "EUR"
    assert locked_changes(plan, edited) == ["reservation.value", "reservation.conditions", "side", "currency"]
    free = copy.deepcopy(plan)
    free.script.door = "Call me any time."
    free.reservation.rationale = "Updated numbers."
    assert locked_changes(plan, free) == []
