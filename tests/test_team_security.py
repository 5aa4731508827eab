"""What the server itself enforces, whatever program a member uses: roles, grants, row-level security.

These go around Walkaway on purpose (plain SQL as alice, bob or the owner): the rules hold in
the database, not only in the program.
"""

from __future__ import annotations

import threading
from typing import Any

import psycopg
import pytest
from helpers import EXAMPLES
from pg_fixtures import TeamServer

from planner.plans.files import read_plan_file
from planner.services import commit
from planner.store import file_kind
from planner.store.server.errors import NotOnTheTeam
from planner.store.server.policies import ALL_TABLES
from planner.store.server.setup import SetupError, change_membership, group_role_for, team_setup


def _sql(team: TeamServer, who: str, sql: str, *params: Any) -> list[Any]:
    """``sql`` as ``who``, with the password from the pgpass file, outside Walkaway."""
    with psycopg.connect(team.url(who), autocommit=True) as connection:
        cursor = connection.execute(sql, params or None)  # type: ignore[call-overload]
        return cursor.fetchall() if cursor.description else []


def _committed_deal(team: TeamServer) -> int:
    from datetime import UTC, datetime

    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
        commit(store, deal, signer="Alice Example", now=datetime.now(UTC))
    return deal


def test_every_table_has_row_level_security_forced_for_its_owner_too(team: TeamServer) -> None:
    rows = team.admin(
        "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
        "WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace",
        team.database,
    )
    assert {name for name, *_ in rows} == set(ALL_TABLES)
    assert all(enabled and forced for _, enabled, forced in rows)
    deal = _committed_deal(team)
    assert _sql(team, "owner", "SELECT id FROM deals") == []  # the owner sees no deal of alice's
    assert _sql(team, "owner", "SELECT revision FROM commitments") == []
    assert _sql(team, "alice", "SELECT id FROM deals") == [(deal,)]
    assert _sql(team, "bob", "SELECT count(*) FROM rounds") == [(0,)]


def test_commitments_are_append_only_with_who_and_when(team: TeamServer) -> None:
    deal = _committed_deal(team)
    group = group_role_for(team.database)
    privileges = team.admin(
        f"SELECT has_any_column_privilege('{group}', 'commitments', 'INSERT'), "
        f"has_table_privilege('{group}', 'commitments', 'UPDATE'), "
        f"has_table_privilege('{group}', 'commitments', 'DELETE')",
        team.database,
    )
    assert privileges == [(True, False, False)]
    for statement in ("UPDATE commitments SET reason = 'moved'", "DELETE FROM commitments"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _sql(team, "alice", statement)
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):  # the owner too
            _sql(team, "owner", f"ALTER TABLE commitments NO FORCE ROW LEVEL SECURITY; {statement}")
    with pytest.raises(psycopg.errors.RaiseException, match="append-only"):  # nor by deleting the deal
        _sql(team, "alice", "DELETE FROM deals")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # who made it is the server's to say
        _sql(
            team,
            "alice",
            "INSERT INTO commitments (deal_id, revision, signer, signed_at, fingerprint, statement, "
            "reason, conditions_json, made_by) VALUES (%s, 9, 'x', now(), repeat('0', 64), '', '', '[]', 'bob')",
            deal,
        )
    ((who, when, certificate),) = _sql(team, "alice", "SELECT made_by, made_at, certificate FROM commitments")
    assert who == team.role("alice") and when.tzinfo is not None and certificate.startswith(b"\x30")


def test_members_cannot_forge_a_deals_creator_or_reach_a_deal_not_theirs(team: TeamServer) -> None:
    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(team, "alice", "UPDATE deals SET created_by = %s", team.role("bob"))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a new deal is its creator's, shared with them
        _sql(
            team,
            "bob",
            "INSERT INTO deals (title, counterparty, side, currency, unit, status, signer, "
            "reservation_value, reservation_rationale, script_acknowledge, script_reason, script_door, "
            "their_decision_maker, their_at_table, their_alternatives, walk_script, reopen_note, outcome_note, "
            "members) VALUES ('t', '', 'buy', 'EUR', '', 'planning', '', 1, '', '', '', '', '', '', '', '', '', '', "
            "ARRAY[%s])",
            team.role("alice"),
        )
    assert _sql(team, "bob", "UPDATE deals SET members = members || %s::text RETURNING id", team.role("bob")) == []
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        _sql(team, "alice", "UPDATE deals SET members = ARRAY[%s]::text[]", team.role("bob"))
    assert _sql(team, "alice", "SELECT members FROM deals") == [([team.role("alice")],)]
    assert deal


def test_only_the_team_connects(team: TeamServer) -> None:
    outsider = team.make_role("carol")
    with pytest.raises(NotOnTheTeam, match="add-member"):
        team.store("carol")
    said = change_membership(team.address("owner"), outsider, add=True)
    assert said == [f"{outsider} is a member of the team: they see the deals that are shared with them"]
    with team.store("carol") as store:
        assert store.list_deals() == []
    change_membership(team.address("owner"), outsider, add=False)
    with pytest.raises(NotOnTheTeam):
        team.store("carol")
    with pytest.raises(SetupError, match="not a member"):
        change_membership(team.address("owner"), outsider, add=False)


def test_add_member_makes_a_missing_role(team: TeamServer) -> None:
    name = f"dave_{team.tag}"
    team.roles["dave"] = name  # dropped after the test with the others
    said = change_membership(team.address("owner"), name, add=True)
    assert said[0].startswith(f"made the role {name}") and said[1].endswith("shared with them")
    assert team.admin(f"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{name}'") == [(True,)]


def test_setup_is_the_owners_and_leaves_other_databases_alone(team_server: TeamServer) -> None:
    team = team_server
    with pytest.raises(SetupError, match="only the database's owner"):
        team_setup(team.address("alice"))
    _sql(team, "owner", "CREATE TABLE invoices (id integer)")
    with pytest.raises(SetupError, match="another program"):
        team_setup(team.address("owner"))
    assert [name for (name,) in _sql(team, "owner", "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")] == [
        "invoices"
    ]


def test_two_setups_at_once_queue_and_both_succeed(team_server: TeamServer) -> None:
    reports: list[Any] = []
    errors: list[BaseException] = []

    def set_up() -> None:
        try:
            reports.append(team_setup(team_server.address("owner")))
        except BaseException as error:  # collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=set_up) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(str(report.before) for report in reports) == [file_kind.HEAD_REVISION, "None"]
    team_server.set_up()  # and again, with deals in it: nothing is lost
    with team_server.store("alice") as store:
        store.add_plans([read_plan_file(EXAMPLES[0])])
    team_setup(team_server.address("owner"))
    with team_server.store("alice") as store:
        assert store.count_deals() == 1
