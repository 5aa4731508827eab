"""The SQLite store, on real files."""

from __future__ import annotations

import sqlite3
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import EXAMPLES
from hypothesis import HealthCheck, given, settings
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from strategies import plans

from planner.demo import demo_plans
from planner.errors import StoreFileError, UnknownDeal
from planner.model import Status
from planner.plans.files import read_plan_file
from planner.store import Store
from planner.store.file_kind import APPLICATION_ID


def test_new_file_is_stamped_private_and_in_wal_mode(db_path: Path) -> None:
    Store(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_foreign_keys_are_enforced_on_every_pooled_connection(store: Store) -> None:
    for _ in range(3):  # several checkouts: the pragma must hold on each
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(IntegrityError):
                connection.execute(text("INSERT INTO conditions (deal_id, position, text) VALUES (4242, 0, 'orphan')"))
            connection.rollback()


def test_busy_timeout_is_set(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_plan_round_trips_through_a_reopened_file(db_path: Path) -> None:
    plan = read_plan_file(EXAMPLES[0])
    with Store(db_path) as store:
        deal_id = store.add_plan(plan)
    with Store(db_path) as store:
        loaded = store.get_plan(deal_id)
    plan.id = deal_id
    assert loaded == plan


def test_amounts_are_stored_as_exact_text(store: Store, db_path: Path) -> None:
    plan = demo_plans()[0]
    plan.reservation.value = Decimal("999999999999999.9999")
    deal_id = store.add_plan(plan)
    assert store.get_plan(deal_id).reservation.value == Decimal("999999999999999.9999")
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT typeof(reservation_value), reservation_value FROM deals").fetchone() == (
        "text",
        "999999999999999.9999",
    )
    raw.close()


def test_save_replaces_children_in_place(store: Store) -> None:
    plan = read_plan_file(EXAMPLES[0])
    plan.id = store.add_plan(plan)
    plan.reservation.conditions.reverse()
    plan.rounds.pop(0)
    plan.alternatives.append(plan.alternatives[0])
    store.save_plan(plan)
    assert store.get_plan(plan.id) == plan


def test_unknown_ids_are_reported(store: Store) -> None:
    with pytest.raises(UnknownDeal, match="no deal with id 77"):
        store.get_plan(77)


def test_delete_then_restore_gives_back_the_same_deal(store: Store) -> None:
    ids = store.add_plans(demo_plans())
    removed = store.delete_deal(ids[3])
    assert store.count_deals() == len(ids) - 1
    with store.engine.connect() as connection:  # children went with it (ON DELETE CASCADE)
        assert connection.exec_driver_sql(f"SELECT count(*) FROM rounds WHERE deal_id = {ids[3]}").scalar() == 0
    store.restore_deal(removed)
    assert store.get_plan(ids[3]) == removed


def test_list_filters_by_text_and_status(store: Store) -> None:
    store.add_plans(demo_plans())
    assert {d.title for d in store.list_deals(search="LEASE")} == {"Office lease renewal"}
    assert {d.title for d in store.list_deals(search="vertex")} == {"Annual software licences"}
    walked = store.list_deals(statuses=[Status.WALKED])
    assert [d.status for d in walked] == [Status.WALKED]
    assert walked[0].follow_up_on is not None


def test_demo_covers_every_stage(store: Store) -> None:
    store.add_plans(demo_plans())
    statuses = {d.status for d in store.list_deals()}
    assert {Status.PLANNING, Status.COMMITTED, Status.NEGOTIATING, Status.WALKED, Status.REOPENED} <= statuses


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, this is a text file", r"not a Walkaway file \(it is not a database\)"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
    ],
)
def test_files_that_are_not_ours_are_refused_unchanged(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(content)
    with pytest.raises(StoreFileError, match=message):
        Store(path)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (body TEXT)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreFileError, match="a database of another program"):
        Store(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_version_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(StoreFileError, match="newer version of Walkaway"):
        Store(db_path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(plans())
def test_any_valid_plan_round_trips_through_the_store(store: Store, plan) -> None:
    deal_id = store.add_plan(plan)
    plan.id = deal_id
    assert store.get_plan(deal_id) == plan
