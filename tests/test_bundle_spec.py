"""The PyInstaller spec leaves out Qt modules: make sure the code never needs one of them.

A frozen bundle without a module the code imports fails only at run time, on the user's machine;
this finds it in CI, without building.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

SPEC = ROOT / "packaging" / "walkaway.spec"


def _spec_list(name: str) -> list[str]:
    for node in ast.parse(SPEC.read_text()).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return [element.value for element in node.value.elts]
    raise AssertionError(f"{name} not found in {SPEC}")


def _qt_modules_imported(folder: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.setdefault(parts[1], f"{path.name}:{node.lineno}")
    return found


def test_no_code_imports_a_qt_module_the_bundle_leaves_out() -> None:
    unused = set(_spec_list("QT_UNUSED"))
    assert {"QtWebEngineCore", "QtQuick", "Qt3DCore", "QtMultimedia"} <= unused
    imported = _qt_modules_imported(ROOT / "ui") | _qt_modules_imported(ROOT / "planner")
    clashes = {module: where for module, where in imported.items() if module in unused}
    assert not clashes, f"remove these from QT_UNUSED in {SPEC.name}, or stop importing them: {clashes}"


def test_the_checker_sees_qt_imports(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("from PySide6.QtQuick import QQuickView\nimport PySide6.QtWidgets\n")
    assert set(_qt_modules_imported(tmp_path)) == {"QtQuick", "QtWidgets"}
