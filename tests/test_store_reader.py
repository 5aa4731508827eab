"""The one read path: the sqlite3 reader decodes every column as the ORM's types do, and the lean
read (no SQLAlchemy) gives exactly what the Store gives, and steps aside when unsure."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, file_digest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Boolean, Date, select
from sqlalchemy.orm import Session, selectinload
from strategies import plans

from planner.demo import demo_plans
from planner.errors import FileDamaged, UnknownDeal
from planner.model import Plan
from planner.store import Store, codec, file_kind, health, reader
from planner.store.rows_to_plan import plan_from_row
from planner.store.tables import Base, DealRow, RoundRow
from planner.store.types import (
    Choice,
    IsoMoment,
    IssuesJson,
    Money,
    Moves,
    PackageJson,
    RoundJson,
    TermsJson,
    Texts,
    UtcDateTime,
)


def _column_codec(column_type: object) -> codec.Codec | None:
    for kind, found in (
        (Money, codec.AMOUNT),
        (IsoMoment, codec.MOMENT),
        (UtcDateTime, codec.INSTANT),
        (Texts, codec.TEXTS),
        (Moves, codec.MOVES),
        (RoundJson, codec.ROUND),
        (IssuesJson, codec.ISSUES),
        (TermsJson, codec.TERMS),
        (PackageJson, codec.PACKAGE),
        (Boolean, codec.FLAG),
        (Date, codec.DAY),
    ):
        if isinstance(column_type, kind):
            return found
    if isinstance(column_type, Choice):
        return column_type.codec
    return None  # text, numbers and bytes come back from sqlite3 as they are


def test_every_typed_column_of_the_orm_has_its_codec_and_no_other() -> None:
    expected = {
        table.name: {column.name: found.name for column in table.columns if (found := _column_codec(column.type))}
        for table in Base.metadata.sorted_tables
    }
    actual = {table: {name: found.name for name, found in columns.items()} for table, columns in codec.COLUMNS.items()}
    assert actual == {table: columns for table, columns in expected.items() if columns}


def test_every_child_list_of_a_deal_is_read() -> None:
    assert set(reader.CHILDREN) == set(DealRow.__mapper__.relationships.keys())
    assert set(reader.ROUND_CHILDREN) == set(RoundRow.__mapper__.relationships.keys()) - {"deal"}


def _through_the_orm(store: Store, deal_id: int) -> Plan:
    """The plan as the ORM reads it (its column types decode with the codec): what a backend
    that reads through the ORM would give."""
    options = [selectinload(getattr(DealRow, name)) for name in reader.CHILDREN]
    options += [selectinload(DealRow.rounds).selectinload(getattr(RoundRow, name)) for name in reader.ROUND_CHILDREN]
    with Session(store.engine) as session:
        return plan_from_row(session.scalars(select(DealRow).where(DealRow.id == deal_id).options(*options)).one())


def _stored(path: Path, plan: Plan) -> tuple[int, Plan, Plan]:
    with Store(path) as store:
        deal_id = store.add_plan(plan)
        return deal_id, store.get_plan(deal_id), _through_the_orm(store, deal_id)


def test_the_demo_plans_read_alike(db_path: Path) -> None:
    with Store(db_path) as store:
        ids = store.add_plans(demo_plans())
        expected = [store.get_plan(deal_id) for deal_id in ids]
        assert [_through_the_orm(store, deal_id) for deal_id in ids] == expected
    assert [reader.read_plan(db_path, deal_id) for deal_id in ids] == expected
    assert any(plan.commitments and plan.rounds and plan.walked for plan in expected)  # the reads cover real content


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_any_plan_reads_alike(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("lean") / "plans.walkaway"
    deal_id, stored, through_orm = _stored(path, plan)
    plan.id = deal_id
    assert stored == plan  # what was written is read back
    assert through_orm == stored
    assert reader.read_plan(path, deal_id) == stored


def test_reading_changes_no_byte_and_leaves_no_companion(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    health.check_on_open(db_path.resolve())
    before, names = file_digest(db_path), sorted(os.listdir(db_path.parent))
    assert reader.read_plan(db_path, 2) is not None
    assert file_digest(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == names


def test_it_reads_what_an_open_window_committed_to_the_wal(db_path: Path) -> None:
    with Store(db_path) as store:
        [deal_id] = store.add_plans(demo_plans()[:1])
        plan = store.get_plan(deal_id)
        plan.title = "Renamed while the window is open"
        store.save_plan(plan)
        assert file_kind.has_live_wal(db_path)
        assert reader.read_plan(db_path, deal_id) == store.get_plan(deal_id)


def test_a_save_between_two_selects_is_not_half_read(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan takes several SELECTs; a window saving in between must not mix two versions."""
    with Store(db_path) as store:
        [deal_id] = store.add_plans(demo_plans()[:1])
        before = store.get_plan(deal_id)
        assert before.alternatives
        with Store(db_path) as window:  # the window keeps the file open: a live WAL
            read_rows = reader.Reader._rows
            saved: list[bool] = []

            def save_in_between(self, table, *args):  # type: ignore[no-untyped-def]
                found = read_rows(self, table, *args)
                if table == "deals" and not saved:  # the deal row is read; its lists are not yet
                    saved.append(True)  # the window's own reads below pass through
                    changed = window.get_plan(deal_id)
                    changed.title, changed.alternatives = "Saved meanwhile", []
                    window.save_plan(changed)
                return found

            monkeypatch.setattr(reader.Reader, "_rows", save_in_between)
            read = reader.read_plan(db_path, deal_id)
            monkeypatch.undo()
            assert read == before  # all of the version it started with
            assert reader.read_plan(db_path, deal_id) == window.get_plan(deal_id)  # and the next read, all new


def test_an_unknown_id_is_said_as_such(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans()[:1])
    with pytest.raises(UnknownDeal):
        reader.read_plan(db_path, 99)


def test_anything_unusual_goes_to_the_store(tmp_path: Path) -> None:
    assert reader.read_plan(tmp_path / "missing.walkaway", 1) is None
    (tmp_path / "empty.walkaway").write_bytes(b"")
    assert reader.read_plan(tmp_path / "empty.walkaway", 1) is None
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE deals (id INTEGER)")
    connection.commit()
    connection.close()
    assert reader.read_plan(other, 1) is None
    older = tmp_path / "older.walkaway"
    with Store(older) as store:
        store.add_plans(demo_plans()[:1])
    connection = sqlite3.connect(older)
    connection.execute("UPDATE alembic_version SET version_num = '0000'")
    connection.commit()
    connection.close()
    assert reader.read_plan(older, 1) is None


def test_a_damaged_file_is_refused_as_the_store_refuses_it(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    data = bytearray(db_path.read_bytes())
    data[4 * 4096 : 6 * 4096] = bytes(2 * 4096)  # pages of deal data zeroed, the header intact
    db_path.write_bytes(bytes(data))
    before = file_digest(db_path)
    with pytest.raises(FileDamaged, match="the file is damaged"):
        reader.read_plan(db_path, 1)
    assert file_digest(db_path) == before


def test_the_lean_read_loads_no_sqlalchemy(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans()[:2])
    probe = (
        "import sys; from pathlib import Path; from planner.store.reader import read_plan; "
        f"plan = read_plan(Path({str(db_path)!r}), 2); assert plan is not None; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"


# -- the deal list before the window's first paint ----------------------------------------


def test_the_lean_deal_list_is_the_stores(db_path: Path) -> None:
    plans = demo_plans()
    with Store(db_path) as store:
        ids = store.add_plans(plans)
        expected = store.list_deals()
    # Added in one transaction, so equally recent: the newest id first.
    by_id = dict(zip(ids, plans, strict=True))
    assert [(d.id, d.title, d.status, d.side, d.reservation) for d in expected] == [
        (i, by_id[i].title, by_id[i].status, by_id[i].side, by_id[i].reservation.value) for i in sorted(ids)[::-1]
    ]
    assert reader.read_deal_list(db_path) == expected


def test_the_lean_deal_list_steps_aside_when_unsure(tmp_path: Path) -> None:
    assert reader.read_deal_list(tmp_path / "missing.walkaway") is None
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE deals (id INTEGER)")
    connection.commit()
    connection.close()
    assert reader.read_deal_list(other) is None
    junk = tmp_path / "junk.walkaway"
    junk.write_bytes(b"not a database at all")
    assert reader.read_deal_list(junk) is None
