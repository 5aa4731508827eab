"""The window starts from the real command and quits by itself when asked (the smoke-test hook)."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli


def test_walkaway_opens_the_window_and_quits(db_path: Path) -> None:
    result = run_cli("--db", db_path, env={"QT_QPA_PLATFORM": "offscreen", "WALKAWAY_QUIT_AFTER_START": "1"})
    assert result.returncode == 0, result.stderr
    assert "walkaway: window shown:" in result.stdout
