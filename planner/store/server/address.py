"""A team server's address (``--db`` / ``$WALKAWAY_DB``): told apart from a file, parsed and checked.

Standard library only until an address is parsed for use: the command line and the window ask
:func:`is_server_address` about every ``--db`` without loading a database driver.

An address is a libpq URL (``postgresql://user@host:port/database?…``) or a libpq service name
(``service=NAME``, defined in ``~/.pg_service.conf``). Two rules, checked before any connection:

- **No password in it**, ever (a URL is seen in shell histories, process lists and logs): the
  password comes from libpq's password file (``~/.pgpass``, or the file ``PGPASSFILE`` names).
  An address that holds one is refused without being repeated, not even in part.
- **TLS with the server's certificate checked** (``sslmode=verify-full``, which this module adds
  when the address says nothing) for every server but this machine's own: ``localhost``,
  ``127.0.0.1``, ``::1`` and Unix sockets.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from planner.errors import WalkawayError

SCHEMES = ("postgresql://", "postgres://")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
#: The one TLS mode that checks both the certificate and the host name it is for.
TLS_MODE = "verify-full"

PASSWORD_REFUSED = (
    "the team server's address holds a password; a password never goes in an address (shell "
    "histories, process lists and logs keep it): give the address without it and put the "
    "password in ~/.pgpass (or the file PGPASSFILE names), readable by you only"
)

_KEYWORD_PASSWORD = re.compile(r"(?:^|\s)password\s*=", re.IGNORECASE)


class AddressError(WalkawayError):
    """A server address that cannot be used as given; it is never repeated in the message."""


def is_server_address(text: str) -> bool:
    """True for a team server's address, False for anything else (a Walkaway file's path)."""
    stripped = text.strip()
    return stripped.lower().startswith(SCHEMES) or stripped.lower().startswith("service=")


def holds_password(text: str) -> bool:
    """True when ``text`` (a server address) carries a password in any of libpq's spellings."""
    from urllib.parse import parse_qsl, urlsplit

    stripped = text.strip()
    if not stripped.lower().startswith(SCHEMES):
        return bool(_KEYWORD_PASSWORD.search(stripped))
    parts = urlsplit(stripped)
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if ":" in userinfo:  # user:password@ (even an empty one: it is what the user meant to give)
        return True
    return any(key.strip().lower() == "password" for key, _ in parse_qsl(parts.query, keep_blank_values=True))


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A checked address: ``conninfo`` for libpq (never holds a password), ``display`` for people."""

    conninfo: str
    display: str
    local: bool
    database: str
    user: str

    def __str__(self) -> str:
        return self.display


def _service_files(environ: Mapping[str, str]) -> list[Path]:
    """libpq's service files, the user's first (``PGSERVICEFILE`` or ``~/.pg_service.conf``)."""
    user = environ.get("PGSERVICEFILE") or str(Path(environ.get("HOME", "~")).expanduser() / ".pg_service.conf")
    system = [Path(environ["PGSYSCONFDIR"])] if environ.get("PGSYSCONFDIR") else [Path("/etc/postgresql-common")]
    return [Path(user), *(folder / "pg_service.conf" for folder in system)]


def service_entry(name: str, environ: Mapping[str, str] = os.environ) -> dict[str, str] | None:
    """The settings of service ``name`` as libpq would find them, or None when no file defines it."""
    import configparser

    for path in _service_files(environ):
        parser = configparser.ConfigParser(interpolation=None, delimiters=("=",), strict=False)
        try:
            parser.read_string(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError, configparser.Error):
            continue
        if parser.has_section(name):
            return {key.lower(): value.strip() for key, value in parser.items(name)}
    return None


def is_local_host(host: str) -> bool:
    """This machine: a Unix socket (a folder, or an abstract ``@name``), localhost, 127.0.0.1 or ::1."""
    return host == "" or host.startswith(("/", "@")) or host.lower() in LOCAL_HOSTS


def _driver_missing() -> AddressError:
    return AddressError(
        "a team server needs the PostgreSQL driver, which comes with the team extra: pip install 'walkaway[team]'"
    )


def parse_address(text: str, environ: Mapping[str, str] = os.environ) -> ServerAddress:
    """Check ``text`` (see the module) and make it ready for libpq; :class:`AddressError` says why not."""
    if holds_password(text):
        raise AddressError(PASSWORD_REFUSED)
    try:
        from psycopg.conninfo import conninfo_to_dict, make_conninfo
        from psycopg.errors import ProgrammingError
    except ImportError:
        raise _driver_missing() from None
    stripped = text.strip()
    try:
        given = {key: str(value) for key, value in conninfo_to_dict(stripped).items()}
    except ProgrammingError:
        raise AddressError(
            "the team server's address cannot be read: write it as postgresql://USER@HOST:PORT/DATABASE or service=NAME"
        ) from None
    service = service_entry(given["service"], environ) if "service" in given else None
    if service is not None and "password" in service:
        raise AddressError(
            f"the service {given['service']} (in your pg_service.conf) holds a password; "
            f"{PASSWORD_REFUSED.split('; ', 1)[1]}"
        )

    def setting(key: str, env: str) -> str:
        return given.get(key) or (service or {}).get(key) or environ.get(env, "")

    hosts = [h.strip() for h in setting("host", "PGHOST").split(",")]
    addresses = [a.strip() for a in setting("hostaddr", "PGHOSTADDR").split(",") if a.strip()]
    local = all(is_local_host(h) for h in hosts) and all(a in LOCAL_HOSTS for a in addresses)
    extra: dict[str, str] = {}
    sslmode = setting("sslmode", "PGSSLMODE")
    if not local:
        if sslmode and sslmode != TLS_MODE:
            raise AddressError(
                f"a team server on another machine is reached over TLS with its certificate checked "
                f"(sslmode={TLS_MODE}), not sslmode={sslmode}: change the address"
            )
        extra["sslmode"] = TLS_MODE
    conninfo = make_conninfo(stripped, **extra)
    user, database = setting("user", "PGUSER"), setting("dbname", "PGDATABASE")
    return ServerAddress(conninfo, _display(given, hosts), local, database, user)


def _display(given: Mapping[str, str], hosts: list[str]) -> str:
    """The address as people read it (it holds no password: one was refused before)."""
    from urllib.parse import unquote

    if "service" in given and not given.get("host"):
        return f"service={given['service']}"
    user = f"{given['user']}@" if given.get("user") else ""
    port = f":{given['port']}" if given.get("port") and "," not in given.get("port", "") else ""
    database = given.get("dbname", "")
    host = given.get("host", "")
    if host.startswith("/") or "," in host:
        return f"postgresql://{user}/{database}?host={unquote(host)}{'&port=' + given['port'] if port else ''}"
    shown = f"[{host}]" if ":" in host else host
    return f"postgresql://{user}{shown}{port}/{database}"
