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
from collections.abc import Iterator
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


def _start(name: str, home: Path) -> subprocess.Popen[str]:
    args, scale = SCREENS[name]
    shots = os.environ.get("WALKAWAY_TOUR_SHOTS")
    if shots:
        args = [*args, "--shots", str(Path(shots) / name.replace("%", "pct").replace("@", "-"))]
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "WALKAWAY_HOME": str(home)}
    env.pop("QT_QPA_PLATFORM", None)  # the tour sets the offscreen platform with its own screen
    return subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "window_tour.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def tours(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """All four tours at once: each child is mostly one thread, so two cores take them two by two."""
    started = {name: _start(name, tmp_path_factory.mktemp(f"tour-{i}")) for i, name in enumerate(SCREENS)}
    yield started
    for child in started.values():
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_fits_reads_and_has_one_letter_per_key(screen: str, tours: dict) -> None:
    out, err = tours[screen].communicate(timeout=300)
    assert tours[screen].returncode == 0, err[-3000:]
    report = json.loads(out.strip().splitlines()[-1])
    assert report["states"] >= 55, "the tour visited every section, view and dialog"
    assert not report["problems"], f"on {screen}:\n" + "\n".join(report["problems"])
