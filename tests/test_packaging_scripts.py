"""The packaging scripts parse, and the spec finds the name and version where they really are."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from helpers import ROOT

import planner

SCRIPTS = ["bootstrap", "build", "smoke-test", "update-translations", "linux/install-desktop", "test-postgres"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_parses_and_stops_on_errors(script: str) -> None:
    path = ROOT / "packaging" / script
    result = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "set -euo pipefail" in path.read_text()


def test_spec_reads_name_and_version_from_their_one_source() -> None:
    """Run the spec's own lines that compute NAME and VERSION (the rest needs PyInstaller)."""
    tree = ast.parse((ROOT / "packaging" / "walkaway.spec").read_text())
    wanted = [
        n
        for n in tree.body
        if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") in {"ROOT", "NAME", "VERSION"}
    ]
    namespace = {"SPECPATH": str(ROOT / "packaging"), "ast": ast, "tomllib": tomllib, "Path": Path}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "walkaway.spec", "exec"), namespace)
    assert namespace["NAME"] == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]
    assert namespace["VERSION"] == planner.__version__


def test_test_postgres_runs_a_throwaway_server_and_takes_it_away() -> None:
    """What .ci/run does for the team-mode tests: a cluster of its own, reachable, gone afterwards."""
    import os
    import shutil

    installed = any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or shutil.which("pg_config")
    if not installed and not os.environ.get("WALKAWAY_REQUIRE_PG"):
        pytest.skip("PostgreSQL is not installed here (packaging/test-postgres installs it with apt-get in CI)")
    probe = (
        "import os, psycopg; "
        "print(os.environ['WALKAWAY_PG_DIR']); "
        "print(psycopg.connect(os.environ['WALKAWAY_TEST_PG']).execute('SHOW log_statement').fetchone()[0])"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("WALKAWAY_TEST_PG", "WALKAWAY_PG_DIR")}
    result = subprocess.run(
        ["bash", ROOT / "packaging" / "test-postgres", sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    folder, log_statement = result.stdout.split()
    assert log_statement == "none"  # no statement, and so no parameter, in the server's log
    assert not Path(folder).exists()
