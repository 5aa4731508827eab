"""Ctrl+C in the terminal quits the window cleanly with edits saved; a crash is reported on the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

from helpers import ROOT

from PySide6.QtWidgets import QApplication, QMessageBox

from planner.crash_trace import UncleanEnding
from planner.demo import demo_plans
from planner.store import Store
from ui.session.controller import PlanController
from ui.shell.crash_notice import show_crash_notice
from ui.shell.main_window import MainWindow
from ui.shell.quit_signals import install_quit_signals
from ui.shell.window_manager import WINDOWS

TODAY = date(2026, 11, 27)


def test_sigint_closes_the_window_and_writes_the_pending_edit(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans(TODAY))
    window = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    WINDOWS.append(window)
    handler = install_quit_signals(QApplication.instance())
    try:
        window.controller.select_deal(1)
        window.controller.edit("Edit title", lambda plan: setattr(plan, "title", "Typed before Ctrl+C"), "title")
        assert window.controller.has_pending_edit  # not yet written: autosave waits
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    finally:
        handler.uninstall()
        if window in WINDOWS:
            WINDOWS.remove(window)
    with Store(db_path) as store:
        assert store.get_plan(1).title == "Typed before Ctrl+C"


def test_the_real_window_quits_on_sigint_and_leaves_no_crash_behind(tmp_path: Path) -> None:
    home = tmp_path / "home"
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", WALKAWAY_HOME=str(home))
    child = subprocess.Popen(
        [sys.executable, "-m", "planner", "--db", str(tmp_path / "plans.walkaway")],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not list((home / "logs").glob("session-*.json")):  # the window is up and watched
            assert child.poll() is None, child.stderr.read()
            assert time.monotonic() < deadline, "the window did not start"
            time.sleep(0.1)
        child.send_signal(signal.SIGINT)
        code = child.wait(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
    assert code == 0, child.stderr.read()
    assert list((home / "logs").glob("session-*.json")) == []  # a clean end: nothing to report next time
    assert list((home / "logs").glob("crash-*.txt")) == []


def test_the_crash_notice_says_what_was_saved_and_where_the_trace_is(qtbot, tmp_path: Path) -> None:
    parent = MainWindow(PlanController(tmp_path / "plans.walkaway"))
    qtbot.addWidget(parent)
    trace = tmp_path / "crash-1.txt"
    ending = UncleanEnding(datetime(2026, 11, 30, 9, 15), tmp_path / "plans.walkaway", trace)
    box = show_crash_notice(parent, [ending])
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    assert str(tmp_path / "plans.walkaway") in text
    assert str(trace) in text
    assert show_crash_notice(parent, []) is None
