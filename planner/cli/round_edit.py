"""``walkaway round ID --edit N …`` and ``walkaway round ID --delete N``: correcting a logged round.

Only what is given changes (``--clear FIELD`` empties one, ``--not-final`` takes back "final");
the correction is kept in the deal (:mod:`planner.corrections`) and the new verdict is printed.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from typing import Any

from planner.errors import WalkawayError

#: ``--clear`` names, and the round field each empties.
CLEARABLE: dict[str, tuple[str, object]] = {
    "their_offer": ("their_offer", None),
    "our_offer": ("our_offer", None),
    "unmet": ("unmet_conditions", []),
    "events": ("events", []),
    "first_time": ("first_time_today", None),
    "hours": ("hours", None),
    "note": ("note", ""),
    "terms": ("their_terms", {}),
}
#: The options that give a field, and the field.
_GIVEN = {
    "their_offer": "their_offer",
    "our_offer": "our_offer",
    "unmet": "unmet_conditions",
    "event": "events",
    "first_time": "first_time_today",
    "final": "final",
    "hours": "hours",
    "note": "note",
    "term": "their_terms",
    "at": "at",
}


def _option(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def edit_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The fields ``--edit`` changes, from the options given; :class:`WalkawayError` for a contradiction."""
    changes: dict[str, Any] = {}
    for dest, field in _GIVEN.items():
        value = getattr(args, dest)
        if value is not None and value != []:
            changes[field] = value
    for name in args.clear:
        field, empty = CLEARABLE[name]
        if field in changes:
            given = next(_option(d) for d, f in _GIVEN.items() if f == field)
            raise WalkawayError(f"--clear {name} and {given} say two things: give one")
        changes[field] = empty
    if not changes:
        raise WalkawayError("--edit changes nothing: give what to change (e.g. --their-offer 19000) or --clear FIELD")
    return changes


def check_delete(args: argparse.Namespace) -> None:
    given = [_option(d) for d in _GIVEN if getattr(args, d) not in (None, [])]
    if args.clear:
        given.append("--clear")
    if given:
        raise WalkawayError(f"--delete takes no other change ({', '.join(given)}): delete, or --edit")


def run_correction(args: argparse.Namespace, today: date) -> Any:
    """Correct or delete round ``args.edit``/``args.delete`` of deal ``args.id``; returns the saved plan."""
    from planner import services
    from planner.cli.common import open_store
    from planner.corrections import correction_text

    now = datetime.now(UTC).replace(microsecond=0)  # the edge of the program: the core gets it passed in
    if args.delete is not None:
        check_delete(args)
        with open_store(args, deal=args.id) as store:
            plan = services.delete_round(store, args.id, args.delete, now=now)
    else:
        changes = edit_changes(args)
        with open_store(args, deal=args.id) as store:
            plan = services.correct_round(store, args.id, args.edit, now=now, today=today, **changes)
    if not args.json:
        print(correction_text(plan, plan.corrections[-1]))
    return plan
