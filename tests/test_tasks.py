"""ui.tasks: work off the GUI thread, result or error back on it, one queue at a time, a synchronous stand-in."""

from __future__ import annotations

import threading
import time

import pytest

from ui.tasks import FILE, SyncTasks, TaskRunner


@pytest.fixture
def runner(qtbot) -> TaskRunner:
    made = TaskRunner()
    yield made
    made.wait()
    qtbot.waitUntil(lambda: made.pending == 0)


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"], seen["done_on"] = result, threading.current_thread()

    runner.run(work, done=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not gui and seen["done_on"] is gui


def test_an_error_comes_back_to_failed_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    gui = threading.current_thread()
    errors: list[tuple[BaseException, threading.Thread]] = []

    def work() -> None:
        raise OSError("disk full")

    runner.run(
        work, done=lambda _r: pytest.fail("no result"), failed=lambda e: errors.append((e, threading.current_thread()))
    )
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0][0], OSError) and "disk full" in str(errors[0][0])
    assert errors[0][1] is gui


def test_an_error_nobody_handles_is_raised_on_the_gui_thread_not_dropped(qtbot, runner: TaskRunner) -> None:
    def work() -> None:
        raise ValueError("nobody listens")

    with qtbot.captureExceptions() as raised:
        runner.run(work)
        qtbot.waitUntil(lambda: runner.pending == 0)
    assert [str(error) for _kind, error, _tb in raised] == ["nobody listens"]


def test_a_queue_runs_its_tasks_one_at_a_time_in_order(qtbot, runner: TaskRunner) -> None:
    lock = threading.Lock()
    running, overlaps, order = [0], [0], []

    def work(number: int) -> int:
        with lock:
            running[0] += 1
            overlaps[0] = max(overlaps[0], running[0])
        time.sleep(0.01)
        with lock:
            running[0] -= 1
            order.append(number)
        return number

    delivered: list[int] = []
    for number in range(6):
        runner.run(lambda n=number: work(n), done=delivered.append, queue=FILE)
    assert runner.wait(FILE)
    qtbot.waitUntil(lambda: len(delivered) == 6)
    assert overlaps[0] == 1
    assert order == delivered == list(range(6))


def test_nothing_is_delivered_to_an_owner_that_is_gone(qtbot, runner: TaskRunner) -> None:
    import shiboken6
    from PySide6.QtCore import QObject

    owner, delivered = QObject(), []
    release = threading.Event()
    runner.run(lambda: release.wait(5), done=delivered.append, owner=owner)
    shiboken6.delete(owner)  # its window closed while the work ran
    release.set()
    assert runner.wait()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert delivered == []


def test_the_stand_in_does_the_same_at_once() -> None:
    tasks = SyncTasks()
    results: list[object] = []
    tasks.run(lambda: 7, done=results.append, queue=FILE)
    tasks.run(lambda: 1 / 0, failed=results.append)
    assert results[0] == 7 and isinstance(results[1], ZeroDivisionError)
    assert tasks.queues == [FILE, None]
    with pytest.raises(ZeroDivisionError):
        tasks.run(lambda: 1 / 0)  # unhandled: raised, as the runner raises it on the GUI thread
    assert tasks.wait()
