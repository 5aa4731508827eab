"""Slow work off the GUI thread: one runner for the whole window layer.

``tasks.run(work, done=..., failed=..., queue=...)`` runs ``work()`` on a worker thread and then,
back on the GUI thread, calls ``done(result)`` or ``failed(error)``. Nothing is lost silently: an
error with no ``failed`` is raised again on the GUI thread, where the excepthook of ``ui.app``
logs it and tells the user (and pytest-qt fails the test).

Tasks in the same named ``queue`` run one at a time, in the order they were given:

- :data:`FILE` for everything that writes the Walkaway file or its copies (daily backup, restore,
  Save a Copy): SQLite allows one writer, and a restore must not race a backup.
- :data:`BRIEF` for ReportLab and pyHanko (the preview, Export brief…, printing): ReportLab's
  font registry is not safe to use from two threads.

Work without a queue runs in parallel, on a small pool. ``work`` must not touch widgets; give it
copies of what it needs. Tests inject :class:`SyncTasks`, which does the same on the calling
thread, at once (as Picard's tests swap in a FakeThreadPool).

The shape follows Anki's ``aqt/taskman.py`` and Picard's ``util/thread.py`` (``run_task``): a
``QRunnable`` per task with a separate ``QObject`` for its signals, delivered through queued
connections to a runner that lives on the GUI thread.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger("walkaway.ui")

R = TypeVar("R")
_Done = Callable[[Any], object]
_Failed = Callable[[BaseException], object]

#: The queue of tasks that write the open file or copies of it.
FILE = "file"
#: The queue of tasks that use ReportLab or pyHanko.
BRIEF = "brief"


class Tasks(Protocol):
    """What widgets and features are given: :class:`TaskRunner` in the app, :class:`SyncTasks` in tests."""

    def run(
        self,
        work: Callable[[], R],
        *,
        done: Callable[[R], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        queue: str | None = None,
        owner: QObject | None = None,
    ) -> None: ...

    def wait(self, queue: str | None = None, timeout_ms: int = 30_000) -> bool: ...


class _Signals(QObject):
    # A QRunnable is not a QObject: its signals live here, created on the GUI thread.
    finished = Signal(int, object)  # task number, result
    raised = Signal(int, object)  # task number, exception


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.number = number
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # kept by the runner until its result is delivered

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # delivered to the GUI thread, never dropped here
            self._deliver(self.signals.raised, error)
        else:
            self._deliver(self.signals.finished, result)

    def _deliver(self, signal: Any, value: object) -> None:
        # RuntimeError: the application is tearing down and no one is left to receive it.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.number, value)


class TaskRunner(QObject):
    """The real runner: worker threads, results on the GUI thread (create it there)."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(max_threads)
        self._queues: dict[str, QThreadPool] = {}
        self._numbers = itertools.count(1)
        #: Tasks given and not yet delivered: number -> (task, done, failed, owner).
        self._pending: dict[int, tuple[_Task, _Done | None, _Failed | None, QObject | None]] = {}

    def run(
        self,
        work: Callable[[], R],
        *,
        done: Callable[[R], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        queue: str | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work()`` off the GUI thread; then ``done(result)`` or ``failed(error)`` on it.

        ``owner``: the object the callbacks belong to; if it is gone by then (its window closed),
        they are not called (a result is dropped, an error only logged).
        """
        task = _Task(next(self._numbers), work)
        queued = Qt.ConnectionType.QueuedConnection
        task.signals.finished.connect(self._finished, queued)
        task.signals.raised.connect(self._raised, queued)
        self._pending[task.number] = (task, done, failed, owner)
        self._pool(queue).start(task)

    def wait(self, queue: str | None = None, timeout_ms: int = 30_000) -> bool:
        """Block until the work of ``queue`` (``None``: of every queue) is finished.

        For closing a file or a window; results still arrive later, through the event loop.
        """
        pools = [self._pool(queue)] if queue is not None else [self._parallel, *self._queues.values()]
        return all(pool.waitForDone(timeout_ms) for pool in pools)

    @property
    def pending(self) -> int:
        """Tasks given whose result has not been delivered yet."""
        return len(self._pending)

    def _pool(self, queue: str | None) -> QThreadPool:
        if queue is None:
            return self._parallel
        pool = self._queues.get(queue)
        if pool is None:
            pool = self._queues[queue] = QThreadPool(self)
            pool.setMaxThreadCount(1)  # one at a time, in order
        return pool

    @Slot(int, object)
    def _finished(self, number: int, result: object) -> None:
        _task, done, _failed, owner = self._pending.pop(number)
        if done is not None and _alive(owner):
            done(result)

    @Slot(int, object)
    def _raised(self, number: int, error: BaseException) -> None:
        _task, _done, failed, owner = self._pending.pop(number)
        if not _alive(owner):
            log.warning("a task of a closed window failed: %s", type(error).__name__)
            return
        if failed is not None:
            failed(error)
            return
        raise error  # to the excepthook: logged and shown, never silent


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class SyncTasks:
    """The stand-in for tests: the same calls, done at once on the calling thread."""

    def __init__(self) -> None:
        #: Every queue name given, in order (tests check what went where).
        self.queues: list[str | None] = []

    def run(
        self,
        work: Callable[[], R],
        *,
        done: Callable[[R], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        queue: str | None = None,
        owner: QObject | None = None,
    ) -> None:
        self.queues.append(queue)
        try:
            result = work()
        except Exception as error:
            if failed is None:
                raise  # as the runner raises it on the GUI thread
            failed(error)
            return
        if done is not None:
            done(result)

    def wait(self, queue: str | None = None, timeout_ms: int = 30_000) -> bool:
        return True


_shared: TaskRunner | None = None


def shared_tasks() -> TaskRunner:
    """The application's runner (made on first use, on the GUI thread, owned by the application)."""
    global _shared
    if _shared is None:
        _shared = TaskRunner(QCoreApplication.instance())
        _shared.destroyed.connect(_forget)
    return _shared


def _forget() -> None:
    global _shared
    _shared = None
