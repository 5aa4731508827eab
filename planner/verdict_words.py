"""The verdict in words, for the banner, the CLI and the walk dialog. Pure text, no Qt."""

from __future__ import annotations

from decimal import Decimal

from planner.model import Plan, SignalKind
from planner.money import format_money
from planner.verdict import (
    CONDITIONS_UNMET,
    FIRST_TIME_TEST_FAILED,
    PRICE_PAST_RESERVATION,
    SIGNAL_PREFIX,
    Assessment,
    SignalCount,
    Verdict,
)

VERDICT_TITLES = {
    Verdict.WALK: "WALK",
    Verdict.CONSIDER: "CONSIDER WALKING",
    Verdict.PROCEED: "PROCEED",
}

#: What each standard signal means, in a few words.
SIGNAL_NAMES = {
    SignalKind.BAD_FAITH: "Bad faith (commitments broken, facts that turned out false)",
    SignalKind.UNILATERAL_CONCESSIONS: "Concessions demanded with nothing offered in return",
    SignalKind.AUTHORITY: "Agreements overridden by someone not at the table",
    SignalKind.SCOPE_DRIFT: "Scope growing without the price following",
}


def money(plan: Plan, value: Decimal) -> str:
    return format_money(value, plan.currency) + (f" {plan.unit}" if plan.unit else "")


def signal_name(signal: SignalCount) -> str:
    return signal.label if signal.kind is SignalKind.CUSTOM else SIGNAL_NAMES[signal.kind]


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def signal_text(signal: SignalCount) -> str:
    return f"{signal_name(signal)}: seen {_times(signal.count)}; your plan set the line at {signal.threshold}."


def headroom_text(plan: Plan, assessment: Assessment) -> str:
    """Where the latest offer stands against the walk-away point."""
    room = assessment.headroom
    if room is None:
        return "No offer from them yet."
    if room == 0:
        return "Their latest offer is exactly at your walk-away point."
    if room < 0:
        return f"Their latest offer is {money(plan, -room)} past your walk-away point."
    return f"Their latest offer leaves {money(plan, room)} before your walk-away point."


def reason_text(plan: Plan, assessment: Assessment, code: str) -> str:
    """One reason code in words."""
    if code == PRICE_PAST_RESERVATION and assessment.headroom is not None and assessment.their_offer is not None:
        return (
            f"Their latest offer, {money(plan, assessment.their_offer)}, is {money(plan, -assessment.headroom)} "
            f"past your walk-away point of {money(plan, plan.reservation.value)}."
        )
    if code == CONDITIONS_UNMET:
        return "Not met in the latest round: " + "; ".join(assessment.unmet_conditions) + "."
    if code == FIRST_TIME_TEST_FAILED:
        return "You would not sign these terms if the deal came to you for the first time today."
    if code.startswith(SIGNAL_PREFIX):
        signal = assessment.signal(code.removeprefix(SIGNAL_PREFIX))
        if signal is not None:
            return signal_text(signal)
    return code


def reason_texts(plan: Plan, assessment: Assessment) -> list[str]:
    return [reason_text(plan, assessment, code) for code in assessment.reasons]


def verdict_summary(assessment: Assessment) -> str:
    """The one-line reading under the banner title."""
    if assessment.verdict is Verdict.WALK:
        return "This deal no longer clears the walk-away point you set in advance."
    if assessment.verdict is Verdict.CONSIDER:
        return "The terms still clear your point, but a warning sign you named has reached its line."
    if assessment.rounds == 0:
        return "No rounds logged yet."
    return "The deal still clears your walk-away point."
