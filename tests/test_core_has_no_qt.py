"""planner/ is the Qt-free core: importing all of it must not load PySide6 or ui/."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT

PROBE = """
import importlib, pkgutil, sys
import planner
for module in pkgutil.walk_packages(planner.__path__, "planner."):
    skip = module.name.endswith(("__main__", "migrations.env")) or ".migrations.versions" in module.name
    if skip:
        continue
    importlib.import_module(module.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "ui"})
print(",".join(leaked))
"""


def test_importing_every_planner_module_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_probe_would_notice_qt() -> None:
    """The probe itself works: a module that imports Qt is reported."""
    probe = PROBE.replace("leaked =", "import PySide6.QtCore\nleaked =")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "PySide6.QtCore" in result.stdout


def test_cli_start_does_not_load_heavy_modules() -> None:
    """``walkaway --version`` and the parser stay light: no SQLAlchemy, ReportLab or pyHanko."""
    code = (
        "import sys; from planner.cli import build_parser; build_parser(); "
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'sqlalchemy','reportlab','pyhanko','pydantic','PySide6','alembic'})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
