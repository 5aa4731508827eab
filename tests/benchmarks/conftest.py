"""Benchmark fixtures: large generated files, built once per machine and reused."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/ helpers

CACHE = Path(os.environ.get("WALKAWAY_BENCH_CACHE", Path(__file__).resolve().parent / ".cache"))


@pytest.fixture(scope="session")
def big_db() -> Path:
    """10,000 deals with 20 rounds each."""
    from generate import build_big_file

    return build_big_file(CACHE / "10000-deals.walkaway", deals=10_000, rounds=20)
