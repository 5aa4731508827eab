"""A real PostgreSQL server for the team-mode tests: one database and its own roles per test.

``$WALKAWAY_TEST_PG`` is a superuser's address on a server the tests may use (``bash
packaging/test-postgres COMMAND`` starts a throwaway one and sets it; ``.ci/run`` does that for
CI). Without it the team tests are skipped locally, and fail when ``$WALKAWAY_REQUIRE_PG`` or
``$CI`` says a server must be there. Each test gets a new database owned by a new owner role,
and new member roles (alice, bob) with passwords in a pgpass file of its own: names are unique
(xdist workers share the cluster, never a database or a role), and all are dropped after the test.
The members log in over TCP on 127.0.0.1 with their password, as team members do.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

SERVER_ENV = "WALKAWAY_TEST_PG"
REQUIRE_ENV = "WALKAWAY_REQUIRE_PG"


def _required() -> bool:
    return bool(os.environ.get(REQUIRE_ENV)) or os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def pg_superuser() -> str:
    """The superuser's conninfo; skips (or fails, in CI) without a server."""
    address = os.environ.get(SERVER_ENV, "")
    if not address:
        reason = (
            f"no PostgreSQL server for the team-mode tests: set {SERVER_ENV} to a superuser's address, "
            "or run them with 'bash packaging/test-postgres .venv/bin/python -m pytest ...'"
        )
        if _required():
            pytest.fail(reason)
        pytest.skip(reason)
    import psycopg

    try:
        with psycopg.connect(address, connect_timeout=5) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        message = f"the PostgreSQL server in {SERVER_ENV} cannot be reached: {error}"
        if _required():
            pytest.fail(message)
        pytest.skip(message)
    return address


def _tcp_port(superuser: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    return str(conninfo_to_dict(superuser).get("port") or "5432")


@dataclass
class TeamServer:
    """One test's database on the shared server: its owner, members and their passwords."""

    superuser: str
    port: str
    database: str
    tag: str
    pgpass: Path
    roles: dict[str, str] = field(default_factory=dict)  # short name -> role name

    def role(self, short: str) -> str:
        return self.roles[short]

    def url(self, short: str) -> str:
        """The address ``short`` logs in with (no password: it is in the pgpass file)."""
        return f"postgresql://{self.roles[short]}@127.0.0.1:{self.port}/{self.database}"

    def address(self, short: str) -> Any:
        from planner.store.server.address import parse_address

        return parse_address(self.url(short))

    def store(self, short: str, **options: Any) -> Any:
        from planner.store.server.store import ServerStore

        return ServerStore(self.address(short), **options)

    def make_role(self, short: str, *options: str) -> str:
        """A new login role with a password in this test's pgpass file."""
        name = f"{short}_{self.tag}"
        password = secrets.token_hex(12)
        self.admin(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' {' '.join(options)}")
        with self.pgpass.open("a", encoding="utf-8") as stream:
            stream.write(f"127.0.0.1:{self.port}:*:{name}:{password}\n")
        self.roles[short] = name
        return name

    def admin(self, sql: str, database: str = "postgres") -> list[Any]:
        """Run ``sql`` as the superuser (on ``database``); its rows, if any."""
        import psycopg
        from psycopg.conninfo import make_conninfo

        with psycopg.connect(make_conninfo(self.superuser, dbname=database), autocommit=True) as connection:
            cursor = connection.execute(sql)  # type: ignore[call-overload]
            return cursor.fetchall() if cursor.description else []

    def set_up(self) -> None:
        """``walkaway team setup`` as the owner, and alice and bob on the team (through the API)."""
        from planner.store.server.setup import change_membership, team_setup

        team_setup(self.address("owner"))
        for short in ("alice", "bob"):
            change_membership(self.address("owner"), self.roles[short], add=True)

    @property
    def env(self) -> dict[str, str]:
        """What a child process needs to log in as any of the roles."""
        return {"PGPASSFILE": str(self.pgpass)}


@pytest.fixture
def team_server(
    pg_superuser: str, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TeamServer]:
    """A new database owned by a new owner role (CREATEROLE), and alice and bob, not yet on the team."""
    tag = secrets.token_hex(4)
    folder = tmp_path_factory.mktemp("pg")
    pgpass = folder / "pgpass"
    pgpass.touch(mode=0o600)
    server = TeamServer(pg_superuser, _tcp_port(pg_superuser), f"walkaway_test_{tag}", tag, pgpass)
    server.make_role("owner", "CREATEROLE")
    server.make_role("alice")
    server.make_role("bob")
    server.admin(f'CREATE DATABASE "{server.database}" OWNER "{server.roles["owner"]}"')
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    for variable in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSSLMODE", "PGSERVICE", "PGPASSWORD"):
        monkeypatch.delenv(variable, raising=False)
    try:
        yield server
    finally:
        server.admin(f'DROP DATABASE IF EXISTS "{server.database}" WITH (FORCE)')
        from planner.store.server.setup import group_role_for

        for name in [*server.roles.values(), group_role_for(server.database)]:
            server.admin(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def team(team_server: TeamServer) -> TeamServer:
    """A team server set up by its owner, with alice and bob on the team."""
    team_server.set_up()
    return team_server
