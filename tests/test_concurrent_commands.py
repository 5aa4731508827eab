"""Commands run at the same time on one deal: each waits its turn, none is refused, nothing is lost.

A command reads, changes and writes its deal in one write transaction, so it has nothing to
"reopen". The window keeps its protection: a save over a deal changed since the window read
it is refused (EditConflict), never silently overwritten.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import ROOT

from planner.demo import demo_plans
from planner.errors import EditConflict
from planner.model import Status
from planner.store import Store

NEGOTIATING, WALKED = 3, 4


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    return db_path


def _run_all_at_once(commands: list[list[str]], db: Path) -> list[subprocess.CompletedProcess]:
    """Start every command as its own ``walkaway`` process, all before the first has finished."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "planner", *args, "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for args in commands
    ]
    results = []
    for process, args in zip(started, commands, strict=True):
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(args, process.returncode, out, err))
    return results


@pytest.mark.parametrize("count", [8])
def test_rounds_logged_at_once_are_all_stored(count: int, demo_db: Path) -> None:
    with Store(demo_db) as store:
        before = store.get_plan(NEGOTIATING).rounds
    offers = [Decimal(19000 + n) for n in range(count)]
    deal = str(NEGOTIATING)
    commands = [["round", deal, "--their-offer", str(offer), "--note", f"script {n}"] for n, offer in enumerate(offers)]
    results = _run_all_at_once(commands, demo_db)
    assert [r.returncode for r in results] == [0] * count, [r.stderr for r in results if r.returncode]
    assert all(r.stderr == "" for r in results), [r.stderr for r in results]
    with Store(demo_db) as store:
        rounds = store.get_plan(NEGOTIATING).rounds
    assert rounds[: len(before)] == before  # the rounds that were there stay as they were
    added = rounds[len(before) :]
    assert sorted(r.their_offer for r in added) == offers  # every one, once
    assert sorted(r.note for r in added) == sorted(f"script {n}" for n in range(count))


def test_follow_up_moves_made_at_once_are_all_recorded(demo_db: Path) -> None:
    today = date.today()
    targets = [today + timedelta(days=20 + n) for n in range(6)]
    results = _run_all_at_once([["snooze", str(WALKED), "--to", day.isoformat()] for day in targets], demo_db)
    assert [r.returncode for r in results] == [0] * len(targets), [r.stderr for r in results]
    with Store(demo_db) as store:
        walked = store.get_plan(WALKED).walked
    assert walked is not None
    moved_to = [move.to_date for move in walked.moves]
    assert sorted(moved_to[-len(targets) :]) == targets
    # Each move starts where the one before it ended: they were made one after another.
    chain = walked.moves[-len(targets) :]
    assert all(later.from_date == earlier.to_date for earlier, later in itertools.pairwise(chain))
    assert walked.follow_up_on == chain[-1].to_date


def test_different_commands_on_one_deal_at_once_each_see_the_deal_as_the_last_left_it(demo_db: Path) -> None:
    commands = [
        ["round", str(NEGOTIATING), "--their-offer", "18400"],
        ["round", str(NEGOTIATING), "--their-offer", "18300"],
        ["walk", str(NEGOTIATING), "--reason", "Given the rent, we stop here."],
    ]
    results = _run_all_at_once(commands, demo_db)
    with Store(demo_db) as store:
        plan = store.get_plan(NEGOTIATING)
    # Whatever the order, no command was told to reopen anything, and what was stored stays.
    assert not any("changed by another copy" in r.stderr for r in results)
    walked = results[2].returncode == 0
    assert walked and plan.status is Status.WALKED
    logged = {r.their_offer for r in plan.rounds}
    for result, offer in ((results[0], Decimal("18400")), (results[1], Decimal("18300"))):
        # A round after the walk is refused with the room's own reason; one before it is kept.
        assert (result.returncode == 0) == (offer in logged), result.stderr
        if result.returncode:
            assert "walked" in result.stderr


def test_update_plan_changes_the_deal_as_stored_and_the_window_keeps_its_conflict_check(demo_db: Path) -> None:
    with Store(demo_db) as window, Store(demo_db) as command:
        on_screen = window.get_plan(NEGOTIATING)
        command.update_plan(NEGOTIATING, lambda plan: setattr(plan, "title", "Renamed by a command"))
        # A command changing the deal again builds on the stored deal, not on a copy it read earlier.
        changed = command.update_plan(NEGOTIATING, lambda plan: setattr(plan, "unit", plan.title))
        assert changed.unit == "Renamed by a command"
        on_screen.counterparty = "typed in the window"
        with pytest.raises(EditConflict):
            window.save_plan(on_screen)
    with Store(demo_db) as store:
        assert store.get_plan(NEGOTIATING).title == "Renamed by a command"


def test_a_change_that_fails_leaves_the_deal_as_it_was(demo_db: Path) -> None:
    with Store(demo_db) as store:
        before = store.get_plan(NEGOTIATING)

        def half_done(plan) -> None:  # type: ignore[no-untyped-def]
            plan.title = "half"
            raise ValueError("stopped halfway")

        with pytest.raises(ValueError):
            store.update_plan(NEGOTIATING, half_done)
        assert store.get_plan(NEGOTIATING) == before


BUSY_WRITER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
end = time.monotonic() + float(sys.argv[2])
print("writing", flush=True)
n = 0
while time.monotonic() < end:
    n += 1
    c.execute("BEGIN IMMEDIATE")
    c.execute("UPDATE deals SET unit = ? WHERE id = 1", (f"per round {n}",))  # a real change each time
    time.sleep(0.5)  # holds the write lock most of the time, and keeps committing
    c.execute("COMMIT")
c.close()
"""


def test_a_command_waits_behind_writers_that_keep_committing_longer_than_the_busy_timeout(demo_db: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", BUSY_WRITER, str(demo_db), "9"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "writing"
        started = time.monotonic()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "planner",
                "round",
                str(NEGOTIATING),
                "--their-offer",
                "18100",
                "--db",
                str(demo_db),
            ],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            timeout=120,
        )
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=60)
    assert result.returncode == 0, result.stderr
    assert waited > 5  # longer than one busy timeout: it waited its turn instead of giving up
    with Store(demo_db) as store:
        assert store.get_plan(NEGOTIATING).rounds[-1].their_offer == Decimal("18100")


def test_reads_run_among_the_writes_and_all_get_through(demo_db: Path) -> None:
    deal = str(NEGOTIATING)
    writes = [["round", deal, "--their-offer", str(18000 + n)] for n in range(6)]
    reads = [["list"], ["assess", deal], ["followups"], ["record"], ["export", deal], ["list", "--json"]]
    mixed = [command for pair in zip(writes, reads, strict=True) for command in pair]
    results = _run_all_at_once(mixed, demo_db)
    assert [r.returncode for r in results] == [0] * len(mixed), [r.stderr for r in results if r.returncode]
    assert all(r.stderr == "" for r in results), [r.stderr for r in results]
    with Store(demo_db) as store:
        offers = {r.their_offer for r in store.get_plan(NEGOTIATING).rounds}
    assert {Decimal(18000 + n) for n in range(6)} <= offers
