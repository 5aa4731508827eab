"""``walkaway brief``'s signer made ready in a worker process: same signature, same refusals, no
worker left behind.

Forking is only safe from a single-threaded process, and the test process may run Qt's
threads, so the fork itself is exercised in a fresh Python process (``_run``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from briefs import NOW, commit_here, licence_plan
from helpers import ROOT, run_cli

from planner.brief.document import build_brief
from planner.brief.export import sign_brief
from planner.cli.sign_ahead import SignAhead
from planner.signing.keys import ensure_identity
from planner.signing.verify import Verdict, verify_pdf

TESTS = Path(__file__).resolve().parent


#: Prints whether the worker ``worker`` is gone (waited for), as a parent that forgot it would see.
REAPED = (
    "import multiprocessing\n"
    "assert not multiprocessing.active_children()\n"
    "try:\n"
    "    os.waitpid(worker, os.WNOHANG)\n"
    "    print('worker still there')\n"
    "except ChildProcessError:\n"
    "    print('worker reaped')\n"
)


def _run(script: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(TESTS)]))
    prelude = (
        "import multiprocessing, os, sys\n"
        "from briefs import NOW, commit_here, licence_plan\n"
        "from planner.brief.document import build_brief\n"
        "from planner.brief.export import sign_brief\n"
        "from planner.cli.sign_ahead import SignAhead\n"
        "plan = licence_plan()\n"
        "commit_here(plan, 'Alex Moreau', NOW)\n"
        "brief = build_brief(plan, today=NOW.date())\n"
    )
    return subprocess.run([sys.executable, "-c", prelude + script], capture_output=True, text=True, env=env)


def test_the_worker_signs_and_is_gone_afterwards(tmp_path: Path) -> None:
    target = tmp_path / "ahead.pdf"
    result = _run(
        "with SignAhead('Alex Moreau', NOW) as ahead:\n"
        "    assert ahead.pool is not None, 'no worker was started'\n"
        "    [worker] = [p.pid for p in multiprocessing.active_children()]\n"
        "    assert worker != os.getpid()\n"
        "    signed = sign_brief(brief, NOW, signer=ahead)\n"
        "assert ahead.pool is None\n"
        "assert 'pyhanko' not in sys.modules, 'signed here, not in the worker'\n"
        f"open({str(target)!r}, 'wb').write(signed.pdf)\n"
        "assert signed.signed and signed.pdf.startswith(brief.pdf)\n" + REAPED
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "worker reaped"
    assert not result.stderr  # nothing from the worker on the terminal
    checked = verify_pdf(target)
    assert checked.verdict is Verdict.INTACT, checked.detail
    assert checked.signer == "Alex Moreau"


def test_a_worker_never_asked_to_sign_ends_with_the_block() -> None:
    result = _run(
        "with SignAhead('Alex Moreau', NOW) as ahead:\n"
        "    [worker] = [p.pid for p in multiprocessing.active_children()]\n" + REAPED
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "worker reaped"


def test_a_refusal_in_the_worker_comes_back_word_for_word() -> None:
    result = _run(
        "from planner.errors import WalkawayError\n"
        "from planner.signing.keys import ensure_identity\n"
        "from planner.signing.signer import InlineSigner\n"
        "ensure_identity('Alex Moreau', NOW).key_path.write_text('not a key')\n"
        "messages = []\n"
        "with SignAhead('Alex Moreau', NOW) as ahead:\n"
        "    assert ahead.pool is not None\n"
        "    for signer in (InlineSigner(), ahead):\n"
        "        try:\n"
        "            sign_brief(brief, NOW, signer=signer)\n"
        "        except WalkawayError as error:\n"
        "            messages.append(str(error))\n"
        "print(len(messages), messages[0] == messages[1])\n"
        "print(messages[1])\n"
    )
    assert result.returncode == 0, result.stderr
    first, message = result.stdout.strip().splitlines()
    assert first == "2 True"
    assert "the signing key cannot be read" in message


def test_with_another_thread_running_it_signs_here(tmp_path: Path) -> None:
    plan = licence_plan()
    commit_here(plan, "Alex Moreau", NOW)
    brief = build_brief(plan, today=NOW.date())
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with SignAhead("Alex Moreau", NOW) as ahead:
            assert ahead.pool is None  # no fork beside a running thread
            signed = sign_brief(brief, NOW, signer=ahead)
    finally:
        stop.set()
        other.join()
    (tmp_path / "here.pdf").write_bytes(signed.pdf)
    assert verify_pdf(tmp_path / "here.pdf").verdict is Verdict.INTACT


def test_cli_refusal_from_the_worker_is_one_line_and_writes_no_brief(tmp_path: Path, db_path: Path) -> None:
    assert run_cli("demo", "--db", db_path).returncode == 0
    assert run_cli("commit", "1", "--signer", "Jordan Lee", "--db", db_path).returncode == 0
    ensure_identity("Jordan Lee", NOW).key_path.write_text("not a key")
    target = tmp_path / "brief.pdf"
    result = run_cli("brief", "1", "-o", target, "--db", db_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "the signing key cannot be read" in result.stderr
    assert not target.exists()
