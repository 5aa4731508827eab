"""Does this PySide6 keep the reference counts of None, True and False?

PySide6 6.12.0's abi3 wheels drop one reference to the object a Qt method returns when it
returns nothing (None) or a bool; on Python 3.11, where these objects are not immortal, the
count runs out after a few thousand calls and the interpreter aborts ("none_dealloc"). This
probe uses Qt alone, no Walkaway code, and prints one JSON object: for each setter and each
object, how far its count moved over ``CALLS`` calls. A sound binding moves it by ~0.

Run it in a child process (it may abort on a faulty binding): ``python qt_binding_probe.py``.
``tests/test_binding_refcounts.py`` and ``packaging/build`` do. Exit 0 when sound, 1 when not.
"""

from __future__ import annotations

import json
import os
import sys

CALLS = 400
#: A drift of more than this many references over CALLS calls is a fault (noise is a handful).
TOLERANCE = 20
_KEEP: list[object] = []


def probe() -> dict[str, dict[str, int]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QSpinBox

    app = QApplication.instance() or QApplication([])
    line, check, spin, combo, plain = QLineEdit(), QCheckBox(), QSpinBox(), QComboBox(), QObject()
    combo.addItems(["a", "b"])
    calls = {
        "setText": lambda i: line.setText(str(i % 7)),
        "setEnabled": lambda i: line.setEnabled(bool(i % 2)),
        "setToolTip": lambda i: line.setToolTip("tip"),
        "setChecked": lambda i: check.setChecked(bool(i % 2)),
        "setValue": lambda i: spin.setValue(i % 50),
        "setCurrentIndex": lambda i: combo.setCurrentIndex(i % 2),
        "setProperty": lambda i: plain.setProperty("p", i),
        "property": lambda i: plain.property("missing"),  # returns None
        "isEnabled": lambda i: line.isEnabled(),  # returns a bool
    }
    # Extra references, so that a faulty binding shows its drift instead of aborting here.
    ballast = [None, True, False] * 200_000
    drift: dict[str, dict[str, int]] = {}
    for name, call in calls.items():
        before = {repr(obj): sys.getrefcount(obj) for obj in (None, True, False)}
        for i in range(CALLS):
            call(i)
        drift[name] = {key: sys.getrefcount(eval(key)) - count for key, count in before.items()}
    del app
    _KEEP.append(ballast)  # a faulty binding would abort at exit once the ballast went
    return drift


def faults(drift: dict[str, dict[str, int]]) -> list[str]:
    return [
        f"{name}: {obj} moved by {moved} over {CALLS} calls"
        for name, moves in drift.items()
        for obj, moved in moves.items()
        if abs(moved) > TOLERANCE
    ]


def main() -> int:
    from PySide6 import __version__

    drift = probe()
    found = faults(drift)
    print(
        json.dumps(
            {"pyside6": __version__, "python": sys.version.split()[0], "drift": drift, "faults": found},
            sort_keys=True,
        )
    )
    return 1 if found else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # no teardown: on a faulty binding it would abort and hide the verdict
