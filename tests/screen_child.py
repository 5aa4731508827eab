"""Run a piece of window code in a child process on a screen of a given size and scale.

The offscreen platform reads its screens from a configuration file when the application starts
(``QT_QPA_PLATFORM=offscreen:configfile=…``), and ``QT_SCALE_FACTOR`` is read then too, so a
test that needs a 1280×720 screen or 200 % scaling runs its code in a child. The code prints one
JSON line last; :func:`run_on_screen` returns it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

PRELUDE = """
import json, sys
sys.path[:0] = [{root!r}, {tests!r}]
from ui.app import make_application
app = make_application()

def settle(ms=50):
    import time
    end = time.monotonic() + ms / 1000
    app.processEvents()
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
"""


def run_on_screen(code: str, width: int, height: int, *, home: Path, scale: str = "1") -> dict:
    home.mkdir(parents=True, exist_ok=True)
    config = home / f"screen-{width}x{height}.json"
    screen = {"name": "test", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [{**screen, "logicalBaseDpi": 96}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "WALKAWAY_HOME": str(home),
    }
    program = PRELUDE.format(root=str(ROOT), tests=str(ROOT / "tests")) + code
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
