"""The real command opens the window on a file and paints its deals (the start-up hook quits it)."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli


def test_walkaway_opens_the_window_and_paints_the_deals(db_path: Path) -> None:
    assert run_cli("demo", "--db", db_path).returncode == 0
    result = run_cli("--db", db_path, env={"QT_QPA_PLATFORM": "offscreen", "WALKAWAY_QUIT_AFTER_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
