"""The screenshot test: every section, view and dialog on a small screen, a large one, at 200 % and dark.

Each screen runs in a child process (``tests/window_tour.py``): the offscreen platform takes its
screen's size from a configuration file when it starts, and ``QT_SCALE_FACTOR`` is read then too.
The tour renders every state and checks it (``tests/ui_checks.py``): the window and every dialog
inside the screen, no sideways scrolling in the editor, no label cut (unless it elides on purpose
with the whole text in its tooltip), no Alt+letter twice in a window, a dialog or a menu, a tooltip
on every field, and the contrast of the verdict and message colours (WCAG AA, 4.5:1).
``WALKAWAY_TOUR_SHOTS=DIR`` keeps a PNG of every state (``DIR/<screen>/<state>.png``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

SCREENS = {
    "1280x720": (["1280", "720"], "1"),
    "1920x1080": (["1920", "1080"], "1"),
    "200%": (["1920", "1080"], "2"),  # a 1920×1080 screen at 200 %: 960×540 of room
    "dark": (["1280", "720", "--dark"], "1"),
    # Beyond the four: the offscreen platform's own screen (where the other tests run) and a
    # laptop at 150 % (911×512 of room).
    "800x800": (["800", "800"], "1"),
    "1366x768@150%": (["1366", "768"], "1.5"),
}


def tour(name: str, home: Path) -> dict:
    args, scale = SCREENS[name]
    shots = os.environ.get("WALKAWAY_TOUR_SHOTS")
    if shots:
        args = [*args, "--shots", str(Path(shots) / name.replace("%", "pct").replace("@", "-"))]
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "WALKAWAY_HOME": str(home)}
    env.pop("QT_QPA_PLATFORM", None)  # the tour sets the offscreen platform with its own screen
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "window_tour.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# One child per screen and test: the suite's workers (pytest-xdist, -n auto) run them side by side.
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_fits_reads_and_has_one_letter_per_key(screen: str, tmp_path: Path) -> None:
    report = tour(screen, tmp_path / "home")
    assert report["states"] >= 55, "the tour visited every section, view and dialog"
    assert not report["problems"], f"on {screen}:\n" + "\n".join(report["problems"])
