"""Every released schema version, as a real frozen file, opens (and migrates) without losing a deal.

The files are written by ``tests/make_schema_file.py``, once per schema version.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import DATA, EXAMPLES, FROZEN_DEMO_DAY

from planner.demo import demo_plans
from planner.plans.files import read_plan_file
from planner.store import Store, file_kind, health, schema

FROZEN = sorted((DATA / "schema").glob("*.walkaway"))
#: Examples added to tests/data after the first schema, with the first frozen file that holds them.
FIRST_FROZEN_IN = {
    "van-lease-walked-twice.walkaway.json": "0002",  # walked twice, a final offer, a correction
    "package-car.walkaway.json": "0004",  # packages: number terms
    "package-salary.walkaway.json": "0004",  # packages: an options term, a final package
}


def test_there_is_a_frozen_file_of_the_current_schema() -> None:
    assert DATA / "schema" / f"{file_kind.HEAD_REVISION}.walkaway" in FROZEN


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.stem)
def test_frozen_file_opens_at_head_with_every_deal(frozen: Path, tmp_path: Path) -> None:
    work = tmp_path / frozen.name
    shutil.copy(frozen, work)
    examples = [path for path in EXAMPLES if FIRST_FROZEN_IN.get(path.name, "0001") <= frozen.stem]
    expected = [*demo_plans(FROZEN_DEMO_DAY), *(read_plan_file(path) for path in examples)]
    with Store(work) as store:
        with store.engine.connect() as connection:
            assert schema.stored_revision(connection) == file_kind.HEAD_REVISION
        summaries = sorted(store.list_deals(), key=lambda s: s.id)
        assert [s.title for s in summaries] == [p.title for p in expected]
        for summary, plan in zip(summaries, expected, strict=True):
            loaded = store.get_plan(summary.id)
            plan.id = summary.id
            assert loaded == plan
    assert health.integrity_ok(work)
    if frozen.stem != file_kind.HEAD_REVISION:
        # An older file was migrated: the copy made beside it first is still the old version, whole.
        beside = tmp_path / f"{frozen.name}.schema-{frozen.stem}.bak"
        assert file_kind.inspect_file(beside) == "older"
        assert health.integrity_ok(beside)
