"""``walkaway followups | snooze | reopen | outcome | record``: the follow-up after a walk."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from planner.cli.common import open_store, reading_store
from planner.cli.options import deal_id, output_path, snooze_days, text
from planner.dates import Moment
from planner.errors import WalkawayError
from planner.text_rules import NOTE


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    lst = subparsers.add_parser(
        "followups", parents=[common], help="walked deals to follow up: overdue, due and upcoming, oldest first"
    )
    lst.add_argument("--json", action="store_true", help="print JSON for other programs")
    lst.add_argument("--due-by", metavar="DATE", help="only follow-ups due on or before DATE (YYYY-MM-DD)")
    lst.add_argument("--ics", metavar="FILE", help="write them as iCalendar events to FILE instead of listing them")
    lst.set_defaults(handler=run_followups)

    snooze = subparsers.add_parser("snooze", parents=[common], help="move a walked deal's follow-up date")
    snooze.add_argument("id", type=deal_id)
    when = snooze.add_mutually_exclusive_group(required=True)
    when.add_argument("--days", type=snooze_days, metavar="N", help="follow up N days from today")
    when.add_argument("--to", metavar="DATE", help="follow up on DATE (YYYY-MM-DD)")
    snooze.add_argument("--note", default="", type=text(NOTE), help="why the date moved")
    snooze.set_defaults(handler=run_snooze)

    reopen = subparsers.add_parser("reopen", parents=[common], help="reopen a walked deal: record when and why")
    reopen.add_argument("id", type=deal_id)
    reopen.add_argument(
        "--note", required=True, type=text(NOTE), help="why it is reopened, e.g. 'they called back with a new budget'"
    )
    reopen.add_argument("--at", metavar="DATE", help="when (YYYY-MM-DD or a date-time; default today)")
    reopen.add_argument("--offer", metavar="AMOUNT", help="their renewed offer (logged as the first new round)")
    reopen.add_argument(
        "--first-time-today",
        choices=("yes", "no"),
        help="would you sign this if it walked in today, for the first time?",
    )
    reopen.set_defaults(handler=run_reopen)

    outcome = subparsers.add_parser("outcome", parents=[common], help="record how a walked or reopened deal ended")
    outcome.add_argument("id", type=deal_id)
    outcome.add_argument("status", choices=("agreed", "dropped"))
    outcome.add_argument("--amount", metavar="AMOUNT", help="the agreed amount (needed for agreed)")
    outcome.add_argument("--at", metavar="DATE", help="when (default today)")
    outcome.add_argument("--note", default="", type=text(NOTE), help="a note on how it ended")
    outcome.set_defaults(handler=run_outcome)

    record = subparsers.add_parser("record", parents=[common], help="your walking record across all deals")
    record.add_argument("--json", action="store_true", help="print JSON for other programs")
    record.set_defaults(handler=run_record)


def today() -> date:
    """The user's today; the one place the commands read the clock (the logic takes it as an argument)."""
    return date.today()


def _date_option(text: str, option: str) -> date:
    from planner.dates import DateError, parse_date

    try:
        return parse_date(text)
    except DateError as error:
        raise WalkawayError(f"{option}: '{text}' is {error}") from None


def _moment_option(text: str | None, option: str) -> Moment:
    from planner.dates import DateError, parse_moment

    if text is None:
        return today()
    try:
        return parse_moment(text)
    except DateError as error:
        raise WalkawayError(f"{option}: '{text}' is {error}") from None


def _amount_option(text: str | None, option: str) -> Decimal | None:
    from planner.money import AmountError, parse_plan_amount

    if text is None:
        return None
    try:
        return parse_plan_amount(text)
    except AmountError as error:
        raise WalkawayError(f"{option}: '{text}' is {error}") from None


def _when(days_overdue: int) -> str:
    if days_overdue == 0:
        return "due today"
    if days_overdue > 0:
        return f"{days_overdue} day{'s' if days_overdue != 1 else ''} overdue"
    return f"in {-days_overdue} day{'s' if days_overdue != -1 else ''}"


def run_followups(args: argparse.Namespace) -> int:
    from planner.services import follow_ups

    due_by = _date_option(args.due_by, "--due-by") if args.due_by else None
    target = output_path(args.ics) if args.ics else None
    with reading_store(args) as store:
        items = follow_ups(store, today(), due_by=due_by) if store is not None else []
    if target is not None:
        from planner.dates import utc_now
        from planner.ics import write_follow_ups_calendar

        if not items:
            raise WalkawayError("no follow-ups to export: nothing was written")
        write_follow_ups_calendar(target, items, stamp=utc_now())
        print(f"{len(items)} follow-up{'s' if len(items) != 1 else ''} written to {target}", file=sys.stderr)
        return 0
    if args.json:
        records = [
            {
                "id": f.deal_id,
                "title": f.title,
                "counterparty": f.counterparty,
                "walked_on": f.walked_on.isoformat(),
                "reason": f.reason,
                "follow_up_on": f.follow_up_on.isoformat(),
                "days_overdue": f.days_overdue,
                "state": f.urgency.value,
            }
            for f in items
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("No follow-ups." if due_by is None else f"No follow-ups due by {due_by.isoformat()}.")
        return 0
    from planner.cli.deals import _fit

    rows = [("ID", "TITLE", "COUNTERPARTY", "WALKED ON", "REASON", "FOLLOW-UP", "WHEN")]
    for f in items:
        rows.append(
            (
                str(f.deal_id),
                f.title,
                f.counterparty,
                f.walked_on.isoformat(),
                f.reason,
                f.follow_up_on.isoformat(),
                _when(f.days_overdue),
            )
        )
    widths = [min(40, max(len(row[i]) for row in rows)) for i in range(len(rows[0]))]
    for row in rows:
        cells = [_fit(cell, widths[i]).ljust(widths[i]) for i, cell in enumerate(row)]
        cells[0] = cells[0].rjust(widths[0])
        print("  ".join(cells).rstrip())
    return 0


def run_snooze(args: argparse.Namespace) -> int:
    from planner.dates import utc_now
    from planner.followups import snooze_date
    from planner.services import move_follow_up

    day = today()
    to_date = snooze_date(day, args.days) if args.days is not None else _date_option(args.to, "--to")
    with open_store(args, deal=args.id) as store:
        plan = move_follow_up(store, args.id, to_date, today=day, now=utc_now(), note=args.note)
    print(f"Deal {plan.id}: follow up on {to_date.isoformat()}.")
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from planner.dates import moment_to_text
    from planner.reopen import FIRST_TIME_TODAY
    from planner.services import reopen

    at = _moment_option(args.at, "--at")
    offer = _amount_option(args.offer, "--offer")
    answer = None if args.first_time_today is None else args.first_time_today == "yes"
    with open_store(args, deal=args.id) as store:
        plan = reopen(
            store, args.id, at=at, note=args.note, today=today(), first_time_today=answer, renewed_offer=offer
        )
    print(f"Deal {plan.id} reopened on {moment_to_text(at)}. Rounds from now on are the new phase.")
    if answer is None:
        print(f"Before you answer them, ask yourself again: {FIRST_TIME_TODAY}")
    return 0


def run_outcome(args: argparse.Namespace) -> int:
    from planner.model import Status
    from planner.services import record_outcome

    at = _moment_option(args.at, "--at")
    amount = _amount_option(args.amount, "--amount")
    with open_store(args, deal=args.id) as store:
        plan = record_outcome(store, args.id, Status(args.status), at=at, today=today(), amount=amount, note=args.note)
    print(f"Deal {plan.id}: {plan.status.value}.")
    return 0


def run_record(args: argparse.Namespace) -> int:
    from planner.money import amount_to_text
    from planner.services import walking_record
    from planner.walking_record import walking_record as record_of

    with reading_store(args) as store:
        record = walking_record(store) if store is not None else record_of([])
    days = record.median_days_to_resume
    gain = record.median_improvement_percent
    if args.json:
        print(
            json.dumps(
                {
                    "walks": record.walks,
                    "resumed": record.resumed_count,
                    "agreed_after_walking": record.agreed_after_walking,
                    "dropped_after_walking": record.dropped_after_walking,
                    "median_days_to_resume": None if days is None else amount_to_text(days),
                    "median_improvement_percent": None if gain is None else amount_to_text(gain),
                    "resumed_deals": [
                        {
                            "id": d.deal_id,
                            "title": d.title,
                            "walk": d.walk_number,
                            "walked_on": d.walked_on.isoformat(),
                            "days_to_resume": d.days_to_resume,
                            "improvement_percent": None
                            if d.improvement_percent is None
                            else amount_to_text(d.improvement_percent),
                            "status": d.status.value,
                            "verdict": None if d.verdict is None else d.verdict.value,
                        }
                        for d in record.resumed
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    from planner.verdict_words import VERDICT_TITLES

    print(f"Walks: {record.walks}")
    print(f"Resumed: {record.resumed_count}")
    print(f"Median days to resume: {'-' if days is None else amount_to_text(days)}")
    print(f"Median improvement after resuming: {'-' if gain is None else amount_to_text(gain) + ' %'}")
    for d in record.resumed:
        if d.verdict is not None:
            walk = f" (walk {d.walk_number})" if d.walk_number > 1 else ""
            print(f"Still open: {d.title}{walk}: {VERDICT_TITLES[d.verdict]}")
    return 0
