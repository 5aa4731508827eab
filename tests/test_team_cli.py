"""Team mode from the command line, as a team uses it: the owner sets up, members import, share, commit,
print and verify briefs; two people logging rounds on one deal at once keep every round.

Real ``walkaway`` processes against a real PostgreSQL (``tests/pg_fixtures.py``); each person
has their own data folder (their own signing key), as on their own computer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from helpers import EXAMPLES, ROOT, run_cli
from pg_fixtures import TeamServer

from planner.plans.files import read_plan_file


def _as(team: TeamServer, who: str, home: Path, *args: str | Path) -> subprocess.CompletedProcess:
    env = {**team.env, "WALKAWAY_HOME": str(home / who)}
    return run_cli(*args, "--db", team.url(who), env=env)


def _ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_team_prepares_commits_and_verifies_one_deal(team_server: TeamServer, tmp_path: Path) -> None:
    team, home = team_server, tmp_path / "homes"
    assert "team server" in _ok(_as(team, "owner", home, "team", "setup"))
    assert "schema" in _ok(_as(team, "owner", home, "team", "setup"))  # again: nothing to do, rules checked
    for member in ("alice", "bob"):
        assert "is a member of the team" in _ok(_as(team, "owner", home, "team", "add-member", team.role(member)))

    deal = _ok(_as(team, "alice", home, "import", EXAMPLES[0])).strip()
    title = read_plan_file(EXAMPLES[0]).title
    assert title in _ok(_as(team, "alice", home, "list"))
    assert title not in _ok(_as(team, "bob", home, "list"))
    refused = _as(team, "bob", home, "export", deal)
    assert refused.returncode == 2 and refused.stderr == f"walkaway: no deal with id {deal}\n"

    _ok(_as(team, "alice", home, "share", deal, team.role("bob")))
    assert title in _ok(_as(team, "bob", home, "list"))
    assert team.role("bob") in _ok(_as(team, "bob", home, "share", deal))

    committed = _ok(_as(team, "alice", home, "commit", deal, "--signer", "Alice Example"))
    assert "revision 1, signed by Alice Example" in committed
    brief = tmp_path / "brief.pdf"
    assert "(signed)" in _ok(_as(team, "alice", home, "brief", deal, "-o", brief))
    assert "(your own key)" in _ok(_as(team, "alice", home, "verify", brief))
    # Bob's computer does not know Alice's key; the team server holds her certificate with the commitment.
    alone = run_cli("verify", brief, env={"WALKAWAY_HOME": str(home / "bob")})
    assert alone.returncode == 4, alone.stdout
    checked = _as(team, "bob", home, "verify", brief)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"a teammate's key: stored on the team server with a commitment, by {team.role('alice')}" in checked.stdout

    listed = json.loads(_ok(_as(team, "bob", home, "list", "--json")))
    assert [(d["title"], d["status"], d["commitment_state"]) for d in listed] == [(title, "negotiating", "intact")]
    _ok(_as(team, "alice", home, "unshare", deal, team.role("bob")))
    assert title not in _ok(_as(team, "bob", home, "list"))


def test_export_all_makes_a_local_copy_of_what_is_shared(team: TeamServer, tmp_path: Path) -> None:
    home = tmp_path / "homes"
    for example in EXAMPLES:
        _ok(_as(team, "alice", home, "import", example))
    copy = tmp_path / "team-copy.walkaway"
    assert f"{len(EXAMPLES)} deals written to {copy}" in _ok(_as(team, "alice", home, "export", "--all", "-o", copy))
    assert (copy.stat().st_mode & 0o777) == 0o600
    listed = json.loads(_ok(run_cli("list", "--json", "--db", copy)))
    assert sorted(d["title"] for d in listed) == sorted(read_plan_file(p).title for p in EXAMPLES)
    again = _as(team, "alice", home, "export", "--all", "-o", copy)
    assert again.returncode == 2 and "exists already" in again.stderr
    assert "0 deals written" in _ok(_as(team, "bob", home, "export", "--all", "-o", tmp_path / "bob.walkaway"))


def test_file_only_commands_say_what_to_do_instead(team: TeamServer, tmp_path: Path) -> None:
    result = _as(team, "alice", tmp_path, "backup")
    assert result.returncode == 2 and "pg_dump" in result.stderr and "export --all" in result.stderr
    setup = run_cli("team", "setup", "--db", tmp_path / "plans.walkaway")
    assert setup.returncode == 2 and "works on a team server" in setup.stderr
    assert not (tmp_path / "plans.walkaway").exists()


def test_a_member_who_was_removed_cannot_connect(team: TeamServer, tmp_path: Path) -> None:
    _ok(_as(team, "owner", tmp_path, "team", "remove-member", team.role("bob")))
    result = _as(team, "bob", tmp_path, "list")
    assert result.returncode == 2 and "add-member" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1


WRITER = """
import sys, time
from planner.cli import main
url, deal, name, start = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
while time.time() < start:
    time.sleep(0.005)
for n in range(20):
    code = main(["round", deal, "--their-offer", str(19000 + n), "--note", f"{name} {n}", "--db", url])
    if code:
        sys.exit(code)
"""


def test_two_writers_logging_twenty_rounds_each_at_once_store_all_forty(team: TeamServer, tmp_path: Path) -> None:
    from planner.store.server.sharing import share

    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
        share(store, deal, team.role("bob"))
        before = store.get_plan(deal).rounds
    start = time.time() + 2.0  # both have imported everything by then: their rounds interleave
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, team.url(who), str(deal), who, str(start)],
            env={**os.environ, **team.env, "PYTHONPATH": str(ROOT), "WALKAWAY_HOME": str(tmp_path / who)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("alice", "bob")
    ]
    errors = [writer.communicate(timeout=240)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], errors
    with team.store("bob") as store:
        rounds = store.get_plan(deal).rounds
    assert rounds[: len(before)] == before
    added = [r.note for r in rounds[len(before) :]]
    assert len(added) == 40
    for who in ("alice", "bob"):
        assert [note for note in added if note.startswith(who)] == [f"{who} {n}" for n in range(20)]
