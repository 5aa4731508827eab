"""Dates and moments in plan files: ISO 8601 dates or date-times.

A round may be logged on a day ("2026-10-05") or at a moment
("2026-10-05T14:30"); the distinction is kept so export gives back what was
imported.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

Moment = date | datetime

# ISO 8601 calendar dates and date-times only, as Walkaway writes them. date.fromisoformat alone
# also takes week dates ("2026-W10"), ordinal dates ("2026-064") and the basic form ("20261005").
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)


class DateError(ValueError):
    """Not an ISO date or date-time; the message says which was expected."""


def parse_date(text: str) -> date:
    """A calendar date written ``YYYY-MM-DD``, and nothing else."""
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        raise DateError("not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DateError("not an ISO date (YYYY-MM-DD)") from None


def parse_moment(text: str) -> Moment:
    """An ISO date (``YYYY-MM-DD``), or an ISO date-time ``YYYY-MM-DDTHH:MM[:SS[.ffffff]]``
    with an optional offset (``Z`` or ``+HH:MM``)."""
    if not isinstance(text, str):
        raise DateError("not an ISO date or date-time")
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
        if _DATE_TIME.fullmatch(text):
            return datetime.fromisoformat(text)
    except ValueError:
        pass
    raise DateError("not an ISO date or date-time")


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
