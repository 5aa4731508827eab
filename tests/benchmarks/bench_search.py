"""Issue 3: typing in the deal search box with 10,000 deals stays under one frame (16 ms).

Each keystroke is measured from the key press to the list repainted once, in CPU time of
this process: the 2-core build machine is shared, and wall time there mostly measures the
other processes. Wall time is reported too.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_search.py -s
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.store.reader import read_deal_list
from ui.deals.list_pane import DealListPane

FRAME_MS = 16.0
# Narrowing, then widening again: typing a query and deleting it.
TYPED = "deal 01"


def test_search_keystroke_under_a_frame(benchmark, qtbot, big_db: Path) -> None:
    deals = read_deal_list(big_db)
    assert deals is not None and len(deals) == 10_000
    pane = DealListPane()
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    pane.set_deals(deals)
    pane.show()
    qtbot.waitExposed(pane)
    search = pane.search

    walls: list[float] = []

    def keystroke(key: str | Qt.Key) -> float:
        QApplication.processEvents()  # nothing left over from the previous keystroke
        wall, cpu = time.perf_counter(), time.process_time()
        if isinstance(key, str):
            qtbot.keyClicks(search, key)
        else:
            qtbot.keyClick(search, key)
        pane.table.viewport().repaint()  # the one frame the user sees, painted now
        walls.append((time.perf_counter() - wall) * 1000)
        return (time.process_time() - cpu) * 1000

    timings: list[float] = []
    for _ in range(5):
        timings += [keystroke(char) for char in TYPED]
        timings += [keystroke(Qt.Key.Key_Backspace) for _ in TYPED]
    assert pane.model.rowCount() == 10_000

    def repaint_only() -> float:
        QApplication.processEvents()
        cpu = time.process_time()
        pane.table.viewport().repaint()
        return (time.process_time() - cpu) * 1000

    # The same frame with no keystroke: what any repaint of this list costs on this machine now.
    baseline = statistics.median(repaint_only() for _ in range(40))
    worst, median = max(timings), statistics.median(timings)
    p95 = sorted(timings)[int(len(timings) * 0.95)]
    figures = {
        "cpu_median_ms": round(median, 2),
        "cpu_p95_ms": round(p95, 2),
        "cpu_worst_ms": round(worst, 2),
        "wall_median_ms": round(statistics.median(walls), 2),
        "cpu_repaint_alone_median_ms": round(baseline, 2),
    }
    benchmark.extra_info.update(figures)
    print(f"\nsearch keystroke with 10,000 deals: {figures}")
    benchmark.pedantic(lambda: keystroke("d") + keystroke(Qt.Key.Key_Backspace), rounds=20)
    assert median < FRAME_MS
