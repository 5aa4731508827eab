"""What a wheel and the standalone bundle carry: every package, and resources/ (fonts, guide, demo plans).

Checked from pyproject.toml and the PyInstaller spec, without building either.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from helpers import ROOT

from planner.paths import RESOURCES_PACKAGE, installed_resources

SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_package_and_every_resources_folder_is_in_the_wheel() -> None:
    packages = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for top in ("planner", "ui")
        for path in (ROOT / top).rglob("__init__.py")
    }
    folders = {
        ".".join((RESOURCES_PACKAGE, *path.relative_to(ROOT / "resources").parts))
        for path in [ROOT / "resources", *(ROOT / "resources").rglob("*")]
        if path.is_dir() and path.name != "__pycache__"
    }
    assert f"{RESOURCES_PACKAGE}.demo" in folders
    assert set(SETUPTOOLS["packages"]) == packages | folders
    assert SETUPTOOLS["package-dir"] == {RESOURCES_PACKAGE: "resources"}
    assert SETUPTOOLS["package-data"][RESOURCES_PACKAGE] == ["**/*"]


def test_the_bundle_carries_resources() -> None:
    spec = (ROOT / "packaging" / "walkaway.spec").read_text()
    assert '(str(ROOT / "resources"), "resources")' in spec


def test_an_installed_wheel_finds_its_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = tmp_path / RESOURCES_PACKAGE  # as pip lays it out: a folder of data, no __init__.py
    (installed / "demo").mkdir(parents=True)
    (installed / "demo" / "1-a.walkaway.json").write_text("{}")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert installed_resources() == installed


def test_no_resources_installed_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("planner.paths.RESOURCES_PACKAGE", "walkaway_resources_not_there")
    with pytest.raises(FileNotFoundError, match="resources are missing"):
        installed_resources()
