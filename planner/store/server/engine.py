"""The SQLAlchemy engine on a team server: psycopg 3, every connection set up alike and checked.

Every connection names itself (``application_name``), waits at most :data:`LOCK_TIMEOUT_MS`
for another person's lock and :data:`STATEMENT_TIMEOUT_MS` for one statement, speaks UTC, and
is refused when it reached a server on another machine without TLS and a checked certificate
(libpq may take its host from ``PGHOST`` or a service file the address did not show). The
engine hides statement parameters from its errors and logs: they may hold plan content.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine

from planner import __version__
from planner.store.server.address import TLS_MODE, AddressError, ServerAddress, is_local_host

if TYPE_CHECKING:
    import psycopg

#: How long a statement waits for a row another person has locked (their save) before "busy".
LOCK_TIMEOUT_MS = 5000
#: The longest one statement may run.
STATEMENT_TIMEOUT_MS = 30000
#: A transaction left open (a program stopped in a debugger) lets go of its locks after this.
IDLE_IN_TRANSACTION_MS = 60000
#: How long to wait for the server to answer at all.
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = f"walkaway {__version__}"
#: psycopg's TransactionStatus.IDLE (0), without importing psycopg at module level.
TransactionIdle = 0


def connection_options() -> str:
    """The server settings every connection starts with (libpq's ``options``: no extra round trip)."""
    settings = {
        "lock_timeout": LOCK_TIMEOUT_MS,
        "statement_timeout": STATEMENT_TIMEOUT_MS,
        "idle_in_transaction_session_timeout": IDLE_IN_TRANSACTION_MS,
        "TimeZone": "UTC",
    }
    return " ".join(f"-c {name}={value}" for name, value in settings.items())


def connect(address: ServerAddress) -> psycopg.Connection[Any]:
    """A new psycopg connection to ``address``, checked (see the module)."""
    import psycopg

    connection = psycopg.connect(
        address.conninfo,
        application_name=APPLICATION_NAME,
        options=connection_options(),
        connect_timeout=CONNECT_TIMEOUT_S,
    )
    try:
        check_transport(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def check_transport(connection: psycopg.Connection[Any]) -> None:
    """Refuse a connection to another machine that is not TLS with the certificate and host name checked."""
    host = connection.info.host
    if is_local_host(host):
        return
    used = {option.keyword: option.val for option in connection.pgconn.info}
    mode = (used.get(b"sslmode") or b"").decode()
    if not connection.pgconn.ssl_in_use or mode != TLS_MODE:
        raise AddressError(
            f"the team server at {host} was reached without TLS and a checked certificate "
            f"(sslmode={mode or 'prefer'}); a server on another machine needs sslmode={TLS_MODE}: "
            "nothing was sent"
        )


def make_engine(address: ServerAddress) -> Engine:
    """An engine on ``address`` (a small pool: the window keeps a connection open between saves)."""
    return create_engine(
        "postgresql+psycopg://",
        creator=functools.partial(connect, address),
        hide_parameters=True,  # a statement's parameters are plan content: never in a message or a log
        use_native_hstore=False,  # saves looking the type up on the first connection
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
    )


def driver(connection: Connection) -> psycopg.Connection[Any]:
    """The psycopg connection under one of the engine's connections."""
    import psycopg

    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection), "a connection of a team server's engine, open"
    return raw


@functools.lru_cache(maxsize=256)
def pg_sql(sql: str) -> str:
    """The reader's SQL (``?`` placeholders, ``%`` as text) as psycopg takes it (``%s``, ``%%``)."""
    return re.sub(r"\?", "%s", sql.replace("%", "%%"))


class PgConnection:
    """A psycopg connection that takes the reader's SQL (:class:`planner.store.reader.Reader`).

    ``snapshot`` (a connection in autocommit, outside any transaction): a batch is one
    REPEATABLE READ, read-only transaction of its own, BEGIN and COMMIT sent with its queries.
    Otherwise the batch runs in the transaction the connection is in.
    """

    def __init__(self, connection: psycopg.Connection[Any], *, snapshot: bool = False) -> None:
        self.connection = connection
        self.snapshot = snapshot

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        return self.connection.execute(pg_sql(sql), parameters)

    def batch(self) -> AbstractContextManager[Any]:
        """The queries run inside are sent together, in one round trip (libpq's pipeline mode)."""
        return self._snapshot_batch() if self.snapshot else self.connection.pipeline()

    @contextmanager
    def _snapshot_batch(self) -> Iterator[None]:
        try:
            with self.connection.pipeline():
                self.connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                yield
                self.connection.execute("COMMIT")
        except BaseException:
            if not self.connection.closed and self.connection.info.transaction_status != TransactionIdle:
                self.connection.execute("ROLLBACK")
            raise
