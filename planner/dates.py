"""Dates and moments in plan files: ISO 8601 dates or date-times.

A round may be logged on a day ("2026-10-05") or at a moment
("2026-10-05T14:30"); the distinction is kept so export gives back what was
imported.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

Moment = date | datetime


class DateError(ValueError):
    """Not an ISO date or date-time; the message says which was expected."""


def parse_date(text: str) -> date:
    if not isinstance(text, str):
        raise DateError("not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DateError("not an ISO date (YYYY-MM-DD)") from None


def parse_moment(text: str) -> Moment:
    """An ISO date, or an ISO date-time (with or without offset)."""
    if not isinstance(text, str):
        raise DateError("not an ISO date or date-time")
    stripped = text.strip()
    if len(stripped) == 10:
        try:
            return date.fromisoformat(stripped)
        except ValueError:
            raise DateError("not an ISO date or date-time") from None
    try:
        return datetime.fromisoformat(stripped)
    except ValueError:
        raise DateError("not an ISO date or date-time") from None


def moment_to_text(value: Moment) -> str:
    return value.isoformat()


def moment_day(value: Moment) -> date:
    """The calendar day of a moment (a date-time keeps its own local day)."""
    return value.date() if isinstance(value, datetime) else value


def moment_sort_key(value: Moment) -> tuple[date, str]:
    """Orders dates and date-times together; a bare date sorts first on its day."""
    if isinstance(value, datetime):
        return (value.date(), value.time().isoformat())
    return (value, "")


def utc_now() -> datetime:
    """The current moment, timezone-aware UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)
