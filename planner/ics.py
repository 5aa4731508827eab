"""Follow-ups as iCalendar events (RFC 5545), for the user's own calendar.

One all-day VEVENT per follow-up. The UID depends only on the deal and its
walk, so exporting again updates the same event in a calendar instead of
adding a second one, and walking away from the same deal again (even on the
same day) makes a new event; SEQUENCE counts the times the date was moved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from planner.atomic import atomic_write_bytes
from planner.dates import moment_to_text
from planner.followups import FollowUp
from planner.money import format_money
from planner.text_rules import visible

PRODID = "-//Walkaway//Follow-ups//EN"
UID_DOMAIN = "walkaway.invalid"  # RFC 2606: a domain that is never anyone's


def follow_up_uid(item: FollowUp) -> str:
    """Stable for one walk of one deal, and different across Walkaway files with the same ids."""
    parts = [str(item.deal_id), item.title, item.counterparty, moment_to_text(item.walked_at)]
    if item.walk > 1:  # the first walk keeps the UID it always had, so calendars update the same event
        parts.append(f"walk {item.walk}")
    seed = "\x1f".join(parts)
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]
    return f"follow-up-{item.deal_id}-{digest}@{UID_DOMAIN}"


def follow_ups_calendar(items: Iterable[FollowUp], *, stamp: datetime) -> bytes:
    """The follow-ups as one VCALENDAR; ``stamp`` (UTC) becomes every DTSTAMP."""
    from icalendar import Calendar, Event  # only the export needs the library

    if stamp.tzinfo is None:
        raise ValueError("stamp must be timezone-aware")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for item in items:
        event = Event()
        event.add("uid", follow_up_uid(item))
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("dtstart", item.follow_up_on)  # a date: VALUE=DATE, an all-day event
        event.add("dtend", item.follow_up_on + timedelta(days=1))
        event.add("sequence", item.moves)
        # RFC 5545 text holds no control characters: any stored by another tool are shown, not written.
        who = f" ({item.counterparty})" if item.counterparty else ""
        event.add("summary", visible(f"Follow up: {item.title}{who}", multiline=False))
        point = visible(
            format_money(item.reservation, item.currency) + (f" {item.unit}" if item.unit else ""), multiline=False
        )
        event.add(
            "description",
            "\n".join(
                (
                    f"Walked away on {item.walked_on.isoformat()}{f' (walk {item.walk})' if item.walk > 1 else ''}.",
                    f"Why: {visible(item.reason)}",  # its own newlines are the calendar's too
                    f"Walk-away point: {point}.",
                    "If they come back, judge the new offer against this same point.",
                    f"Deal {item.deal_id} in Walkaway: walkaway reopen {item.deal_id} --note ...",
                )
            ),
        )
        event.add("categories", ["Walkaway"])
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def write_follow_ups_calendar(path: str | Path, items: Iterable[FollowUp], *, stamp: datetime) -> Path:
    return atomic_write_bytes(path, follow_ups_calendar(items, stamp=stamp), mode=0o600)
