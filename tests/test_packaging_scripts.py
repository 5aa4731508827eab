"""The packaging scripts parse, and the spec finds the name and version where they really are."""

from __future__ import annotations

import ast
import subprocess
import tomllib
from pathlib import Path

import pytest
from helpers import ROOT

import planner

SCRIPTS = ["bootstrap", "build", "smoke-test", "update-translations", "linux/install-desktop"]


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
