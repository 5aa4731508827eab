"""The team server's backend on a real PostgreSQL: the same plans out as in, saves that never lose an edit.

Every test has its own database, set up by its owner, with alice and bob on the team
(``tests/pg_fixtures.py``).
"""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from helpers import EXAMPLES, FROZEN_DEMO_DAY
from pg_fixtures import TeamServer

from planner.demo import demo_plans
from planner.errors import EditConflict, UnknownDeal, WalkawayError
from planner.model import Plan, Round
from planner.plans.files import read_plan_file
from planner.services import log_round
from planner.store.server.errors import KeptForGood, NotATeamServer


def _plans() -> list:
    return [*demo_plans(FROZEN_DEMO_DAY), *(read_plan_file(path) for path in EXAMPLES)]


def test_every_plan_comes_back_as_it_went_in(team: TeamServer) -> None:
    plans = _plans()
    with team.store("alice") as store:
        ids = store.add_plans(plans)
        for deal_id, plan in zip(ids, plans, strict=True):
            plan.id = deal_id
            assert store.get_plan(deal_id) == plan
        assert [s.id for s in store.list_deals()] == sorted(ids, reverse=True)
        assert store.count_deals() == len(plans)
        assert store.all_plans() == plans
        assert {p.id for p in store.plans_for_commitment_check()} == {p.id for p in plans if p.commitments}
        assert {p.id for p in store.walked_plans_for_record()} == {p.id for p in plans if p.walked}


def test_a_deal_is_seen_only_by_its_members_until_shared(team: TeamServer) -> None:
    from planner.store.server.sharing import members, share

    with team.store("alice") as alice, team.store("bob") as bob:
        (deal,) = alice.add_plans([read_plan_file(EXAMPLES[0])])
        assert bob.list_deals() == [] and bob.count_deals() == 0
        with pytest.raises(UnknownDeal):
            bob.get_plan(deal)
        with pytest.raises(UnknownDeal):
            bob.update_plan(deal, lambda plan: None)
        assert share(alice, deal, team.role("bob")) is True
        assert [m.role for m in members(bob, deal)] == [team.role("alice"), team.role("bob")]
        assert bob.get_plan(deal).title == read_plan_file(EXAMPLES[0]).title
    with team.store("owner") as owner:  # the owner too sees only what is shared with it
        assert owner.list_deals() == []


def test_sharing_keeps_the_creator_and_only_takes_team_members(team: TeamServer) -> None:
    from planner.store.server.sharing import SharingRefused, share

    outsider = team.make_role("carol")
    with team.store("alice") as alice, team.store("bob") as bob:
        (deal,) = alice.add_plans([read_plan_file(EXAMPLES[0])])
        with pytest.raises(SharingRefused, match="not a member of this server's team"):
            share(alice, deal, outsider)
        with pytest.raises(SharingRefused, match="not a member of this server's team"):
            share(alice, deal, "nobody_at_all")
        share(alice, deal, team.role("bob"))
        with pytest.raises(SharingRefused, match="stays a member"):
            share(bob, deal, team.role("alice"), add=False)
        with pytest.raises(SharingRefused, match="cannot take yourself off"):
            share(bob, deal, team.role("bob"), add=False)
        assert share(alice, deal, team.role("bob"), add=False) is True
        assert bob.list_deals() == []


def test_a_save_over_a_teammates_newer_save_is_refused_and_loses_nothing(team: TeamServer) -> None:
    from planner.store.server.sharing import share

    with team.store("alice") as alice, team.store("bob") as bob:
        (deal,) = alice.add_plans([read_plan_file(EXAMPLES[0])])
        share(alice, deal, team.role("bob"))
        mine, theirs = alice.get_plan(deal), bob.get_plan(deal)
        theirs.counterparty = "Bob's change"
        bob.save_plan(theirs)
        mine.title = "Alice's change"
        with pytest.raises(EditConflict):
            alice.save_plan(mine)
        stored = alice.get_plan(deal)  # read again: now Alice's save goes through, over Bob's
        assert (stored.title, stored.counterparty) == (read_plan_file(EXAMPLES[0]).title, "Bob's change")
        stored.title = "Alice's change"
        alice.save_plan(stored)
        assert bob.get_plan(deal).title == "Alice's change"
        assert bob.get_plan(deal).counterparty == "Bob's change"


def test_commands_build_on_each_other_under_the_row_lock(team: TeamServer) -> None:
    from planner.store.server.sharing import share

    plan = read_plan_file(EXAMPLES[0])
    with team.store("alice") as alice, team.store("bob") as bob:
        (deal,) = alice.add_plans([plan])
        share(alice, deal, team.role("bob"))
        before = len(plan.rounds)
        day = FROZEN_DEMO_DAY
        for n in range(3):
            log_round(alice, deal, at=day, today=day, their_offer=Decimal(19000 + n), note=f"alice {n}")
            log_round(bob, deal, at=day, today=day, their_offer=Decimal(20000 + n), note=f"bob {n}")
        rounds = alice.get_plan(deal).rounds
    assert len(rounds) == before + 6
    assert [r.note for r in rounds[before:]] == [f"{who} {n}" for n in range(3) for who in ("alice", "bob")]


def test_only_what_changed_is_written(team: TeamServer) -> None:
    """An autosave of one field is one UPDATE of the deal's row, and a round logged one INSERT more."""
    from sqlalchemy import event

    plan = read_plan_file(EXAMPLES[0])
    with team.store("alice") as store:
        (deal,) = store.add_plans([plan])
        statements: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2].split()[0]))
        current = store.get_plan(deal)
        statements.clear()
        current.title = "Renamed"
        store.save_plan(current)
        assert statements == ["UPDATE"]
        statements.clear()
        current.rounds.append(Round(at=FROZEN_DEMO_DAY, their_offer=Decimal(18000), note="next"))
        store.save_plan(current)
        assert statements == ["UPDATE", "INSERT"]
        statements.clear()
        current.reservation.conditions.reverse()
        store.save_plan(current)
        assert statements == ["UPDATE", "DELETE", "INSERT"]
        assert store.get_plan(deal) == current


def test_commitments_are_kept_for_good(team: TeamServer) -> None:
    plans = demo_plans(FROZEN_DEMO_DAY)
    committed = next(p for p in plans if p.commitments)
    with team.store("alice") as store:
        (deal,) = store.add_plans([committed])
        stored = store.get_plan(deal)
        altered = copy.deepcopy(stored)
        altered.commitments[0].reason = "rewritten"
        with pytest.raises(KeptForGood):
            store.save_plan(altered)
        with pytest.raises(KeptForGood):
            store.delete_deal(deal)
        assert store.get_plan(deal) == stored
        for sql in ("DELETE FROM commitments", "UPDATE commitments SET reason = 'x'"):
            with pytest.raises(KeptForGood), store.writing() as session:  # the server refuses, whatever we do
                session.connection().exec_driver_sql(sql)
        made = store.commitment_makers(deal)
    assert set(made) == {c.revision for c in committed.commitments}
    assert {who for who, _ in made.values()} == {team.role("alice")}
    assert all(when.tzinfo is not None for _, when in made.values())


def test_deals_without_commitments_delete_and_come_back(team: TeamServer) -> None:
    plan = next(p for p in demo_plans(FROZEN_DEMO_DAY) if not p.commitments)
    with team.store("alice") as store:
        (deal,) = store.add_plans([plan])
        removed = store.delete_deal(deal)
        assert store.count_deals() == 0
        assert store.restore_deal(removed) == deal
        assert store.get_plan(deal) == removed


def test_the_server_keeps_the_moments(team: TeamServer) -> None:
    plan = read_plan_file(EXAMPLES[0])
    with team.store("alice") as store:
        (deal,) = store.add_plans([plan])
        first = store.list_deals()[0].updated_at
        assert first.tzinfo is not None and abs(first - datetime.now(UTC)).total_seconds() < 600
        current = store.get_plan(deal)
        current.title = "Later"
        store.save_plan(current)
        assert store.list_deals()[0].updated_at > first


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "x" * 201, "title: 201 characters, more than the 200"),
        ("counterparty", "Nul\x00byte", "counterparty: holds a NUL character"),
        ("reservation.rationale", "half \ud800 pair", "reservation.rationale: holds half of a UTF-16 pair"),
    ],
)
def test_what_a_server_cannot_hold_is_refused_in_one_line_in_both_modes(
    team: TeamServer, db_path, field: str, value: str, message: str
) -> None:
    from planner.store import Store

    plan = read_plan_file(EXAMPLES[0])
    if field == "reservation.rationale":
        plan.reservation.rationale = value
    else:
        setattr(plan, field, value)
    with team.store("alice") as server, Store(db_path) as local:
        for store in (server, local):
            with pytest.raises(WalkawayError) as refused:
                store.add_plans([plan])
            assert message in str(refused.value) and "nothing was changed" in str(refused.value)
            assert "\n" not in str(refused.value)
            assert store.count_deals() == 0


def test_a_server_of_another_schema_revision_is_refused_with_the_version_to_install(team: TeamServer) -> None:
    team.admin("ALTER TABLE alembic_version DISABLE ROW LEVEL SECURITY", team.database)
    team.admin("UPDATE alembic_version SET version_num = '9999'", team.database)
    team.admin("UPDATE walkaway_meta SET walkaway_version = '7.1.0'", team.database)
    with pytest.raises(NotATeamServer, match=r"schema 9999, newer .*install Walkaway 7\.1\.0"):
        team.store("alice")
    team.admin("UPDATE alembic_version SET version_num = '0001'", team.database)
    with pytest.raises(NotATeamServer, match=r"schema 0001, older .*walkaway team setup"):
        team.store("alice")


def test_a_database_never_set_up_is_said_so(team_server: TeamServer) -> None:
    team_server.admin(f'GRANT CONNECT ON DATABASE "{team_server.database}" TO "{team_server.role("alice")}"')
    with pytest.raises(NotATeamServer, match="walkaway team setup"):
        team_server.store("alice")


def test_the_readers_filters_work_on_the_server_as_on_a_file(team: TeamServer, db_path) -> None:
    from planner.model import Status
    from planner.store import Store

    plans = _plans()
    day = FROZEN_DEMO_DAY
    with team.store("alice") as server, Store(db_path) as local:
        for store in (server, local):
            store.add_plans(copy.deepcopy(plans))

        def listed(store, **options) -> list:
            return [(s.id, s.title, s.status, str(s.reservation), s.follow_up_on) for s in store.list_deals(**options)]

        for search in ("", "LEASE", "%", "_"):
            assert listed(server, search=search) == listed(local, search=search), search
        for statuses in ([], [Status.WALKED], [Status.PLANNING, Status.AGREED]):
            assert listed(server, statuses=statuses) == listed(local, statuses=statuses)
        for due_by in (None, day, day.replace(year=day.year + 1)):
            assert server.walked_with_follow_up(due_by=due_by) == local.walked_with_follow_up(due_by=due_by)


def test_a_lock_held_too_long_is_busy_and_changes_nothing(team: TeamServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    from planner.store.server import engine
    from planner.store.server.errors import ServerBusy

    monkeypatch.setattr(engine, "LOCK_TIMEOUT_MS", 300)
    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
        with psycopg.connect(team.url("alice")) as holder:  # a teammate's save, stuck halfway
            holder.execute("SELECT id FROM deals WHERE id = %s FOR UPDATE", (deal,))
            with pytest.raises(ServerBusy, match="busy"):
                store.update_plan(deal, lambda plan: setattr(plan, "title", "never"))
            current = store.get_plan(deal)  # reading is never blocked by a writer
            current.title = "not now"
            with pytest.raises(ServerBusy):
                store.save_plan(current)
        assert store.get_plan(deal).title == read_plan_file(EXAMPLES[0]).title


def test_a_server_that_cannot_be_reached_or_refuses_the_login_is_said_in_one_line(team: TeamServer) -> None:
    from planner.store.server.address import parse_address
    from planner.store.server.errors import ServerUnavailable
    from planner.store.server.store import ServerStore

    team.pgpass.write_text(team.pgpass.read_text().replace(team.role("alice") + ":", team.role("alice") + ":x"))
    with pytest.raises(ServerUnavailable, match=r"password authentication failed.*~/\.pgpass") as refused:
        team.store("alice")
    assert "\n" not in str(refused.value)
    with pytest.raises(
        ServerUnavailable, match=re.escape("cannot connect to the team server postgresql://nobody@127.0.0.1:1/")
    ):
        ServerStore(parse_address("postgresql://nobody@127.0.0.1:1/none"))


def test_store_opens_a_team_server_given_its_address(team: TeamServer) -> None:
    from planner.store import Store
    from planner.store.server.store import ServerStore

    with Store(team.url("alice")) as store:
        assert isinstance(store, ServerStore)
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
        assert store.get_plan(deal).title == read_plan_file(EXAMPLES[0]).title


def test_a_deal_walked_twice_with_a_corrected_round_is_kept_whole(team: TeamServer) -> None:
    """Earlier walks and round corrections (issue 15) are stored, read back and changed on a server too."""
    from helpers import DATA

    from planner.store import Store

    plan = read_plan_file(DATA / "van-lease-walked-twice.walkaway.json")
    assert plan.history and plan.corrections
    with Store(team.url("alice")) as store:
        (deal,) = store.add_plans([plan])
        assert store.get_plan(deal).history == plan.history
        assert store.get_plan(deal).corrections == plan.corrections

        def forget_one(current: Plan) -> Plan:
            changed = copy.deepcopy(current)
            changed.corrections = changed.corrections[:-1]
            return changed

        store.update_plan(deal, forget_one)
        assert store.get_plan(deal).corrections == plan.corrections[:-1]
        assert store.get_plan(deal).history == plan.history
