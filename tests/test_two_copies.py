"""Two copies of the program on one file: nobody's edits are lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import ROOT

from planner.errors import EditConflict, ReadOnlyFile
from planner.model import Plan, Reservation, Side
from planner.store import Store
from planner.store.lock import InstanceLock, is_open_elsewhere

EDITS = 40


def _plan(title: str) -> Plan:
    return Plan(title=title, counterparty="c", side=Side.BUY, currency="EUR", reservation=Reservation(Decimal("10")))


def _edit(path: Path, name: str, go_fd: int, out_fd: int) -> None:
    """One of two writers: new deals, and read-change-save of the shared deal 1, retrying on conflict."""
    os.read(go_fd, 1)  # both start together, to collide as much as possible
    store = Store(path)
    conflicts = 0
    for i in range(EDITS):
        store.add_plan(_plan(f"{name}-{i}"))
        while True:
            plan = store.get_plan(1)
            plan.reservation.conditions.append(f"{name}-{i}")
            try:
                store.save_plan(plan)
                break
            except EditConflict:
                conflicts += 1  # the other one saved first: read its version and apply ours again
    store.close()
    os.write(out_fd, f"{conflicts}\n".encode())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_two_processes_writing_at_once_lose_no_edit(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plan(_plan("shared"))
    go_read, go_write = os.pipe()
    out_read, out_write = os.pipe()
    children = []
    for name in ("left", "right"):
        pid = os.fork()
        if pid == 0:
            try:
                _edit(db_path, name, go_read, out_write)
                os._exit(0)
            finally:
                os._exit(1)
        children.append(pid)
    os.write(go_write, b"gg")
    statuses = [os.waitpid(pid, 0)[1] for pid in children]
    os.close(out_write)
    with os.fdopen(out_read) as reports:
        conflicts = sum(int(line) for line in reports)
    print(f"\ntwo writers: {2 * EDITS} adds, {2 * EDITS} saves of one deal, {conflicts} conflicts retried")
    assert all(os.WIFEXITED(s) and os.WEXITSTATUS(s) == 0 for s in statuses), statuses
    with Store(db_path) as store:
        titles = {s.title for s in store.list_deals()}
        shared = store.get_plan(1)
    expected = {f"{name}-{i}" for name in ("left", "right") for i in range(EDITS)}
    assert expected <= titles
    assert sorted(shared.reservation.conditions) == sorted(expected)  # every read-change-save kept


def test_a_save_over_a_newer_version_is_refused_not_lost(db_path: Path) -> None:
    with Store(db_path) as first, Store(db_path) as second:
        deal_id = first.add_plan(_plan("lease"))
        mine, theirs = first.get_plan(deal_id), second.get_plan(deal_id)
        theirs.reservation.rationale = "theirs"
        second.save_plan(theirs)
        mine.reservation.rationale = "mine"
        with pytest.raises(EditConflict, match="changed by another copy of Walkaway"):
            first.save_plan(mine)
        assert first.get_plan(deal_id).reservation.rationale == "theirs"
        # Having read the new version, this copy may save again.
        fresh = first.get_plan(deal_id)
        fresh.reservation.rationale = "mine, after reading theirs"
        first.save_plan(fresh)
        assert second.get_plan(deal_id).reservation.rationale == "mine, after reading theirs"


def test_the_same_copy_saves_twice_within_one_second(store: Store) -> None:
    deal_id = store.add_plan(_plan("quick"))
    plan = store.get_plan(deal_id)
    for text in ("a", "b", "c"):
        plan.reservation.rationale = text
        store.save_plan(plan)
    assert store.get_plan(deal_id).reservation.rationale == "c"


def test_a_second_window_gets_a_read_only_store(db_path: Path) -> None:
    with Store(db_path) as store:
        deal_id = store.add_plan(_plan("lease"))
    first = InstanceLock(db_path)
    assert first.acquire()
    try:
        second = InstanceLock(db_path)
        assert not second.acquire()
        assert is_open_elsewhere(db_path)
        assert second.holder()["pid"] == os.getpid()
        before = db_path.read_bytes()
        with Store(db_path, read_only=True) as viewer:
            assert viewer.get_plan(deal_id).title == "lease"
            with pytest.raises(ReadOnlyFile, match="another Walkaway window"):
                viewer.add_plan(_plan("not written"))
            plan = viewer.get_plan(deal_id)
            with pytest.raises(ReadOnlyFile):
                viewer.save_plan(plan)
            with pytest.raises(ReadOnlyFile):
                viewer.delete_deal(deal_id)
        assert db_path.read_bytes() == before
        with Store(db_path) as store:
            assert [s.title for s in store.list_deals()] == ["lease"]
    finally:
        first.release()
    assert not is_open_elsewhere(db_path)


HOLDER = """
import sys
from planner.store.lock import InstanceLock
lock = InstanceLock(sys.argv[1])
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.readline()
"""


def test_the_window_lock_is_released_when_its_process_is_killed(db_path: Path) -> None:
    Store(db_path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    assert is_open_elsewhere(db_path)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert not is_open_elsewhere(db_path)  # a crash never leaves the file locked
