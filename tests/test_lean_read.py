"""The SQLAlchemy-free read of a plan gives exactly what the Store gives, and steps aside when unsure."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, file_digest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import Boolean, Date
from strategies import plans

from planner.dates import parse_moment
from planner.demo import demo_plans
from planner.errors import FileDamaged, UnknownDeal
from planner.model import Plan
from planner.store import Store, file_kind, health, lean_read
from planner.store.tables import Base
from planner.store.types import IsoMoment, Money, UtcDateTime


def _decoder_kind(decoder: object) -> str:
    names = {
        lean_read._amount: "amount",
        parse_moment: "moment",
        lean_read._flag: "flag",
    }
    if decoder in names:
        return names[decoder]
    owner = getattr(decoder, "__self__", None)
    return {"date": "day", "datetime": "instant"}[owner.__name__]  # date.fromisoformat, datetime.fromisoformat


def _column_kind(column_type: object) -> str | None:
    for kind, found in ((Money, "amount"), (IsoMoment, "moment"), (UtcDateTime, "instant")):
        if isinstance(column_type, kind):
            return found
    if isinstance(column_type, Boolean):
        return "flag"
    if isinstance(column_type, Date):
        return "day"
    return None  # text, numbers and bytes come back from sqlite3 as they are


def test_every_typed_column_of_the_orm_has_its_decoder_and_no_other() -> None:
    expected = {
        table.name: {column.name: kind for column in table.columns if (kind := _column_kind(column.type))}
        for table in Base.metadata.sorted_tables
    }
    actual = {
        table: {column: _decoder_kind(decoder) for column, decoder in columns.items()}
        for table, columns in lean_read.DECODERS.items()
    }
    assert actual == {table: columns for table, columns in expected.items() if columns}


def test_every_child_list_of_a_deal_is_read() -> None:
    from planner.store.tables import DealRow, RoundRow

    assert set(lean_read._CHILDREN) == set(DealRow.__mapper__.relationships.keys())
    assert set(lean_read._ROUND_CHILDREN) == set(RoundRow.__mapper__.relationships.keys()) - {"deal"}


def _through_store(path: Path, plan: Plan) -> tuple[int, Plan]:
    with Store(path) as store:
        deal_id = store.add_plan(plan)
        return deal_id, store.get_plan(deal_id)


def test_the_demo_plans_read_alike(db_path: Path) -> None:
    with Store(db_path) as store:
        ids = store.add_plans(demo_plans())
        expected = [store.get_plan(deal_id) for deal_id in ids]
    assert [lean_read.read_plan(db_path, deal_id) for deal_id in ids] == expected
    assert any(plan.commitments and plan.rounds and plan.walked for plan in expected)  # the reads cover real content


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_any_plan_reads_alike(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("lean") / "plans.walkaway"
    deal_id, expected = _through_store(path, plan)
    assert lean_read.read_plan(path, deal_id) == expected


def test_reading_changes_no_byte_and_leaves_no_companion(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    health.check_on_open(db_path.resolve())
    before, names = file_digest(db_path), sorted(os.listdir(db_path.parent))
    assert lean_read.read_plan(db_path, 2) is not None
    assert file_digest(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == names


def test_it_reads_what_an_open_window_committed_to_the_wal(db_path: Path) -> None:
    with Store(db_path) as store:
        [deal_id] = store.add_plans(demo_plans()[:1])
        plan = store.get_plan(deal_id)
        plan.title = "Renamed while the window is open"
        store.save_plan(plan)
        assert file_kind.has_live_wal(db_path)
        assert lean_read.read_plan(db_path, deal_id) == store.get_plan(deal_id)


def test_a_save_between_two_selects_is_not_half_read(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan takes several SELECTs; a window saving in between must not mix two versions."""
    with Store(db_path) as store:
        [deal_id] = store.add_plans(demo_plans()[:1])
        before = store.get_plan(deal_id)
        assert before.alternatives
        with Store(db_path) as window:  # the window keeps the file open: a live WAL
            read_rows = lean_read._rows

            def save_in_between(connection, table, *args):  # type: ignore[no-untyped-def]
                found = read_rows(connection, table, *args)
                if table == "deals":  # the deal row is read; its lists are not yet
                    changed = window.get_plan(deal_id)
                    changed.title, changed.alternatives = "Saved meanwhile", []
                    window.save_plan(changed)
                return found

            monkeypatch.setattr(lean_read, "_rows", save_in_between)
            read = lean_read.read_plan(db_path, deal_id)
            monkeypatch.undo()
            assert read == before  # all of the version it started with
            assert lean_read.read_plan(db_path, deal_id) == window.get_plan(deal_id)  # and the next read, all new


def test_an_unknown_id_is_said_as_such(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans()[:1])
    with pytest.raises(UnknownDeal):
        lean_read.read_plan(db_path, 99)


def test_anything_unusual_goes_to_the_store(tmp_path: Path) -> None:
    assert lean_read.read_plan(tmp_path / "missing.walkaway", 1) is None
    (tmp_path / "empty.walkaway").write_bytes(b"")
    assert lean_read.read_plan(tmp_path / "empty.walkaway", 1) is None
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE deals (id INTEGER)")
    connection.commit()
    connection.close()
    assert lean_read.read_plan(other, 1) is None
    older = tmp_path / "older.walkaway"
    with Store(older) as store:
        store.add_plans(demo_plans()[:1])
    connection = sqlite3.connect(older)
    connection.execute("UPDATE alembic_version SET version_num = '0000'")
    connection.commit()
    connection.close()
    assert lean_read.read_plan(older, 1) is None


def test_a_damaged_file_is_refused_as_the_store_refuses_it(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    data = bytearray(db_path.read_bytes())
    data[4 * 4096 : 6 * 4096] = bytes(2 * 4096)  # pages of deal data zeroed, the header intact
    db_path.write_bytes(bytes(data))
    before = file_digest(db_path)
    with pytest.raises(FileDamaged, match="the file is damaged"):
        lean_read.read_plan(db_path, 1)
    assert file_digest(db_path) == before


def test_the_lean_read_loads_no_sqlalchemy(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans()[:2])
    probe = (
        "import sys; from pathlib import Path; from planner.store.lean_read import read_plan; "
        f"plan = read_plan(Path({str(db_path)!r}), 2); assert plan is not None; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"
