"""Shared test set-up: Qt offscreen, and every test in its own data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from helpers import DATA
from pg_fixtures import pg_superuser, team, team_server  # noqa: F401 - the team-mode tests' server


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys, logs and backups go to a fresh folder; no test touches the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WALKAWAY_HOME", str(home))
    monkeypatch.delenv("WALKAWAY_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.walkaway"


@pytest.fixture
def store(db_path: Path):
    from planner.store import Store

    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    target = tmp_path / "office-lease.walkaway.json"
    shutil.copy(DATA / "office-lease.walkaway.json", target)
    return target
