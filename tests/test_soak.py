"""A long typing session in the real window survives, and everything typed is in the file.

The window is driven in a child process (``tests/soak_window.py``): a Qt binding that leaks
references to None aborts the interpreter, and that must show as this test failing with the
child's last words, not as the whole test run dying.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import ROOT

from planner.demo import demo_plans
from planner.store import Store

#: Keystrokes a session sends; the window of PySide6 6.12.0 on Python 3.11 died after ~300–600.
KEYS = 5000


@pytest.mark.slow
def test_thousands_of_keystrokes_are_all_saved(tmp_path: Path) -> None:
    path = tmp_path / "soak.walkaway"
    with Store(path) as store:
        store.add_plans(demo_plans())
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "soak_window.py"), str(path), str(KEYS)],
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
    )
    assert done.returncode == 0, f"the window died (exit {done.returncode}):\n{done.stderr[-3000:]}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["alive"] and report["keys"] >= KEYS
    assert len(report["typed"]["rationale"]) >= 3000  # 3,000+ keystrokes in one field

    # The fatal fault takes a reference away on every call: thousands lost over this session.
    # A count that grows is harmless (PySide6 6.11 adds one or two to None per QAction it makes),
    # but it must not grow with every keystroke either.
    for name, moved in report["refcount_drift"].items():
        assert moved > -50, f"{name} lost {-moved} references over {report['keys']} keystrokes"
        assert moved < report["keys"], f"{name} gained {moved} references over {report['keys']} keystrokes"

    typed = report["typed"]
    with Store(path) as store:
        planning = store.get_plan(1)
        negotiating = store.get_plan(3)
    assert planning.title == typed["title"]
    assert planning.reservation.rationale == typed["rationale"]
    assert typed["condition"] in planning.reservation.conditions
    assert planning.script.acknowledge == typed["script"]["acknowledge"]
    assert planning.script.reason == typed["script"]["reason"]
    assert planning.script.door == typed["script"]["door"]
    offers = [r.their_offer for r in negotiating.rounds][-len(report["rounds"]) :]
    assert offers == [Decimal(offer) for offer in report["rounds"]]
