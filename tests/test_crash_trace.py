"""A hard crash leaves a trace without plan content, and the next start hears of it once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import ROOT

from planner.crash_trace import CrashWatch, unclean_endings

SECRET = "Northwind walk-away 91234.56"


def run_child(folder: Path, db: Path, ending: str) -> subprocess.CompletedProcess:
    """A process that watches itself, holds plan text in memory, then ends as told."""
    code = textwrap.dedent(
        f"""
        import os, signal, sys
        from pathlib import Path
        from planner.crash_trace import CrashWatch
        watch = CrashWatch(Path({str(db)!r}), Path({str(folder)!r}))
        watch.start()
        title = {SECRET!r}
        def deep(text):
            {ending}
        deep(title)
        """
    )
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60)


def test_an_abort_leaves_a_trace_without_plan_text_and_is_reported_once(tmp_path: Path) -> None:
    db = tmp_path / "plans.walkaway"
    done = run_child(tmp_path, db, "os.abort()")
    assert done.returncode != 0
    endings = unclean_endings(tmp_path)
    assert len(endings) == 1
    ending = endings[0]
    assert ending.db_path == db
    assert ending.trace is not None
    trace = ending.trace.read_text()
    assert "Fatal Python error: Aborted" in trace
    assert "in deep" in trace  # the stack names where it died...
    assert "Northwind" not in trace and "91234" not in trace  # ...and nothing the plan says
    assert (ending.trace.stat().st_mode & 0o777) == 0o600
    assert unclean_endings(tmp_path) == []  # said once
    assert ending.trace.exists()  # the trace stays for the bug report


def test_a_kill_without_trace_is_still_an_unclean_ending(tmp_path: Path) -> None:
    done = run_child(tmp_path, tmp_path / "x.walkaway", "os.kill(os.getpid(), signal.SIGKILL)")
    assert done.returncode == -9
    endings = unclean_endings(tmp_path)
    assert [ending.trace for ending in endings] == [None]
    assert list(tmp_path.glob("crash-*.txt")) == []  # the empty trace is not kept


def test_a_clean_exit_leaves_nothing(tmp_path: Path) -> None:
    done = run_child(tmp_path, tmp_path / "x.walkaway", "watch.stop()")
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []
    assert unclean_endings(tmp_path) == []


def test_a_running_session_is_not_taken_for_a_crash(tmp_path: Path) -> None:
    watch = CrashWatch(tmp_path / "x.walkaway", tmp_path)
    watch.start()
    try:
        assert unclean_endings(tmp_path) == []
        assert watch.marker_path is not None and watch.marker_path.exists()
    finally:
        watch.stop()
    assert list(tmp_path.iterdir()) == []
