"""A team server's refusals as the one-line messages users know: busy, changed meanwhile, not shared.

psycopg's errors carry the server's words; only their first line is shown (a DETAIL line may
quote a value), never the statement or its parameters, and never the address's conninfo.
"""

from __future__ import annotations

from planner.errors import StoreFileError, WalkawayError
from planner.store.server.address import ServerAddress


class ServerBusy(WalkawayError):
    """Another person's change held what this one needed for longer than the lock timeout; nothing changed."""


class ServerUnavailable(StoreFileError):
    """The team server cannot be reached, or refused the login."""


class NotATeamServer(StoreFileError):
    """A database that was never set up for Walkaway (or its schema is another version's)."""


class NotOnTheTeam(StoreFileError):
    """The role logged in is not a member of the server's team."""


class KeptForGood(WalkawayError):
    """A change to what a team server keeps append-only: commitments and their revisions."""


#: SQLSTATE classes: 55P03 lock_not_available, 57014 query_canceled (the statement timeout),
#: 40001 serialization_failure, 40P01 deadlock_detected.
_BUSY = {"55P03", "57014", "40001", "40P01"}
APPEND_ONLY = "walkaway: commitments are append-only"


def first_line(error: BaseException) -> str:
    """The server's (or libpq's) message, one line, without ``ERROR:``/``FATAL:`` and DETAIL lines."""
    diag = getattr(error, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary or str(error)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    said = [line for line in lines if "FATAL:" in line or "ERROR:" in line]  # the server's own words first
    meaningful = said or [line for line in lines if not line.startswith(("DETAIL", "HINT", "Is the server"))]
    line = (meaningful or lines or [type(error).__name__])[-1]
    for prefix in ("FATAL:", "ERROR:"):
        line = line.split(prefix, 1)[-1].strip()
    return line


def server_error(error: BaseException, address: ServerAddress) -> WalkawayError | None:
    """The user's message for a psycopg (or SQLAlchemy-wrapped) error, or None for a bug."""
    import psycopg

    orig = getattr(error, "orig", None) or error
    if not isinstance(orig, psycopg.Error):
        return None
    state = getattr(orig, "sqlstate", None) or ""
    if state in _BUSY:
        return ServerBusy(
            f"{address}: busy: another person's change to the same deal was still being written; "
            "nothing was changed: try again in a moment"
        )
    if APPEND_ONLY in str(orig) or (state == "42501" and "table commitments" in str(orig)):
        return KeptForGood(
            "a team server keeps commitments and their revisions for good: they cannot be changed or "
            "deleted (nothing was changed)"
        )
    if isinstance(orig, psycopg.OperationalError) and not state:
        return connection_error(orig, address)
    if state == "42501" and "row-level security" in str(orig):
        return NotOnTheTeam(f"{address}: that deal is not (or no longer) shared with you; nothing was changed")
    if state == "42501" or "CONNECT privilege" in str(orig):
        return NotOnTheTeam(
            f"{address}: {first_line(orig)}: your role is not on this server's team, or the deal is not "
            "shared with you; the server's owner adds members with 'walkaway team add-member ROLE'"
        )
    if state == "42P01":  # undefined_table
        return NotATeamServer(
            f"{address}: not set up for Walkaway; its owner sets it up with 'walkaway team setup --db ADDRESS'"
        )
    if state.startswith("08"):  # connection_exception
        return connection_error(orig, address)
    return None


def connection_error(error: BaseException, address: ServerAddress) -> StoreFileError:
    reason = first_line(error)
    if "CONNECT privilege" in str(error) or "permission denied for database" in reason:
        return NotOnTheTeam(
            f"{address}: your role may not connect to this database: its owner adds you to the team "
            "with 'walkaway team add-member ROLE'"
        )
    hint = ""
    if "password" in reason:
        hint = "; the password comes from ~/.pgpass (or the file PGPASSFILE names), readable by you only"
    return ServerUnavailable(f"cannot connect to the team server {address}: {reason}{hint}")
