r"""The checks of a deal's history, for :mod:`planner.plan_rules`: its walks and reopenings (the latest
and the earlier ones), follow-up moves, the outcome, and the corrections of logged rounds.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner import limits
from planner.dates import Moment, moment_day
from planner.model import CorrectionAction, Plan, Status, Walk
from planner.rule_checks import Problem, amount_problems, not_before, outcome_problem, phase_problems, too_many


def history_problems(plan: Plan) -> Iterator[Problem]:
    walked, reopened, outcome = plan.walked, plan.reopened, plan.outcome
    yield from _earlier_walk_problems(plan)
    if walked is not None and walked.follow_up_on is not None and walked.follow_up_on < moment_day(walked.at):
        yield Problem("walked.follow_up_on", f"before the walk ({moment_day(walked.at).isoformat()})")
    if walked is not None:
        yield from _move_problems(walked)
    if reopened is not None:
        if walked is None:
            yield Problem("reopened", "only a walked deal can be reopened, and this plan has no 'walked'")
        elif not not_before(reopened.at, walked.at):
            yield Problem("reopened.at", f"before the walk ({moment_day(walked.at).isoformat()})")
    if outcome is not None:
        problem = outcome_problem(outcome.status, outcome.amount)
        if problem:
            yield Problem("outcome.amount" if outcome.status in (Status.AGREED, Status.DROPPED) else "outcome", problem)
        if walked is None:
            yield Problem("outcome", "outcomes are for walked or reopened deals, and this plan has no 'walked'")
        elif outcome.status is Status.AGREED and reopened is None:
            yield Problem("outcome", "a walked deal is reopened before an agreement, and this plan has no 'reopened'")
        started = reopened.at if reopened is not None else walked.at if walked is not None else None
        if started is not None and not not_before(outcome.at, started):
            day = moment_day(started).isoformat()
            yield Problem("outcome.at", f"before {day}, when the deal was walked away from or reopened")


def _earlier_walk_problems(plan: Plan) -> Iterator[Problem]:
    """Earlier walks and reopenings in the order they happened, each reopening after its walk."""
    previous: Moment | None = None  # the reopening before this walk
    for i, past in enumerate(plan.history):
        where = f"history[{i}]"
        if previous is not None and not not_before(past.walked.at, previous):
            yield Problem(f"{where}.walked.at", f"before the reopening it follows ({moment_day(previous).isoformat()})")
        if not not_before(past.reopened.at, past.walked.at):
            yield Problem(f"{where}.reopened.at", f"before the walk ({moment_day(past.walked.at).isoformat()})")
        yield from _move_problems(past.walked, f"{where}.walked")
        previous = past.reopened.at
    if plan.history and plan.walked is None:
        yield Problem("walked", "a plan with earlier walks in 'history' has its latest walk in 'walked'")
    elif previous is not None and plan.walked is not None and not not_before(plan.walked.at, previous):
        yield Problem("walked.at", f"before the latest reopening in history ({moment_day(previous).isoformat()})")


def _move_problems(walked: Walk, path: str = "walked") -> Iterator[Problem]:
    """Each move as snooze and reschedule record it: after the walk, to another date, the last one in force."""
    for i, move in enumerate(walked.moves):
        where = f"{path}.follow_up_moves[{i}]"
        if move.at.date() < moment_day(walked.at):
            yield Problem(f"{where}.at", f"before the walk ({moment_day(walked.at).isoformat()})")
        if move.to_date == move.from_date:
            yield Problem(f"{where}.to_date", "the same date as from_date: nothing moved")
        elif move.to_date < moment_day(walked.at):
            yield Problem(f"{where}.to_date", f"before the walk ({moment_day(walked.at).isoformat()})")
    if walked.moves and walked.moves[-1].to_date != walked.follow_up_on:
        yield Problem(f"{path}.follow_up_on", "not the date the last follow-up move set")


def correction_problems(plan: Plan) -> Iterator[Problem]:
    """Each correction: when (with a time zone), which round, and the rounds it keeps."""
    for i, correction in enumerate(plan.corrections):
        where = f"corrections[{i}]"
        if correction.at.tzinfo is None:
            yield Problem(f"{where}.at", "needs a time zone")
        if isinstance(correction.number, bool) or not 1 <= correction.number <= limits.MAX_ROUNDS:
            yield Problem(f"{where}.round", f"must be a round number from 1 to {limits.MAX_ROUNDS}")
        if correction.action is CorrectionAction.EDIT and correction.after is None:
            yield Problem(f"{where}.after", "an edit keeps the round as corrected")
        if correction.action is CorrectionAction.DELETE and correction.after is not None:
            yield Problem(f"{where}.after", "a deletion has no corrected round")
        for name, round_ in (("before", correction.before), ("after", correction.after)):
            if round_ is None:
                continue
            yield from too_many(round_.events, limits.MAX_EVENTS, f"{where}.{name}.events")
            yield from too_many(round_.unmet_conditions, limits.MAX_CONDITIONS, f"{where}.{name}.unmet_conditions")
            yield from phase_problems(plan, f"{where}.{name}", round_.phase)
            yield from amount_problems(
                iter(
                    (
                        (f"{where}.{name}.their_offer", round_.their_offer),
                        (f"{where}.{name}.our_offer", round_.our_offer),
                        (f"{where}.{name}.hours", round_.hours),
                    )
                )
            )
