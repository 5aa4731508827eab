"""A commitment whose fingerprint does not match its plan is said wherever the deal shows.

At import, in `list` (a mark), in `assess`, in the window's commitment banner and on the
brief. Before, a forged fingerprint in an imported plan file was accepted silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from briefs import NOW, TODAY, licence_plan, pdf_text
from helpers import run_cli

from planner.commitment import commit
from planner.model import Plan
from planner.plans.files import write_plan_file


def _forged_fingerprint(plan: Plan) -> None:
    plan.commitments[0].fingerprint = "ab" * 32


def _point_moved_in_the_file(plan: Plan) -> None:
    plan.reservation.value = Decimal("1987654.32")  # the commitment still records 987,654.32


def _point_moved_with_its_record(plan: Plan) -> None:
    """The forger moved the point and the value the commitment records, but cannot make the fingerprint."""
    plan.reservation.value = plan.commitments[0].reservation_value = Decimal("1987654.32")


def _no_recorded_point(plan: Plan) -> None:
    plan.commitments[0].reservation_value = None
    plan.commitments[0].side = None
    plan.alternatives[0].value = Decimal("1")


FORGERIES: dict[str, Callable[[Plan], None]] = {
    "forged fingerprint": _forged_fingerprint,
    "point moved": _point_moved_in_the_file,
    "point and record moved": _point_moved_with_its_record,
    "no recorded point": _no_recorded_point,
}


def _forged_file(tmp_path: Path, forge: Callable[[Plan], None]) -> Path:
    plan = licence_plan()
    commit(plan, "Pat Stranger", NOW)
    forge(plan)
    target = tmp_path / "forged.walkaway.json"
    write_plan_file(plan, target)
    return target


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_mismatched_commitment_is_said_on_the_command_line(forgery: str, tmp_path: Path, db_path: Path) -> None:
    forged = _forged_file(tmp_path, FORGERIES[forgery])
    imported = run_cli("import", forged, "--db", db_path)
    assert imported.returncode == 0 and imported.stdout.strip() == "1"
    warnings = [line for line in imported.stderr.splitlines() if "forged.walkaway.json" in line]
    assert any("does not match" in line or "not the one signed" in line for line in warnings), imported.stderr

    listed = run_cli("list", "--db", db_path)
    row = next(line for line in listed.stdout.splitlines() if line.lstrip().startswith("1 "))
    assert "committed !" in row
    assert "! the plan does not match its signed commitment" in listed.stdout
    as_json = json.loads(run_cli("list", "--json", "--db", db_path).stdout)
    assert as_json[0]["commitment_state"] in ("unsigned_edits", "tampered")
    assert as_json[0]["commitment_imported"] is True

    assessed = run_cli("assess", "1", "--db", db_path)
    assert "Warning:" in assessed.stdout and "Annual licence renewal" in assessed.stdout
    assert json.loads(run_cli("assess", "1", "--json", "--db", db_path).stdout)["commitment_state"] in (
        "unsigned_edits",
        "tampered",
    )

    target = tmp_path / "brief.pdf"
    made = run_cli("brief", "1", "-o", target, "--db", db_path)
    assert made.returncode == 0 and "(signed)" not in made.stdout
    assert "Warning: the" in pdf_text(target.read_bytes())


def test_a_matching_commitment_gets_no_mark(tmp_path: Path, db_path: Path) -> None:
    assert run_cli("demo", "--db", db_path).returncode == 0
    listed = run_cli("list", "--db", db_path)
    assert " !" not in listed.stdout and "does not match" not in listed.stdout
    assert "Warning" not in run_cli("assess", "2", "--db", db_path).stdout
    entry = next(d for d in json.loads(run_cli("list", "--json", "--db", db_path).stdout) if d["id"] == 2)
    assert entry["commitment_state"] == "intact" and entry["commitment_imported"] is False
    assert (
        next(d for d in json.loads(run_cli("list", "--json", "--db", db_path).stdout) if d["id"] == 1)[
            "commitment_state"
        ]
        is None
    )


@pytest.mark.parametrize("forgery", ["forged fingerprint", "point moved"])
def test_the_window_says_it(forgery: str, qtbot, tmp_path: Path, db_path: Path) -> None:
    from ui.brief.feature import BriefFeature
    from ui.session.controller import PlanController
    from ui.shell.main_window import MainWindow

    window = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    window.file_actions.import_paths([_forged_file(tmp_path, FORGERIES[forgery])])
    assert "does not match" in window.statusBar().currentMessage() or "not the one signed" in (
        window.statusBar().currentMessage()
    )
    banner = window.findChild(BriefFeature).banner
    qtbot.waitUntil(banner.isVisible)
    text = banner.text.text()
    assert text.startswith("Imported commitment: revision 1, signed by Pat Stranger")
    assert "does not match" in text or "not the one signed" in text


def test_the_lean_read_for_list_checks_like_the_whole_plan(tmp_path: Path, store) -> None:
    from planner.demo import demo_plans
    from planner.plans.files import read_plan_file
    from planner.signing.made_here import check_commitment

    forged = [read_plan_file(_forged_file(tmp_path, forge)) for forge in FORGERIES.values()]
    store.add_plans([*demo_plans(TODAY), *forged])
    lean = {plan.id: plan for plan in store.plans_for_commitment_check()}
    committed = [d.id for d in store.list_deals() if store.get_plan(d.id).commitments]
    assert sorted(lean) == sorted(committed) and len(committed) == 5 + len(FORGERIES)
    for deal in committed:
        whole = store.get_plan(deal)
        assert check_commitment(lean[deal]) == check_commitment(whole)
        assert lean[deal].commitments == whole.commitments
