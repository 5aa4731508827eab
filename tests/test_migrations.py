"""The schema built by the migrations is exactly the schema of the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from planner.store import Store, file_kind, schema
from planner.store.tables import Base


def test_head_constant_matches_the_migration_scripts() -> None:
    assert schema.script_head() == file_kind.HEAD_REVISION
    assert file_kind.KNOWN_REVISIONS[-1] == file_kind.HEAD_REVISION


def test_migrations_build_the_models_schema(db_path: Path) -> None:
    with Store(db_path) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_new_file_is_at_head(db_path: Path) -> None:
    with Store(db_path) as store, store.engine.connect() as connection:
        assert schema.stored_revision(connection) == file_kind.HEAD_REVISION
    assert file_kind.inspect_file(db_path) == "current"
