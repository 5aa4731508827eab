"""The verdict in words, for the banner, the CLI, the walk dialog, the brief. Pure text, no Qt.

:func:`headline` is the one line that says what to do next (counter and how far apart, walk
and with what, consider walking and because of which signal); :func:`reason_texts` are the
details behind it. Every signal has one name (:data:`SIGNAL_NAMES`), used wherever one is shown.
"""

from __future__ import annotations

from decimal import Decimal

from planner.model import Plan, Side, SignalKind
from planner.money import amount_to_text, format_money
from planner.verdict import (
    CONDITIONS_UNMET,
    FINAL_OFFER,
    FIRST_TIME_TEST_FAILED,
    PACKAGE_BELOW_MINIMUM,
    PRICE_PAST_RESERVATION,
    SIGNAL_PREFIX,
    STALLED_PAST_RESERVATION,
    Assessment,
    SignalCount,
    Verdict,
)

VERDICT_TITLES = {
    Verdict.WALK: "WALK",
    Verdict.CONSIDER: "CONSIDER WALKING",
    Verdict.COUNTER: "DON'T ACCEPT — COUNTER",
    Verdict.PROCEED: "PROCEED",
    Verdict.NO_OFFER: "NO OFFER YET",
}

#: The one name of each standard signal: in the window, the brief, the CLI, the guide and the README.
SIGNAL_NAMES = {
    SignalKind.BAD_FAITH: "Bad faith",
    SignalKind.UNILATERAL_CONCESSIONS: "Concessions without trades",
    SignalKind.AUTHORITY: "Authority problem",
    SignalKind.SCOPE_DRIFT: "Scope drift",
}

#: What each standard signal looks like at the table, in a few words.
SIGNAL_MEANINGS = {
    SignalKind.BAD_FAITH: "promises taken back, facts that prove false",
    SignalKind.UNILATERAL_CONCESSIONS: "they take and give nothing back",
    SignalKind.AUTHORITY: "someone away from the table overrules what you agree",
    SignalKind.SCOPE_DRIFT: "more is expected, the price stays put",
}


def money(plan: Plan, value: Decimal) -> str:
    return format_money(value, plan.currency) + (f" {plan.unit}" if plan.unit else "")


def kind_name(kind: SignalKind, label: str = "") -> str:
    """The name of a signal of ``kind`` (a custom signal is called by its label)."""
    return label if kind is SignalKind.CUSTOM else SIGNAL_NAMES[kind]


def signal_name(signal: SignalCount) -> str:
    return kind_name(signal.kind, signal.label)


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def signal_text(signal: SignalCount) -> str:
    return f"{signal_name(signal)}: seen {_times(signal.count)}; your plan set the line at {signal.threshold}."


def _point(plan: Plan, assessment: Assessment) -> str:
    return money(plan, assessment.point)


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


def score_text(value: Decimal) -> str:
    """A package score as shown: ``72.5``, ``57.0`` (one decimal, no exponent, 0.0 to 100.0)."""
    return str(value)


def minimum_text(value: Decimal) -> str:
    """A minimum package score as the plan writes it: ``60``, ``62.5``."""
    return amount_to_text(value)


def package_text(assessment: Assessment) -> str:
    """The package score against the minimum, in one line (empty for a plan without a package)."""
    if assessment.package_score is None:
        if assessment.min_score is None:
            return ""
        return f"No package to score yet (your minimum is {minimum_text(assessment.min_score)} of 100)."
    score = f"Package score {score_text(assessment.package_score)} of 100"
    if assessment.min_score is None:
        return score + "."
    below = assessment.package_score < assessment.min_score
    return f"{score}: {'below' if below else 'at or above'} your minimum of {minimum_text(assessment.min_score)}."


def reason_text(plan: Plan, assessment: Assessment, code: str) -> str:
    """One reason code in words."""
    if code == PRICE_PAST_RESERVATION and assessment.headroom is not None and assessment.their_offer is not None:
        return (
            f"Their latest offer, {money(plan, assessment.their_offer)}, is {money(plan, -assessment.headroom)} "
            f"past your walk-away point of {_point(plan, assessment)}."
        )
    if code == CONDITIONS_UNMET:
        return "Not met in the latest round: " + "; ".join(assessment.unmet_conditions) + "."
    if code == PACKAGE_BELOW_MINIMUM and assessment.package_score is not None and assessment.min_score is not None:
        return (
            f"Their package (price and terms together) scores {score_text(assessment.package_score)}, "
            f"below your minimum of {minimum_text(assessment.min_score)}."
        )
    if code == FIRST_TIME_TEST_FAILED:
        return "You would not sign these terms if the deal came to you for the first time today."
    if code == STALLED_PAST_RESERVATION and assessment.previous_offer is not None:
        if assessment.their_offer == assessment.previous_offer:
            return "They have not moved: the same offer as last time, still past your point."
        return f"They moved away from you: {money(plan, assessment.previous_offer)} last time, worse now."
    if code == FINAL_OFFER:
        return "They called these terms final, and they do not clear your walk-away point."
    if code.startswith(SIGNAL_PREFIX):
        signal = assessment.signal(code.removeprefix(SIGNAL_PREFIX))
        if signal is not None:
            return signal_text(signal)
    return code


def reason_texts(plan: Plan, assessment: Assessment) -> list[str]:
    return [reason_text(plan, assessment, code) for code in assessment.reasons]


def _ask_for(plan: Plan) -> str:
    return "at or below" if plan.side is Side.BUY else "at or above"


def headline(plan: Plan, assessment: Assessment) -> str:
    """What to do next, in one line: the banner's headline and the CLI's second line."""
    verdict = assessment.verdict
    if verdict is Verdict.WALK:
        if FINAL_OFFER in assessment.reasons:
            return "They called it final and it does not clear your point: walk, with your script."
        return "You would not sign this if it were new to you today: walk, with your script."
    if verdict is Verdict.CONSIDER:
        fired = assessment.triggered_signals
        if fired:
            first = fired[0]
            more = f" (and {len(fired) - 1} more)" if len(fired) > 1 else ""
            return (
                f"{signal_name(first)} seen {_times(first.count)}, your line was {first.threshold}{more}: "
                "consider walking."
            )
        return "They are not moving toward your point: consider walking rather than chasing them."
    if verdict is Verdict.COUNTER:
        if PRICE_PAST_RESERVATION in assessment.reasons:
            gap = money(plan, -assessment.headroom) if assessment.headroom is not None else ""
            return f"Don't accept: {gap} apart. Counter {_ask_for(plan)} {_point(plan, assessment)}."
        if CONDITIONS_UNMET in assessment.reasons:
            return "Don't accept: " + "; ".join(assessment.unmet_conditions) + " not met. Counter on it."
        score = score_text(assessment.package_score) if assessment.package_score is not None else "?"
        minimum = minimum_text(assessment.min_score) if assessment.min_score is not None else "?"
        return f"Don't accept: the package scores {score}, your minimum is {minimum}. Counter on the terms."
    if verdict is Verdict.PROCEED:
        if assessment.headroom is None:
            return "Nothing past your point so far: go on, and log their offer when they make one."
        return f"Inside your point by {money(plan, assessment.headroom)}: go on, aiming for your target."
    if assessment.phase > 0:
        return "Reopened: log their renewed offer as a round; it is judged against the same point."
    return "Nothing to judge yet: log their first offer as a round."


def next_step(plan: Plan, assessment: Assessment) -> str:
    """What the verdict asks of you, a sentence or two longer than the headline."""
    verdict = assessment.verdict
    if verdict is Verdict.WALK:
        return (
            "Say your three-part script (what they did well, the specific reason, the open door), "
            "then record the walk (Walk away… in the Deal menu, or walkaway walk)."
        )
    if verdict is Verdict.CONSIDER:
        return (
            "Name what you see, calmly and specifically, and ask how they will fix it. "
            "If it goes on, walk: it is likely to go on after signing too."
        )
    if verdict is Verdict.COUNTER:
        return (
            "An offer past your point is not a reason to leave yet: make your counter-offer. "
            "Walk if they will not move, or say their offer is final."
        )
    if verdict is Verdict.PROCEED:
        return "The terms clear your walk-away point. Keep trading, and never give ground for nothing."
    return "The verdict appears once there is a round to judge."


def verdict_summary(assessment: Assessment) -> str:
    """What the verdict means, in one line (the follow-up brief and then-and-now print it)."""
    return {
        Verdict.WALK: "These terms do not clear your walk-away point, and they will not move.",
        Verdict.CONSIDER: "A warning sign you named has reached its line, or they have stopped moving.",
        Verdict.COUNTER: "Not acceptable as it stands: counter, and walk only if they will not move.",
        Verdict.PROCEED: "The deal still clears your walk-away point.",
        Verdict.NO_OFFER: "No round to judge yet.",
    }[assessment.verdict]
