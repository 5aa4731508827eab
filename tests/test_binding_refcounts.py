"""Guard against a Qt binding that leaks away references to None, True or False.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt setter; the window then
aborts after a few hundred keystrokes. The probe runs in a child process (on a faulty binding
it may abort) and uses Qt alone, so this test names the binding, not our code.
"""

from __future__ import annotations

import json
import subprocess
import sys

from helpers import ROOT

PROBE = ROOT / "packaging" / "qt_binding_probe.py"


def test_qt_setters_keep_the_refcounts_of_none_true_and_false() -> None:
    done = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True, timeout=120)
    assert done.stdout, f"the probe died without a verdict (exit {done.returncode}): {done.stderr[-2000:]}"
    report = json.loads(done.stdout)
    assert report["faults"] == [], (
        f"PySide6 {report['pyside6']} on Python {report['python']} leaks references: {report['faults']}; "
        "exclude this build in pyproject.toml"
    )
    assert done.returncode == 0
    # The probe really called the setters it names (an empty probe would pass anything).
    assert {"setText", "setEnabled", "setChecked", "setValue", "setCurrentIndex"} <= set(report["drift"])


def test_the_probe_sees_a_leak() -> None:
    """The verdict function flags a drift like 6.12.0's (-400 over 400 calls) and not noise."""
    sys.path.insert(0, str(PROBE.parent))
    try:
        import qt_binding_probe
    finally:
        sys.path.remove(str(PROBE.parent))
    faulty = {"setText": {"None": -400, "True": -1, "False": -1}}
    sound = {"setText": {"None": -1, "True": 3, "False": -1}}
    assert qt_binding_probe.faults(faulty) == ["setText: None moved by -400 over 400 calls"]
    assert qt_binding_probe.faults(sound) == []
