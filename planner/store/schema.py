"""Schema versions: creating a Walkaway file and migrating old ones (see ``file_kind`` for telling them apart).

Migrations are Alembic scripts in ``migrations/versions``. Alembic is only
imported when a file actually needs creating or upgrading, which keeps
start-up fast on a file that is already current.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from planner.errors import NotAWalkawayFile
from planner.store.engine import WRITE, driver_connection
from planner.store.file_kind import APPLICATION_ID, not_ours_message, read_revision

if TYPE_CHECKING:
    from alembic.config import Config  # Alembic loads only when a file is created or upgraded


def _alembic_config(connection: Connection | None) -> Config:
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

    config = _alembic_config(None)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def stored_revision(connection: Connection) -> str | None:
    """The schema revision of the file ``connection`` is open on (:func:`file_kind.read_revision`)."""
    return read_revision(driver_connection(connection))


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
