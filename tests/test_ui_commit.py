"""Commit and sign… and Revise commitment…, driven as a user drives them, on a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from briefs import NOW, lease_plan
from helpers import file_digest
from ui_drawing import signature

from PySide6.QtCore import QLocale, Qt

from planner.commitment import Integrity, check_integrity, commit
from planner.signing.keys import identity_for
from ui.brief.commit_dialog import CommitDialog
from ui.brief.revise_dialog import ReviseDialog


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    QLocale.setDefault(QLocale("en_US"))  # "19,250.50" as typed below
    yield
    QLocale.setDefault(QLocale.c())


def _stored(store):
    deal = store.add_plan(lease_plan())
    return store.get_plan(deal)


def test_commit_and_sign(qtbot, store) -> None:
    plan = _stored(store)
    dialog = CommitDialog(plan, store=store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert "goes above USD 18,500 per month" in dialog.statement.text()
    assert not dialog.commit_button.isEnabled()  # the statement is not confirmed yet
    dialog.signer.clear()
    qtbot.keyClicks(dialog.signer, "Sam Rivera")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.commit_button.isEnabled()
    signature(dialog.pad, qtbot)
    dialog.grab().save("/tmp/commit-dialog.png")
    with qtbot.waitSignal(dialog.committed):
        qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CommitDialog.DialogCode.Accepted
    saved = store.get_plan(plan.id)
    assert [c.revision for c in saved.commitments] == [1]
    assert saved.commitments[0].signer == "Sam Rivera"
    assert saved.commitments[0].signed_at == NOW
    assert saved.commitments[0].signature_png.startswith(b"\x89PNG")
    assert check_integrity(saved).state is Integrity.INTACT
    assert identity_for("Sam Rivera") is not None  # the key is made on first commit
    assert plan.commitments == []  # the caller's plan is untouched until it reloads


def test_commit_needs_a_name(qtbot, store) -> None:
    dialog = CommitDialog(_stored(store), store=store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    dialog.signer.clear()
    qtbot.keyClicks(dialog.signer, "   ")
    assert not dialog.commit_button.isEnabled()


def test_refused_commit_shows_why_and_saves_nothing(qtbot, store, db_path) -> None:
    plan = _stored(store)
    commit(plan, "Sam Rivera", NOW)
    store.save_plan(plan)
    before = file_digest(db_path)
    dialog = CommitDialog(plan, store=store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already committed" in dialog.error.text()
    assert file_digest(db_path) == before


def _committed(store):
    plan = _stored(store)
    commit(plan, "Sam Rivera", NOW)
    store.save_plan(plan)
    return store.get_plan(plan.id)


def test_revise_shows_momentum_and_keeps_history(qtbot, store) -> None:
    plan = _committed(store)
    later = NOW + timedelta(days=3)
    dialog = ReviseDialog(plan, store=store, now=lambda: later)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert "2 rounds and 3.5 hours spent so far" in dialog.momentum.text()
    assert dialog.history.topLevelItemCount() == 1
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "19,250.50")
    qtbot.keyClicks(dialog.reason, "The landlord added the parking spaces we need")
    assert not dialog.revise_button.isEnabled()  # no new signature yet
    signature(dialog.pad, qtbot)
    assert dialog.revise_button.isEnabled()
    dialog.grab().save("/tmp/revise-dialog.png")
    with qtbot.waitSignal(dialog.revised):
        qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    saved = store.get_plan(plan.id)
    assert [c.revision for c in saved.commitments] == [1, 2]
    assert saved.commitments[0].reservation_value == Decimal("18500")
    assert saved.commitments[1].reservation_value == Decimal("19250.50")
    assert saved.commitments[1].reason == "The landlord added the parking spaces we need"
    assert saved.commitments[1].signed_at == later
    assert saved.reservation.value == Decimal("19250.50")
    assert check_integrity(saved).state is Integrity.INTACT


def test_revise_refuses_a_bad_amount(qtbot, store, db_path) -> None:
    plan = _committed(store)
    before = file_digest(db_path)
    dialog = ReviseDialog(plan, store=store, now=lambda: NOW + timedelta(hours=1))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "about twenty")
    qtbot.keyClicks(dialog.reason, "why")
    signature(dialog.pad, qtbot)
    qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("New point: not an amount")
    assert file_digest(db_path) == before
