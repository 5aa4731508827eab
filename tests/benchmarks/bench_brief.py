"""Issue 4: the brief of a committed plan.

Targets on the 2-core machine: ``walkaway brief ID -o FILE`` as a whole process
under 0.6 s; in the app, once warm, Export brief… under 50 ms.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_brief.py -s

Besides the targets it measures, in the same run, what bounds the whole process:
a process that only imports pyHanko's signer and signs a brief already made
(pyHanko is what the issue asks to sign with), and the same command on a draft,
which is not signed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from helpers import ROOT

RUNS = 7


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _committed_db(tmp_path: Path) -> Path:
    from briefs import NOW, commit_here, lease_plan

    from planner.signing.keys import ensure_identity
    from planner.store import Store

    plan = lease_plan()
    commit_here(plan, "Sam Rivera", NOW)  # made on this computer, so its brief is signed
    ensure_identity("Sam Rivera", NOW)
    draft = lease_plan()
    draft.title = "Office lease renewal (draft)"
    db = tmp_path / "bench.walkaway"
    with Store(db) as store:
        store.add_plans([plan, draft])  # 1 committed, 2 a draft
    return db


def _time_processes(command: list[str]) -> tuple[float, float, float]:
    """Best and median wall time and best CPU time of ``command`` over RUNS runs."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    first = subprocess.run(command, env=env, capture_output=True, text=True)  # OS file cache, .pyc files
    assert first.returncode == 0, first.stderr
    times, cpu = [], []
    for _ in range(RUNS):
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - used)
    return min(times), statistics.median(times), min(cpu)


_SIGN_ONLY = """
import sys
from planner.signing.lean import skip_http_clients
skip_http_clients()
from planner.signing.keys import identity_for
from planner.signing.sign import sign_pdf
data = open(sys.argv[1], "rb").read()
sign_pdf(data, identity_for("Sam Rivera"), fingerprint="ab" * 32, box=(40, 40, 300, 120))
"""


def test_whole_process(tmp_path: Path) -> None:
    db = _committed_db(tmp_path)
    python = [sys.executable]
    brief = [*python, "-m", "planner", "brief", "--db", str(db), "-o", str(tmp_path / "b.pdf")]
    signed = _time_processes([*brief[:4], "1", *brief[4:]])
    draft = _time_processes([*brief[:4], "2", *brief[4:]])
    floor = _time_processes([*python, "-c", _SIGN_ONLY, str(tmp_path / "b.pdf")])  # the draft's PDF, signed
    bare = _time_processes([*python, "-c", "pass"])
    load = os.getloadavg()[0]
    print(f"\nwhole process, best / median wall, best CPU (target < 0.6 s; load {load:.1f}):")
    for name, (best, median, cpu) in (
        ("walkaway brief, committed (signed)", signed),
        ("walkaway brief, draft (not signed)", draft),
        ("only import pyHanko and sign a made PDF", floor),
        ("python -c pass", bare),
    ):
        print(f"  {name:42} {best:.3f} s / {median:.3f} s  {cpu:.3f} s CPU  ({best / 0.6:.2f}x the target)")


def test_warm_export_in_the_window(qtbot, tmp_path: Path) -> None:
    from briefs import NOW, TODAY

    from ui.brief.feature import BriefFeature
    from ui.session.controller import PlanController
    from ui.shell.main_window import MainWindow

    db = _committed_db(tmp_path)
    window = MainWindow(PlanController(db, today=lambda: TODAY))
    qtbot.addWidget(window)
    feature = window.findChild(BriefFeature)
    feature.now = lambda: NOW
    feature.choose_path = lambda _parent, _name, chosen: chosen(tmp_path / "exported.pdf")
    window.refresh_deal_list()
    window.show()
    window.controller.select_deal(1)
    qtbot.waitUntil(lambda: feature.preview.brief is not None and feature.preview.brief.committed, timeout=60_000)

    def exported(message: str) -> bool:
        return message.startswith("Brief exported")

    def export_once() -> tuple[float, float, float]:
        """Trigger to the status bar saying it is done (sign + write on the task runner), and the GUI's part."""
        window.statusBar().clearMessage()  # the same message again would not signal a change
        start, used = time.perf_counter(), time.process_time()
        with qtbot.waitSignal(window.statusBar().messageChanged, timeout=60_000, check_params_cb=exported):
            feature.export()
            on_gui = time.perf_counter() - start
        return time.perf_counter() - start, on_gui, time.process_time() - used

    for _ in range(3):
        export_once()  # warm: pyHanko imported, fonts registered, key loaded once
    runs = [export_once() for _ in range(30)]
    wall, gui, cpu = ([run[i] for run in runs] for i in range(3))
    assert "Brief exported (signed)" in window.statusBar().currentMessage()
    from planner.brief.document import build_brief

    build = []
    for _ in range(10):
        start = time.perf_counter()
        build_brief(window.controller.current_plan(), today=TODAY)
        build.append(time.perf_counter() - start)
    ms = 1000
    print(
        "\nExport brief… in the window, warm, preview up to date (sign + write on the task runner, to done):"
        f" median {statistics.median(wall) * ms:.1f} ms, min {min(wall) * ms:.1f} ms, max {max(wall) * ms:.1f} ms"
        f" wall; median {statistics.median(cpu) * ms:.1f} ms CPU (target < 50 ms; load {os.getloadavg()[0]:.1f})\n"
        f"of which the GUI thread: median {statistics.median(gui) * ms:.2f} ms, max {max(gui) * ms:.2f} ms\n"
        "building the brief (what the preview does off the GUI thread after an edit):"
        f" median {statistics.median(build) * ms:.1f} ms, min {min(build) * ms:.1f} ms"
    )
