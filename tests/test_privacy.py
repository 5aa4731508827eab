"""Nothing leaked: private files, no network, and no plan content in the log."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT

from planner.demo import demo_plans
from planner.logs import LOG_NAME
from planner.money import amount_to_text, format_money
from planner.plans.files import read_plan_file
from planner.store import Store, backup

# Runs whole commands in a fresh interpreter that records every network audit event
# (making an internet socket, connecting, resolving a name): the command line must raise none.
NO_NETWORK = """
import json, sys
import socket
events = []
def watch(name, args):
    # asyncio (used by the signature checker) makes a local AF_UNIX socket pair to wake its loop:
    # that is not networking. Anything else that makes, resolves or connects a socket is.
    if name == "socket.__new__" and args[1] == socket.AF_UNIX:
        return
    if name.startswith(("socket.", "urllib.", "http.")):
        events.append(name)
sys.addaudithook(watch)
from planner.cli import main
db, work, examples = sys.argv[1], sys.argv[2], sys.argv[3:]
# (Not ssl: asyncio, which SQLAlchemy imports, loads it without ever opening a connection.)
NETWORK_MODULES = ("requests", "httpx", "urllib3", "aiohttp", "http.client", "urllib.request")
core = [
    ["demo"], ["import", *examples], ["list"], ["list", "--json"], ["export", "1"],
    ["export", "2", "-o", work + "/out.walkaway.json"], ["backup"], ["backup", "--list"],
    ["followups"], ["record"],
]
# Signing loads pyHanko, which imports HTTP clients for online revocation checks it never makes
# here: for these only the audit events count.
signing = [["commit", "1", "--signer", "Pat Example"], ["brief", "1", "-o", work + "/brief.pdf"],
           ["verify", work + "/brief.pdf"], ["trust", "--list"]]
codes = {}
modules = []
for run in [*core, None, *signing]:
    if run is None:
        modules = sorted(m for m in NETWORK_MODULES if m in sys.modules)
        continue
    label = " ".join(part for part in run[:2] if "/" not in part)
    codes[label] = main([*run, "--db", db] if run[0] not in ("verify", "trust") else run)
print(json.dumps({"codes": codes, "events": sorted(set(events)), "modules": modules}))
"""


@pytest.fixture(scope="module")
def command_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every common command once, in one child process, in its own data folder."""
    work = tmp_path_factory.mktemp("privacy")
    home = work / "home"
    environment = dict(os.environ, WALKAWAY_HOME=str(home), PYTHONPATH=str(ROOT))
    environment.pop("WALKAWAY_DB", None)
    db = work / "plans.walkaway"
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(db), str(work), *map(str, EXAMPLES)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        cwd=work,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return {**report, "home": home, "db": db, "work": work}


@pytest.mark.slow
def test_no_command_opens_a_socket_and_the_core_loads_no_network_client(command_run: dict) -> None:
    codes = command_run["codes"]
    for run in (
        "demo",
        "import",
        "list",
        "list --json",
        "export 1",
        "backup",
        "backup --list",
        "brief 1",
        "verify",
        "trust --list",
    ):
        assert codes[run] == 0, (run, codes)
    assert command_run["events"] == []
    assert command_run["modules"] == []


@pytest.mark.slow
def test_info_log_names_actions_and_ids_never_amounts_or_names(command_run: dict) -> None:
    written = (command_run["home"] / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "deals added: " in written and "file opened" in written and "backup made" in written  # the log is in use
    # Each line's own time ("18:59:36,640") is not plan content, though its digits may match an amount.
    log = "\n".join(re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", "", line) for line in written.splitlines())
    secrets: set[str] = set()
    for plan in [*demo_plans(), *(read_plan_file(path) for path in EXAMPLES)]:
        secrets |= {plan.title, plan.counterparty, *plan.reservation.conditions}
        secrets |= {a.name for a in plan.alternatives}
        secrets |= {plan.signer} - {""}
        for value in (plan.reservation.value, plan.target, plan.opening):
            if value is not None and abs(value) >= 100:  # small numbers also occur as ids and times
                secrets |= {amount_to_text(value), format_money(value), format_money(value, grouping=False)}
    secrets.add("Pat Example")
    leaked = sorted(s for s in secrets if s and s in log)
    lines = [line for line in log.splitlines() if any(s in line for s in leaked)]
    assert leaked == [], f"plan content in the log: {leaked} in {lines}"


@pytest.mark.slow
def test_files_with_plan_content_are_readable_by_the_owner_only(command_run: dict) -> None:
    home, work = command_run["home"], command_run["work"]
    private = [command_run["db"], *home.glob("backups/*/*"), work / "out.walkaway.json", work / "brief.pdf"]
    private += [*home.rglob("*.pem"), home / "logs" / LOG_NAME]
    assert len(private) >= 6
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in home.glob("backups/*"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_wal_and_shm_are_private_whatever_the_umask(db_path: Path) -> None:
    old = os.umask(0)
    try:
        with Store(db_path) as store:
            store.add_plan(demo_plans()[0])
            for suffix in ("", "-wal", "-shm"):
                part = Path(f"{db_path}{suffix}")
                assert stat.S_IMODE(part.stat().st_mode) == 0o600, suffix
        copy = backup.make_backup(db_path, now=datetime(2026, 11, 27, tzinfo=UTC))
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    finally:
        os.umask(old)


def test_a_library_warning_reaches_the_log_without_its_text(tmp_path: Path) -> None:
    """Libraries log to the file, not the terminal, and their words (which may quote a plan) stay out."""
    probe = (
        "import logging\n"
        "from planner.logs import setup_logging\n"
        "path = setup_logging()\n"
        "logging.getLogger('walkaway.store').info('file opened')\n"
        "try:\n"
        "    raise ValueError('certificate of Jordan Lee')\n"
        "except ValueError:\n"
        "    logging.getLogger('pyhanko.sign').exception('could not sign for %s', 'Jordan Lee')\n"
        "print(path)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), WALKAWAY_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert result.stderr == ""  # nothing on the terminal
    log = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert "walkaway.store: file opened" in log
    assert "ERROR pyhanko.sign: message not kept (ValueError)" in log
    assert "Jordan Lee" not in log and "Traceback" not in log
