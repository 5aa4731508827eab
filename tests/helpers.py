"""Small helpers shared by tests: running the real ``walkaway`` command in a child process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
#: The shared example plan files (copied from the product's examples).
EXAMPLES = sorted(DATA.glob("*.walkaway.json"))
#: The day the demo plans in the frozen schema files were made for (``demo_plans(FROZEN_DEMO_DAY)``):
#: the demo's dates count back from "today", so a frozen file compares with the demo of its own day.
FROZEN_DEMO_DAY = date(2026, 11, 27)


def run_cli(
    *args: str | Path, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run ``python -m planner ARGS`` as a user would, with this checkout first on the path."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        capture_output=True,
        text=True,
        input=input,
        env=environment,
        timeout=120,
    )


def file_digest(path: Path) -> str:
    """SHA-256 of a file and its -wal/-shm companions: 'nothing changed' means all three."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            digest.update(suffix.encode() + part.read_bytes())
    return digest.hexdigest()
