"""Schema versions: creating a Walkaway file and migrating old ones (see ``file_kind`` for telling them apart).

Migrations are Alembic scripts in ``migrations/versions``. Alembic is only
imported when a file actually needs creating or upgrading, which keeps
start-up fast on a file that is already current.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

from planner.errors import NotAWalkawayFile
from planner.store.engine import WRITE
from planner.store.file_kind import APPLICATION_ID, not_ours_message


def _alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), "head")


def script_head() -> str:
    """The head revision according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)  # type: ignore[arg-type]
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def stored_revision(connection: Connection) -> str | None:
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def create_or_upgrade(engine: Engine, path: Path) -> None:
    """Stamp a new file as ours and bring its schema to the head revision, in one transaction.

    The file was classified before it was opened; it is looked at again here, under the write
    lock, so that another program that wrote into an empty file in between keeps its file as
    it made it (the transaction is rolled back).
    """
    with engine.connect().execution_options(**{WRITE: True}) as connection, connection.begin():
        app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        if app_id != APPLICATION_ID:
            user_version = connection.exec_driver_sql("PRAGMA user_version").scalar()
            entries = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            if app_id or user_version or entries:
                raise NotAWalkawayFile(not_ours_message(path, "a database of another program"))
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        upgrade_to_head(connection)
