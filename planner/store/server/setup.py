"""``walkaway team setup``, ``add-member`` and ``remove-member``: the owner's side of a team server.

Setup, run by the database's owner, makes or upgrades everything in one transaction under an
advisory lock (two setups at once queue; clients wait for it): the schema (the same Alembic
migrations as a Walkaway file), the team's group role, the grants, the row-level security
(:mod:`.policies`) and the ``walkaway_meta`` row that says the database is Walkaway's (a file
says it with ``PRAGMA application_id``). Running it again changes nothing, or repairs.
Clients refuse a server whose schema revision is not theirs (:func:`check_revision`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from planner import __version__
from planner.errors import WalkawayError
from planner.store.file_kind import HEAD_REVISION, KNOWN_REVISIONS
from planner.store.server import policies
from planner.store.server.address import ServerAddress
from planner.store.server.errors import NotATeamServer, server_error

APPLICATION = "walkaway"
#: pg_advisory_xact_lock key of setup and membership changes: "WALK" in ASCII.
ADVISORY_KEY = 0x57414C4B
_ROLE_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,63}")


class SetupError(WalkawayError):
    """Setup (or a membership change) cannot be done as asked; nothing was changed."""


@dataclass(frozen=True, slots=True)
class SetupReport:
    before: str | None  # the schema revision found (None: a new team server)
    after: str
    members_role: str
    created_role: bool


def group_role_for(database: str) -> str:
    """The team's group role: ``walkaway_<database>``, made safe, at most 63 bytes."""
    name = "walkaway_" + re.sub(r"[^a-z0-9_]", "_", database.lower())
    if name.encode() != ("walkaway_" + database).encode() or len(name) > 63:
        name = name[:50] + "_" + hashlib.sha256(database.encode()).hexdigest()[:12]
    return name


def check_role_name(role: str) -> str:
    if not _ROLE_NAME.fullmatch(role) or len(role.encode()) > 63:
        raise SetupError(f"'{role}' is not a role name (1 to 63 bytes, no control characters)")
    return role


def _ident(name: str) -> str:
    """``name`` quoted as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def check_revision(connection: Connection, address: ServerAddress) -> None:
    """Refuse a server that is not Walkaway's, or not at this version's schema revision."""
    row = connection.exec_driver_sql(
        "SELECT (SELECT version_num FROM alembic_version), application, walkaway_version FROM walkaway_meta"
    ).first()
    connection.rollback()
    if row is None or row[1] != APPLICATION:
        raise NotATeamServer(
            f"{address}: not set up for Walkaway; its owner sets it up with 'walkaway team setup --db ADDRESS'"
        )
    revision, _application, made_by = row
    if revision == HEAD_REVISION:
        return
    if revision in KNOWN_REVISIONS:
        raise NotATeamServer(
            f"{address}: the team server has schema {revision}, older than this Walkaway's {HEAD_REVISION}: "
            f"its owner upgrades it with 'walkaway team setup --db ADDRESS' from Walkaway {__version__}, "
            f"or install Walkaway {made_by} (the version that set it up)"
        )
    raise NotATeamServer(
        f"{address}: the team server has schema {revision}, newer than this Walkaway knows ({HEAD_REVISION}): "
        f"install Walkaway {made_by} or later (the version that set it up)"
    )


def _scalar(connection: Connection, sql: str, *params: Any) -> Any:
    return connection.exec_driver_sql(sql, tuple(params) if params else ()).scalar()


def _check_ours(connection: Connection) -> str | None:
    """The schema revision of a Walkaway database, None for an empty one; refuses anything else."""
    if _scalar(connection, "SELECT to_regclass('walkaway_meta') IS NOT NULL"):
        application = _scalar(connection, "SELECT application FROM walkaway_meta")
        if application != APPLICATION:
            raise SetupError("this database's walkaway_meta names another program: nothing was changed")
        revision = _scalar(connection, "SELECT version_num FROM alembic_version")
        if revision not in KNOWN_REVISIONS:
            raise SetupError(
                f"this database has schema {revision}, newer than this Walkaway knows ({HEAD_REVISION}): "
                "set it up with that newer version; nothing was changed"
            )
        return str(revision)
    others = _scalar(
        connection,
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    )
    if others:
        raise SetupError(
            "this database already holds tables of another program: set Walkaway up in a database of its own "
            "(CREATE DATABASE walkaway); nothing was changed"
        )
    return None


def _check_owner(connection: Connection) -> None:
    owner, is_owner = connection.exec_driver_sql(
        "SELECT pg_get_userbyid(datdba), pg_has_role(current_user, datdba, 'USAGE') "
        "FROM pg_database WHERE datname = current_database()"
    ).one()
    if not is_owner:
        raise SetupError(f"only the database's owner ({owner}) sets up a team server; nothing was changed")


def _ensure_group(connection: Connection, group: str) -> bool:
    """The team's group role, made if missing (needs CREATEROLE); True when made now."""
    if _scalar(connection, "SELECT count(*) FROM pg_roles WHERE rolname = %s", group):
        return False
    if not _scalar(connection, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"):
        raise SetupError(
            f"the team's group role {group} does not exist and your role may not make roles: ask the server's "
            f"administrator to run CREATE ROLE {_ident(group)} NOLOGIN and GRANT {_ident(group)} TO "
            "<you> WITH ADMIN OPTION, then run setup again; nothing was changed"
        )
    connection.exec_driver_sql(f"CREATE ROLE {_ident(group)} NOLOGIN")
    return True


def _columns(connection: Connection, table: str) -> list[str]:
    rows = connection.exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s ORDER BY ordinal_position",
        (table,),
    )
    return [str(name) for (name,) in rows]


def _grants(connection: Connection, group: str) -> list[str]:
    """Every grant the group holds, after taking away any it held before (idempotent)."""
    g = _ident(group)
    database = _ident(str(_scalar(connection, "SELECT current_database()")))
    tables = ", ".join(policies.ALL_TABLES)
    statements = [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {g}",
        f"REVOKE ALL ON {tables} FROM PUBLIC, {g}",
        f"GRANT USAGE ON SCHEMA public TO {g}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {g}",
        f"GRANT SELECT ON {', '.join(policies.BOOKKEEPING)} TO {g}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(policies.BY_DEAL + policies.BY_ROUND)} TO {g}",
    ]
    for table, verbs in (("deals", ("SELECT", "DELETE")), ("commitments", ("SELECT",))):
        statements.append(f"GRANT {', '.join(verbs)} ON {table} TO {g}")
        columns = _columns(connection, table)
        for verb, left_out in policies.SERVER_COLUMNS[table].items():
            allowed = ", ".join(_ident(c) for c in columns if c not in left_out)
            statements.append(f"GRANT {verb.upper()} ({allowed}) ON {table} TO {g}")
    return statements


def set_up(connection: Connection) -> SetupReport:
    """Make or upgrade the team server ``connection`` is on (as its owner), in its transaction."""
    from planner.store.schema import upgrade_to_head

    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_KEY,))
    _check_owner(connection)
    before = _check_ours(connection)
    group = str(_scalar(connection, "SELECT members_role FROM walkaway_meta")) if before else ""
    group = group or group_role_for(str(_scalar(connection, "SELECT current_database()")))
    if before is not None:
        for statement in policies.rls(force=False):  # the owner migrates every row, not only its own
            connection.exec_driver_sql(statement)
    upgrade_to_head(connection)
    created = _ensure_group(connection, group)
    connection.exec_driver_sql(policies.META_TABLE)
    connection.exec_driver_sql(
        "INSERT INTO walkaway_meta (id, application, schema_revision, walkaway_version, members_role) "
        "VALUES (1, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET schema_revision = EXCLUDED.schema_revision, "
        "walkaway_version = EXCLUDED.walkaway_version, members_role = EXCLUDED.members_role, "
        "set_up_by = current_user, set_up_at = statement_timestamp()",
        (APPLICATION, HEAD_REVISION, __version__, group),
    )
    for statement in [
        *policies.FUNCTIONS,
        *_grants(connection, group),
        *policies.policy_statements(),
        *policies.rls(force=True),
    ]:
        connection.exec_driver_sql(statement)
    return SetupReport(before, HEAD_REVISION, group, created)


def members_role(connection: Connection) -> str:
    return str(_scalar(connection, "SELECT members_role FROM walkaway_meta"))


def change_member(connection: Connection, role: str, *, add: bool) -> list[str]:
    """Make ``role`` a member of the team (made as a LOGIN role if missing), or no longer one.

    Returns lines for the person running it (what was done, and warnings).
    """
    check_role_name(role)
    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_KEY,))
    group = members_role(connection)
    found = connection.exec_driver_sql(
        "SELECT rolsuper OR rolbypassrls, pg_has_role(rolname, %s, 'MEMBER') FROM pg_roles WHERE rolname = %s",
        (group, role),
    ).first()
    said = []
    if not add:
        if found is None or not found[1]:
            raise SetupError(f"{role} is not a member of this team; nothing was changed")
        connection.exec_driver_sql(f"REVOKE {_ident(group)} FROM {_ident(role)}")
        return [f"{role} is no longer a member of the team: they cannot connect; their deals stay as they are"]
    if found is None:
        connection.exec_driver_sql(f"CREATE ROLE {_ident(role)} LOGIN")
        said.append(f"made the role {role}: it logs in once it has a password (in psql: \\password {role})")
    elif found[1]:
        return [f"{role} is a member of the team already"]
    connection.exec_driver_sql(f"GRANT {_ident(group)} TO {_ident(role)}")
    said.append(f"{role} is a member of the team: they see the deals that are shared with them")
    if found is not None and found[0]:
        said.append(
            f"warning: {role} is a superuser (or bypasses row-level security): the server shows them every deal"
        )
    return said


@contextmanager
def owner_transaction(address: ServerAddress) -> Iterator[Connection]:
    """One transaction on ``address`` for the owner's commands, the server's refusals in the user's words."""
    from sqlalchemy.exc import DBAPIError

    from planner.store.server.engine import make_engine

    engine = make_engine(address)
    try:
        with engine.connect() as connection, connection.begin():
            yield connection
    except DBAPIError as error:
        mapped = server_error(error, address)
        if mapped is None:
            raise
        raise mapped from None
    except Exception as error:
        mapped = server_error(error, address)
        if mapped is None:
            raise
        raise mapped from None
    finally:
        engine.dispose()


def team_setup(address: ServerAddress) -> SetupReport:
    """``walkaway team setup``: see the module."""
    with owner_transaction(address) as connection:
        return set_up(connection)


def change_membership(address: ServerAddress, role: str, *, add: bool) -> list[str]:
    """``walkaway team add-member`` / ``remove-member``."""
    with owner_transaction(address) as connection:
        if not _scalar(connection, "SELECT to_regclass('walkaway_meta') IS NOT NULL"):
            raise NotATeamServer(
                f"{address}: not set up for Walkaway yet: run 'walkaway team setup --db ADDRESS' first"
            )
        return change_member(connection, role, add=add)
