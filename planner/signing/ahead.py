"""A signer made ready in a second process while this one draws the page.

``walkaway brief`` on a committed plan spends about 0.4 s importing pyHanko and about
as long importing ReportLab and drawing the page, and neither needs the other until
the page is done. :class:`SignerAhead` forks a child as soon as the plan is read: the
child imports pyHanko while the parent draws, then signs the finished PDF (making the
signer's key first if there is none yet) and hands it back. Where the file goes and
what is printed stay with the parent; the child only ever signs.

Only a single-threaded process on Linux forks: a fork copies one thread, so a lock
another thread held would stay held in the child forever, and on other systems fork
is missing or unsafe once system frameworks are loaded. Anywhere else, and if the
child cannot be started, signing simply happens here, with the same code, after the
page is drawn.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import sys
import traceback
from datetime import datetime

from planner.errors import WalkawayError

log = logging.getLogger("walkaway.signing")

Box = tuple[float, float, float, float]


def can_fork_here() -> bool:
    """True on Linux in a process that runs one thread (the kernel's count, not Python's)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class SignerAhead:
    """Signs as ``signer``; prepared in a child process when that is safe, else in this one.

    Use as a context manager: leaving it ends a child that was never asked to sign.
    """

    def __init__(self, signer: str, now: datetime, *, parallel: bool = True) -> None:
        self.signer, self.now = signer, now
        self.pid: int | None = None  # the child, while there is one
        self._to_child: int | None = None
        self._from_child: int | None = None
        if parallel and can_fork_here():
            self._start()

    def _start(self) -> None:
        requests_read, requests_write = os.pipe()
        replies_read, replies_write = os.pipe()
        # Ctrl+C waits until both sides know who they are: an interrupt raised in the child
        # before it reached _serve would run the caller's code (and print) a second time.
        interrupts = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
        except OSError:
            signal.pthread_sigmask(signal.SIG_SETMASK, interrupts)
            for descriptor in (requests_read, requests_write, replies_read, replies_write):
                os.close(descriptor)
            return
        if pid == 0:  # the child: never returns into the caller's code
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent ends it if need be
                signal.pthread_sigmask(signal.SIG_SETMASK, interrupts)
                os.close(requests_write)
                os.close(replies_read)
                _serve(requests_read, replies_write, self.signer, self.now)
            finally:
                os._exit(1)
        os.close(requests_read)
        os.close(replies_write)
        self.pid, self._to_child, self._from_child = pid, requests_write, replies_read
        signal.pthread_sigmask(signal.SIG_SETMASK, interrupts)

    def sign(self, pdf: bytes, *, signer: str, fingerprint: str, box: Box) -> bytes:
        """``pdf`` signed as ``signer`` (which must be the name this was made for, or it signs here)."""
        if self.pid is None or signer != self.signer:
            from planner.signing.sign import sign_as

            return sign_as(signer, self.now, pdf, fingerprint=fingerprint, box=box)
        try:
            with os.fdopen(self._to_child, "wb") as requests:  # type: ignore[arg-type]
                self._to_child = None
                pickle.dump((pdf, fingerprint, box), requests)
        except BrokenPipeError:
            pass  # the child is gone; what it answered, if anything, says why
        with os.fdopen(self._from_child, "rb") as replies:  # type: ignore[arg-type]
            self._from_child = None
            reply = replies.read()
        self._reap()
        if not reply:
            raise WalkawayError("the signing helper stopped without an answer; nothing was signed")
        kind, payload = pickle.loads(reply)  # our own child's bytes
        if kind == "signed":
            return payload
        if kind == "refused":
            raise WalkawayError(payload)
        log.error("signing helper failed\n%s", payload)
        raise RuntimeError(f"signing failed: {payload.strip().splitlines()[-1]}")

    def close(self) -> None:
        """End a child that was never asked to sign (the page failed, or was not needed)."""
        for name in ("_to_child", "_from_child"):
            descriptor = getattr(self, name)
            if descriptor is not None:
                os.close(descriptor)
                setattr(self, name, None)
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
            self._reap()

    def _reap(self) -> None:
        if self.pid is not None:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = None

    def __enter__(self) -> SignerAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _serve(requests: int, replies: int, signer: str, now: datetime) -> None:
    """The child: get ready, sign the one PDF asked for, answer, and leave without cleanup."""
    code = 0
    try:
        # The log file and its rotation belong to the parent; a failure here travels back to it.
        logging.disable(logging.CRITICAL)
        reply = _answer(requests, signer, now)
        if reply is not None:
            with os.fdopen(replies, "wb") as stream:
                stream.write(pickle.dumps(reply))
    except BaseException:  # interrupted, or the parent went away: nothing to say to anyone
        code = 1
    finally:
        os._exit(code)  # no atexit handlers, no flushing of buffers copied from the parent


def _answer(requests: int, signer: str, now: datetime) -> tuple[str, object] | None:
    try:
        from planner.signing.sign import sign_as  # the slow import, while the parent draws

        with os.fdopen(requests, "rb") as stream:
            request = stream.read()
        if not request:
            return None  # the parent needs no signature after all
        pdf, fingerprint, box = pickle.loads(request)
        return "signed", sign_as(signer, now, pdf, fingerprint=fingerprint, box=box)
    except WalkawayError as error:
        return "refused", str(error)
    except Exception:
        return "failed", traceback.format_exc()


__all__ = ["SignerAhead", "can_fork_here"]
