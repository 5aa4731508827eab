"""File mode is as it was: no database driver, no team module, no socket (tests/test_privacy.py) loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import EXAMPLES, ROOT

PROBE = """
import json, sys
from planner.cli import main
db = sys.argv[1]
for run in (["import", sys.argv[2]], ["list"], ["list", "--json"], ["export", "1"], ["round", "1", "--their-offer",
            "18000"], ["assess", "1"], ["followups"], ["record"], ["backup"]):
    assert main([*run, "--db", db]) == 0, run
from ui.app import make_application
from ui.shell.window_manager import open_window
from pathlib import Path
app = make_application()
window = open_window(Path(db))
window.session.open()
window.build_sections()
app.processEvents()
# (SQLAlchemy's PostgreSQL dialect module is loaded by Alembic in file mode too, as before: no driver.)
team = ("psycopg", "psycopg_binary", "psycopg_c", "planner.store.server.store", "planner.store.server.engine",
        "planner.store.server.setup", "planner.store.server.sharing", "ui.session.team_session", "ui.sharing")
print(json.dumps(sorted(name for name in sys.modules if name.startswith(team))))
"""


def test_file_mode_loads_no_driver_and_no_team_module(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), WALKAWAY_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env.pop("WALKAWAY_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "plans.walkaway"), str(EXAMPLES[0])],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
