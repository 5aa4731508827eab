"""Issue 7: what file safety costs on a 10,000-deal file.

Measures, on a copy of the benchmark file: the quick_check on open (first open, and
an open of the file untouched since it passed), an online backup, and a restore.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_safety.py -s
"""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from planner.store import backup, health

NOON = datetime(2026, 11, 27, 12, tzinfo=UTC)


def _ms(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def test_safety_costs_on_10000_deals(big_db: Path, tmp_path: Path) -> None:
    work = tmp_path / "big.walkaway"
    shutil.copy(big_db, work)
    later = lambda: time.time_ns() + 10 * 10**9  # noqa: E731 - the copy was just made: not racy in real use
    check_ms, ran = _ms(lambda: health.check_on_open(work, now_ns=later))
    assert ran
    cached_ms, ran_again = _ms(lambda: health.check_on_open(work, now_ns=later))
    assert not ran_again
    backup_ms, copy = _ms(lambda: backup.make_backup(work, now=NOON))
    restore_ms, _aside = _ms(lambda: backup.restore_backup(work, copy, now=NOON))
    size_mib = work.stat().st_size / 2**20
    print(
        f"\n{size_mib:.1f} MiB file: quick_check {check_ms:.0f} ms, untouched file {cached_ms:.1f} ms, "
        f"backup {backup_ms:.0f} ms, restore {restore_ms:.0f} ms"
    )
