"""Only commitments made on this computer are signed with its key; an imported one says it was imported.

Before, `brief` signed an imported commitment with a key it made on the spot for the name
in the file, so a signed brief did not show that anyone had committed on this computer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from briefs import NOW, lease_plan, licence_plan, pdf_text
from helpers import run_cli

from planner.commitment import commit
from planner.plans.files import write_plan_file
from planner.signing.keys import identity_for
from planner.signing.verify import Verdict, verify_pdf

IMPORTED = "IMPORTED COMMITMENT, NOT SIGNED HERE"


@pytest.fixture
def committed_elsewhere(tmp_path: Path) -> Path:
    """A plan file holding a commitment signed by someone, somewhere else."""
    plan = licence_plan()
    commit(plan, "Pat Stranger", NOW)
    target = tmp_path / "theirs.walkaway.json"
    write_plan_file(plan, target)
    return target


def test_an_imported_commitment_is_not_signed_here(tmp_path: Path, db_path: Path, committed_elsewhere: Path) -> None:
    imported = run_cli("import", committed_elsewhere, "--db", db_path)
    assert imported.stdout.strip() == "1"
    assert "signed by Pat Stranger was made on another computer" in imported.stderr
    target = tmp_path / "brief.pdf"
    made = run_cli("brief", "1", "-o", target, "--db", db_path)
    assert made.returncode == 0, made.stderr
    assert "(not signed: the commitment was imported)" in made.stdout
    assert "was imported, not made on this computer" in made.stderr
    assert identity_for("Pat Stranger") is None  # no key made on the spot for the name in the file
    text = pdf_text(target.read_bytes())
    assert IMPORTED in text and "Pat Stranger" in text
    checked = run_cli("verify", target)
    assert checked.returncode == 3
    assert "document:    unsigned: the brief says its commitment was imported" in checked.stdout


def test_your_own_commitment_exported_and_imported_here_stays_yours(tmp_path: Path, db_path: Path) -> None:
    run_cli("demo", "--db", db_path)
    assert run_cli("commit", "1", "--signer", "Jordan Lee", "--db", db_path).returncode == 0
    assert run_cli("export", "1", "-o", tmp_path / "mine.walkaway.json", "--db", db_path).returncode == 0
    again = run_cli("import", tmp_path / "mine.walkaway.json", "--db", db_path).stdout.strip()
    made = run_cli("brief", again, "-o", tmp_path / "brief.pdf", "--db", db_path)
    assert "(signed)" in made.stdout, made.stdout + made.stderr
    assert run_cli("verify", tmp_path / "brief.pdf").returncode == 0


def test_demo_commitments_are_made_here(tmp_path: Path, db_path: Path) -> None:
    run_cli("demo", "--db", db_path)  # deal 2 is the committed one
    made = run_cli("brief", "2", "-o", tmp_path / "brief.pdf", "--db", db_path)
    assert "(signed)" in made.stdout, made.stdout + made.stderr
    assert run_cli("verify", tmp_path / "brief.pdf").returncode == 0


@pytest.fixture
def _english_numbers() -> Iterator[None]:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


def test_the_commit_dialog_commits_here(qtbot, store, tmp_path: Path) -> None:
    from ui_drawing import signature

    from PySide6.QtCore import Qt

    from planner.brief.export import export_brief
    from ui.brief.commit_dialog import CommitDialog

    plan = store.get_plan(store.add_plan(lease_plan()))
    dialog = CommitDialog(plan, store=store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.signer.clear()
    qtbot.keyClicks(dialog.signer, "Sam Rivera")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    signature(dialog.pad, qtbot)
    with qtbot.waitSignal(dialog.committed):
        qtbot.mouseClick(dialog.commit_button, Qt.MouseButton.LeftButton)
    brief = export_brief(store.get_plan(plan.id), tmp_path / "brief.pdf", now=NOW)
    assert brief.signed and not brief.imported
    assert verify_pdf(tmp_path / "brief.pdf").known


@pytest.mark.usefixtures("_english_numbers")
def test_a_revision_made_here_signs_an_imported_commitment(qtbot, store, tmp_path: Path) -> None:
    from ui_drawing import signature

    from PySide6.QtCore import Qt

    from planner.brief.export import export_brief
    from ui.brief.revise_dialog import ReviseDialog

    theirs = lease_plan()
    commit(theirs, "Pat Stranger", NOW)
    plan = store.get_plan(store.add_plan(theirs))
    before = export_brief(plan, tmp_path / "before.pdf", now=NOW)
    assert before.imported and not before.signed
    assert verify_pdf(tmp_path / "before.pdf").verdict is Verdict.UNSIGNED

    dialog = ReviseDialog(plan, store=store, now=lambda: NOW + timedelta(days=1))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.signer.clear()
    qtbot.keyClicks(dialog.signer, "Sam Rivera")
    qtbot.keyClicks(dialog.reason, "Adopted on my own computer")
    signature(dialog.pad, qtbot)
    with qtbot.waitSignal(dialog.revised):
        qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    after = export_brief(store.get_plan(plan.id), tmp_path / "after.pdf", now=NOW + timedelta(days=1))
    assert after.signed and not after.imported
    result = verify_pdf(tmp_path / "after.pdf")
    assert result.known and result.signer == "Sam Rivera"
    assert IMPORTED not in pdf_text((tmp_path / "after.pdf").read_bytes())
