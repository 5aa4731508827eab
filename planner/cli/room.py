"""``walkaway assess | round | walk``: the verdict, a round logged, a walk recorded."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.cli.common import open_store, read_plan
from planner.cli.options import deal_id, plan_amount, text
from planner.cli.round_edit import CLEARABLE
from planner.errors import WalkawayError
from planner.text_rules import LINE, NOTE, REASON

if TYPE_CHECKING:
    from planner.model import Plan
    from planner.verdict import Assessment

_YES = {"yes", "y", "true"}
_NO = {"no", "n", "false"}


def _moment(text: str) -> Any:
    from planner.dates import DateError, parse_moment

    try:
        return parse_moment(text)
    except DateError as error:
        raise argparse.ArgumentTypeError(f"'{text}': {error}") from None


def _date(text: str) -> date:
    from planner.dates import DateError, parse_date

    try:
        return parse_date(text)
    except DateError as error:
        raise argparse.ArgumentTypeError(f"'{text}': {error}") from None


def _phase(text: str) -> int:
    from planner import limits
    from planner.cli.options import whole_number

    return whole_number(text, what="a phase", low=0, high=limits.MAX_WALKS)


def _round_number(text: str) -> int:
    from planner import limits
    from planner.cli.options import whole_number

    return whole_number(text, what="a round number", low=1, high=limits.MAX_ROUNDS)


def _yes_no(text: str) -> bool:
    if text.casefold() in _YES:
        return True
    if text.casefold() in _NO:
        return False
    raise argparse.ArgumentTypeError(f"'{text}': answer yes or no")


def _event(value: str) -> Any:
    """``bad_faith``, ``scope_drift:NOTE`` or ``custom:LABEL``."""
    from planner.model import SignalEvent, SignalKind

    text(NOTE)(value)  # the whole option under the note's rule: no controls, no runaway length
    kind_text, _, rest = value.partition(":")
    try:
        kind = SignalKind(kind_text.strip())
    except ValueError:
        kinds = ", ".join(k.value for k in SignalKind)
        raise argparse.ArgumentTypeError(f"'{value}': the kind is one of {kinds}") from None
    if kind is SignalKind.CUSTOM:
        if not rest.strip():
            raise argparse.ArgumentTypeError(f"'{value}': a custom signal is written custom:LABEL")
        return SignalEvent(kind, text(LINE)(rest.strip()))
    return SignalEvent(kind, note=rest.strip())


def _term(value: str) -> tuple[str, str]:
    """``KEY=VALUE``: a term of the plan's package and their value (a number or an option's name)."""
    text(LINE)(value)  # no controls, no runaway length
    key, sign, given = value.partition("=")
    if not sign or not key.strip() or not given.strip():
        raise argparse.ArgumentTypeError(f"'{value}': a term is written KEY=VALUE, e.g. warranty=3")
    return key.strip(), given.strip()


def terms_given(pairs: list[tuple[str, str]] | None) -> dict[str, str] | None:
    """The ``--term`` options as one mapping; :class:`WalkawayError` when a key is given twice."""
    if not pairs:
        return None
    found: dict[str, str] = {}
    for key, value in pairs:
        if any(k.casefold() == key.casefold() for k in found):
            raise WalkawayError(f"--term {key} is given twice: give each term once")
        found[key] = value
    return found


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    assess = subparsers.add_parser(
        "assess", parents=[common], help="the verdict on a deal: walk, consider walking, counter, proceed or no offer"
    )
    assess.add_argument("id", type=deal_id)
    assess.add_argument("--json", action="store_true", help="print JSON for other programs")
    assess.add_argument(
        "--phase",
        type=_phase,
        metavar="N",
        help="judge the rounds of phase N (0: before the first walk, N: after the N-th reopening) "
        "instead of the current one",
    )
    assess.set_defaults(handler=run_assess)

    round_ = subparsers.add_parser(
        "round", parents=[common], help="log a round (or correct one: --edit N, --delete N) and print the verdict"
    )
    round_.add_argument("id", type=deal_id)
    correct = round_.add_mutually_exclusive_group()
    correct.add_argument(
        "--edit",
        type=_round_number,
        metavar="N",
        help="correct round N (1 for the first, as numbered in the window): only the options given change",
    )
    correct.add_argument("--delete", type=_round_number, metavar="N", help="delete round N (kept in the history)")
    round_.add_argument("--their-offer", type=plan_amount, metavar="AMOUNT", help="what they offered")
    round_.add_argument("--our-offer", type=plan_amount, metavar="AMOUNT", help="what we offered")
    round_.add_argument(
        "--unmet",
        action="append",
        type=text(LINE),
        metavar="CONDITION",
        help="a condition not met (repeatable)",
    )
    round_.add_argument(
        "--event",
        action="append",
        type=_event,
        metavar="KIND[:NOTE]",
        help="a signal seen: bad_faith, unilateral_concessions, authority, scope_drift, or custom:LABEL (repeatable)",
    )
    round_.add_argument(
        "--first-time", type=_yes_no, metavar="yes|no", help="would you sign this if it were new to you today?"
    )
    final = round_.add_mutually_exclusive_group()
    final.add_argument(
        "--final", action="store_const", const=True, help="they said this is their final (best, last) offer"
    )
    final.add_argument(
        "--not-final", dest="final", action="store_const", const=False, help="with --edit: it was not their final offer"
    )
    round_.add_argument(
        "--term",
        action="append",
        type=_term,
        metavar="KEY=VALUE",
        help="their value for a term of the package besides the price: a number, or an option's name "
        "(repeatable; with --edit, the terms given replace the round's terms)",
    )
    round_.add_argument("--hours", type=plan_amount, metavar="HOURS", help="time spent on this round")
    round_.add_argument("--note", type=text(NOTE), help="a short note")
    round_.add_argument(
        "--clear",
        action="append",
        default=[],
        choices=sorted(CLEARABLE),
        metavar="FIELD",
        help=f"with --edit: empty a field ({', '.join(sorted(CLEARABLE))}); repeatable",
    )
    round_.add_argument("--at", type=_moment, metavar="DATE", help="when (ISO date or date-time; default: today)")
    round_.add_argument("--json", action="store_true", help="print the verdict as JSON")
    round_.set_defaults(handler=run_round)

    walk = subparsers.add_parser("walk", parents=[common], help="record that you walked away")
    walk.add_argument("id", type=deal_id)
    walk.add_argument("--reason", required=True, type=text(REASON), help="the specific reason you gave ('Given …')")
    walk.add_argument(
        "--follow-up", type=_date, metavar="DATE", help="when to check back (default: three days after the walk)"
    )
    walk.add_argument("--at", type=_moment, metavar="DATE", help="when you walked (default: today)")
    walk.set_defaults(handler=run_walk)


# -- output -----------------------------------------------------------------------


def assessment_json(plan: Plan, assessment: Assessment, today: date, phase: int | None = None) -> dict[str, Any]:
    """``phase``: the phase asked for (``None``: the current one; the investment counts every round)."""
    from planner.momentum import momentum
    from planner.money import amount_to_text
    from planner.signing.made_here import check_commitment
    from planner.verdict_words import headline

    invested = momentum(plan, today, phase)
    check = check_commitment(plan)
    committed = plan.commitment is not None
    return {
        "id": plan.id,
        "verdict": assessment.verdict.value,
        "headline": headline(plan, assessment),
        "reasons": list(assessment.reasons),
        "headroom": amount_to_text(assessment.headroom) if assessment.headroom is not None else None,
        "their_offer": amount_to_text(assessment.their_offer) if assessment.their_offer is not None else None,
        "reservation": amount_to_text(plan.reservation.value),
        # One decimal always ("57.0"): the score is rounded half-up to one decimal (str of it has no exponent).
        "package_score": str(assessment.package_score) if assessment.package_score is not None else None,
        "min_score": amount_to_text(assessment.min_score) if assessment.min_score is not None else None,
        "currency": plan.currency,
        "status": plan.status.value,
        "phase": assessment.phase,
        "signals": {
            s.key: {"count": s.count, "threshold": s.threshold, "triggered": s.triggered} for s in assessment.signals
        },
        "momentum": {
            "rounds": invested.rounds,
            "hours": amount_to_text(invested.hours),
            "days_since_first_round": invested.days,
        },
        "commitment_state": check.report.state.value if committed else None,
        "commitment_imported": check.imported if committed else None,
        "warnings": check.warnings(),
    }


def print_assessment(plan: Plan, assessment: Assessment, today: date, phase: int | None = None) -> None:
    from planner.momentum import momentum, momentum_note, momentum_text
    from planner.signing.made_here import check_commitment
    from planner.verdict_words import VERDICT_TITLES, headline, headroom_text, package_text, reason_text, signal_name

    print(f"{VERDICT_TITLES[assessment.verdict]}  {plan.title} ({plan.status.value})")
    for warning in check_commitment(plan).warnings():
        print(f"Warning: {warning}")
    print(headline(plan, assessment))
    print(headroom_text(plan, assessment))
    package = package_text(assessment)
    if package:
        print(package)
    for code in assessment.reasons:
        print(f"  - {code}: {reason_text(plan, assessment, code)}")
    for signal in assessment.signals:
        mark = "!" if signal.triggered else " "
        print(f" {mark} {signal_name(signal)}: {signal.count} of {signal.threshold}")
    invested = momentum(plan, today, phase)
    print(momentum_text(invested))
    note = momentum_note(assessment.verdict)
    if note:
        print(note)


def _show(plan: Plan, assessment: Assessment, as_json: bool, phase: int | None = None) -> None:
    today = date.today()  # the edge of the program: the core gets the day injected
    if as_json:
        print(json.dumps(assessment_json(plan, assessment, today, phase), ensure_ascii=False, indent=2))
    else:
        print_assessment(plan, assessment, today, phase)


# -- handlers -----------------------------------------------------------------------


def run_assess(args: argparse.Namespace) -> int:
    from planner.verdict import assess

    plan = read_plan(args, args.id)
    _show(plan, assess(plan, args.phase), args.json, args.phase)
    return 0


def run_round(args: argparse.Namespace) -> int:
    from planner.services import log_round
    from planner.verdict import assess

    today = date.today()
    args.term = terms_given(args.term)
    if args.edit is not None or args.delete is not None:
        from planner.cli.round_edit import run_correction

        corrected = run_correction(args, today)
        _show(corrected, assess(corrected), args.json)
        return 0
    if args.clear or args.final is False:
        raise WalkawayError("--clear and --not-final correct a round: use them with --edit N")
    with open_store(args, deal=args.id) as store:
        plan = log_round(
            store,
            args.id,
            at=args.at if args.at is not None else today,
            today=today,
            their_offer=args.their_offer,
            our_offer=args.our_offer,
            unmet_conditions=args.unmet or [],
            events=args.event or [],
            first_time_today=args.first_time,
            final=bool(args.final),
            hours=args.hours,
            note=args.note or "",
            their_terms=args.term,
        )
    _show(plan, assess(plan), args.json)
    return 0


def run_walk(args: argparse.Namespace) -> int:
    from planner.model import Script
    from planner.services import walk_away
    from planner.walk_script import check_script

    today = date.today()
    with open_store(args, deal=args.id) as store:
        plan = walk_away(
            store,
            args.id,
            reason=args.reason,
            at=args.at if args.at is not None else today,
            today=today,
            follow_up_on=args.follow_up,
        )
    # Advice only, after the fact: the walk is recorded as the user decided it.
    script = Script(plan.script.acknowledge, args.reason, plan.script.door)
    for problem in check_script(script, plan.reservation.conditions):
        print(f"walkaway: note: {problem.message} {problem.suggestion}", file=sys.stderr)
    assert plan.walked is not None
    print(f"Walked away from {plan.title}. Follow up on {plan.walked.follow_up_on}.")
    return 0
