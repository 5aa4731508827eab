"""Desktop integration files: valid for the freedesktop tools, and consistent with each other and the code.

The validators are Debian's desktop-file-utils, appstream and shared-mime-info
(``packaging/bootstrap test`` installs them); each test skips with a reason when its tool is missing.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest
from helpers import ROOT

import planner

LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.walkaway.Walkaway"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: see packaging/bootstrap)")
    return path


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run([tool("desktop-file-validate"), DESKTOP], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", METAINFO], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_files_agree_with_each_other_and_the_code() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID

    mime = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None
    assert entry["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    assert [glob.get("pattern") for glob in mime.iter(f"{MIME_NS}glob")] == ["*.walkaway.json"]

    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.find("releases/release").get("version") == planner.__version__
    assert meta.findtext("provides/mediatype") == mime.get("type")


def test_plan_files_get_the_walkaway_type(tmp_path: Path) -> None:
    """shared-mime-info compiles our type and maps *.walkaway.json to it."""
    update = tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / MIME.name)
    subprocess.run([update, tmp_path / "mime"], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert "application/x-walkaway-plan+json:*.walkaway.json" in globs
    assert "application/x-walkaway-plan+json application/json" in (tmp_path / "mime" / "subclasses").read_text()


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_icon_in_every_usual_size() -> None:
    assert ET.parse(ICONS / "walkaway.svg").getroot().tag.endswith("svg")
    for size in SIZES:
        assert png_size(ICONS / "png" / f"walkaway-{size}.png") == (size, size)


def test_install_desktop_puts_everything_in_place_and_takes_it_away(tmp_path: Path) -> None:
    data = tmp_path / "share"
    exe = tmp_path / "bin" / "walkaway"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\nexit 0\n")
    exe.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = LINUX / "install-desktop"

    result = subprocess.run(["bash", script, exe], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / DESKTOP.name
    assert desktop_entry(installed)["Exec"] == f"{exe} %f"
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", installed], capture_output=True).returncode == 0

    result = subprocess.run(["bash", script, "--uninstall"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))


def test_install_desktop_refuses_a_missing_program(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        ["bash", LINUX / "install-desktop", tmp_path / "nowhere"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 2
    assert "no walkaway program" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
