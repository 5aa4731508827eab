"""``walkaway brief``: a :class:`~planner.signing.signer.Signer` made ready in a second process.

A committed brief spends about as long importing pyHanko as importing ReportLab and drawing
the page, and neither needs the other until the page is done. :class:`SignAhead` starts a
one-worker process pool (the standard library's, with the fork start method) as soon as the
plan is read: the worker imports pyHanko while this process draws, then signs the finished
PDF (making the signer's key first if there is none yet) and hands it back. Where the file
goes and what is printed stay here; the worker only ever signs.

Only a single-threaded process on Linux forks: a fork copies one thread, so a lock another
thread held would stay held in the worker forever, and on other systems fork is missing or
unsafe once system frameworks are loaded. Anywhere else, and if the worker cannot be
started, :class:`~planner.signing.signer.InlineSigner` signs here after the page is drawn.
The window never uses this: it signs off the GUI thread (``ui/tasks.py``).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from planner.errors import WalkawayError
from planner.signing.signer import Box, InlineSigner


def can_fork_here() -> bool:
    """True on Linux in a process that runs one thread (the kernel's count, not Python's)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class SignAhead:
    """Signs as ``signer``, with pyHanko loaded ahead in a worker process when that is safe.

    Use as a context manager: leaving it ends the worker (after its import, if it was never asked).
    """

    def __init__(self, signer: str, now: datetime) -> None:
        self.signer, self.now = signer, now
        self.pool: ProcessPoolExecutor | None = None
        self.ready: Future[None] | None = None
        if can_fork_here():
            self._start()

    def _start(self) -> None:
        import multiprocessing

        # The worker ignores Ctrl+C from its first instant (this process ends it); a Ctrl+C in the
        # instant of the fork itself is not seen here either.
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
            self.ready = pool.submit(_get_ready)  # forks now: workers start before the pool's thread
            self.pool = pool
        except OSError:
            self.pool = None
        finally:
            signal.signal(signal.SIGINT, interrupt)

    def sign(self, pdf: bytes, *, signer: str, now: datetime, fingerprint: str, box: Box) -> bytes:
        """``pdf`` signed as ``signer`` (the name this was made for; another one is signed here)."""
        if self.pool is None or signer != self.signer:
            return InlineSigner().sign(pdf, signer=signer, now=now, fingerprint=fingerprint, box=box)
        try:
            kind, payload = self.pool.submit(_sign, pdf, signer, now, fingerprint, box).result()
        except BrokenProcessPool:
            raise WalkawayError("the signing helper stopped without an answer; nothing was signed") from None
        if kind == "refused":
            raise WalkawayError(payload)
        assert isinstance(payload, bytes)
        return payload

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> SignAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _get_ready() -> None:
    """In the worker: the slow import, while the page is drawn."""
    # The log file and its rotation belong to the command; a failure travels back with the result.
    logging.disable(logging.CRITICAL)
    import planner.signing.sign  # noqa: F401


def _sign(pdf: bytes, signer: str, now: datetime, fingerprint: str, box: Box) -> tuple[str, bytes | str]:
    """In the worker: sign, or say in one line why not (a refusal comes back word for word)."""
    from planner.signing.sign import sign_as

    try:
        return "signed", sign_as(signer, now, pdf, fingerprint=fingerprint, box=box)
    except WalkawayError as error:
        return "refused", str(error)
