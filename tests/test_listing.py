"""The lean start-up read of the deal list agrees with the store, and steps aside when unsure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner import listing
from planner.demo import demo_plans
from planner.store import Store


def test_lean_read_equals_the_store(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
        expected = store.list_deals()
    assert listing.read_deal_list(db_path) == expected


def test_anything_unusual_goes_to_the_store(tmp_path: Path) -> None:
    assert listing.read_deal_list(tmp_path / "missing.walkaway") is None
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE deals (id INTEGER)")
    connection.commit()
    connection.close()
    assert listing.read_deal_list(other) is None
    junk = tmp_path / "junk.walkaway"
    junk.write_bytes(b"not a database at all")
    assert listing.read_deal_list(junk) is None
