"""Issue 4: the brief of a committed plan.

Targets on the 2-core machine: ``walkaway brief ID -o FILE`` as a whole process
under 0.6 s; in the app, once warm, a brief under 50 ms.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_brief.py -s
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from helpers import ROOT

from planner.brief.document import build_brief, sign_brief
from planner.commitment import commit


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _committed_db(tmp_path: Path) -> Path:
    from briefs import NOW, lease_plan

    from planner.signing.keys import ensure_identity
    from planner.store import Store

    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW)
    ensure_identity("Sam Rivera", NOW)
    db = tmp_path / "bench.walkaway"
    with Store(db) as store:
        store.add_plan(plan)
    return db


def test_whole_process(benchmark, tmp_path: Path) -> None:
    db = _committed_db(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "planner", "brief", "1", "--db", str(db), "-o", str(tmp_path / "b.pdf")]
    first = subprocess.run(command, env=env, capture_output=True, text=True)  # warm the OS file cache, .pyc files
    assert first.returncode == 0, first.stderr
    times, cpu = [], []
    for _ in range(7):
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - used)
    best = min(times)
    benchmark.extra_info.update(best_s=best, median_s=sorted(times)[3], best_cpu_s=min(cpu))
    # On a shared machine the wall clock waits for other people's work; CPU time does not.
    print(
        f"\nwalkaway brief (whole process): best {best:.3f} s wall, {min(cpu):.3f} s CPU; "
        f"median {sorted(times)[3]:.3f} s wall (target < 0.6 s; load {os.getloadavg()[0]:.1f})"
    )
    benchmark.pedantic(lambda: None, rounds=1)


def test_warm_in_app(benchmark) -> None:
    from briefs import NOW, TODAY, lease_plan

    plan = lease_plan()
    commit(plan, "Sam Rivera", NOW)
    for _ in range(3):
        brief = build_brief(plan, today=TODAY)
    result = benchmark.pedantic(lambda: build_brief(plan, today=TODAY), rounds=30, iterations=1)
    assert result.committed
    stats = benchmark.stats.stats
    cpu = []
    for _ in range(10):
        start = time.process_time()
        build_brief(plan, today=TODAY)
        cpu.append(time.process_time() - start)
    print(
        f"\nwarm brief (preview, in-app): min {stats.min * 1000:.1f} ms wall, {min(cpu) * 1000:.1f} ms CPU, "
        f"median {stats.median * 1000:.1f} ms wall (target < 50 ms; load {os.getloadavg()[0]:.1f})"
    )
    sign_brief(brief, NOW)
    times = []
    for _ in range(10):
        start = time.perf_counter()
        sign_brief(build_brief(plan, today=TODAY), NOW)
        times.append(time.perf_counter() - start)
    print(f"warm signed export (build + sign): min {min(times) * 1000:.1f} ms")
