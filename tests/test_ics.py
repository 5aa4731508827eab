"""The follow-ups calendar, parsed back with a real iCalendar parser."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from followup_helpers import NOW, TODAY, walked_plan
from icalendar import Calendar

from planner.ics import follow_up_uid, write_follow_ups_calendar
from planner.services import follow_ups, move_follow_up
from planner.store import Store

STAMP = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@pytest.fixture
def ids(store: Store) -> list[int]:
    return store.add_plans(
        [walked_plan("Licences", TODAY - timedelta(days=1)), walked_plan("Fleet", TODAY + timedelta(days=3))]
    )


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Walkaway//Follow-ups//EN"
    return list(calendar.walk("VEVENT"))


def test_one_all_day_event_per_follow_up(store: Store, ids: list[int], tmp_path: Path) -> None:
    target = write_follow_ups_calendar(tmp_path / "f.ics", follow_ups(store, TODAY), stamp=STAMP)
    events = _events(target)
    assert len(events) == 2
    first = events[0]
    assert first.decoded("DTSTART") == TODAY - timedelta(days=1)
    assert type(first.decoded("DTSTART")) is date  # VALUE=DATE: all day
    assert first.decoded("DTEND") == TODAY
    assert first.decoded("DTSTAMP") == STAMP
    assert str(first["SUMMARY"]) == "Follow up: Licences (Licences Ltd)"
    assert "EUR 42,000" in str(first["DESCRIPTION"])
    assert "Given 4,000 above our limit" in str(first["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 2
    # RFC 5545: CRLF line ends, lines folded at 75 octets.
    raw = target.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))


def test_uid_is_stable_and_sequence_counts_moves(store: Store, ids: list[int], tmp_path: Path) -> None:
    before = _events(write_follow_ups_calendar(tmp_path / "a.ics", follow_ups(store, TODAY), stamp=STAMP))
    move_follow_up(store, ids[0], TODAY + timedelta(days=5), today=TODAY, now=NOW)
    after = _events(write_follow_ups_calendar(tmp_path / "b.ics", follow_ups(store, TODAY), stamp=STAMP))
    moved = next(e for e in after if str(e["SUMMARY"]).startswith("Follow up: Licences"))
    original = next(e for e in before if str(e["SUMMARY"]).startswith("Follow up: Licences"))
    assert str(moved["UID"]) == str(original["UID"])
    assert (int(original["SEQUENCE"]), int(moved["SEQUENCE"])) == (0, 1)
    assert moved.decoded("DTSTART") == TODAY + timedelta(days=5)


def test_uid_differs_for_another_deal_with_the_same_id(store: Store, ids: list[int]) -> None:
    [item] = follow_ups(store, TODAY, due_by=TODAY)
    other = item.__class__(**{**{f: getattr(item, f) for f in item.__slots__}, "title": "Something else"})
    assert follow_up_uid(item) != follow_up_uid(other)
    assert follow_up_uid(item).endswith("@walkaway.invalid")


def test_file_is_private(store: Store, ids: list[int], tmp_path: Path) -> None:
    target = write_follow_ups_calendar(tmp_path / "f.ics", follow_ups(store, TODAY), stamp=STAMP)
    assert target.stat().st_mode & 0o777 == 0o600
