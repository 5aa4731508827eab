"""The verdict in the room: does this deal still clear the walk-away point decided in advance?

:func:`assess` is a pure function of the plan. Its rules are the contract of issue 5:

- headroom: ``reservation − their offer`` when buying, ``their offer − reservation`` when
  selling, on the most recent round that has their offer; negative is past the point;
  ``None`` when no round has their offer;
- ``price_past_reservation``: headroom < 0 (exactly at the point is acceptable);
- ``conditions_unmet``: the most recent round lists at least one unmet condition;
- ``first_time_test_failed``: the most recent round answers the first-time-today test with no;
- ``signal:KIND`` / ``signal:custom:LABEL``: that signal's events, counted over all rounds,
  reach its threshold;
- verdict ``walk`` if any of the first three holds, else ``consider`` if any signal does,
  else ``proceed``.

``assess(plan, phase=1)`` looks only at the rounds of one phase (1: after a reopen), so a
renewed offer is judged on its own rounds; ``phase=None`` (the default) looks at all rounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum

from planner.model import Plan, Round, Side, SignalKind

PRICE_PAST_RESERVATION = "price_past_reservation"
CONDITIONS_UNMET = "conditions_unmet"
FIRST_TIME_TEST_FAILED = "first_time_test_failed"
#: The reasons that alone make the verdict ``walk``, in the order they are reported.
WALK_REASONS = (PRICE_PAST_RESERVATION, CONDITIONS_UNMET, FIRST_TIME_TEST_FAILED)
SIGNAL_PREFIX = "signal:"

_STANDARD_ORDER = (
    SignalKind.BAD_FAITH,
    SignalKind.UNILATERAL_CONCESSIONS,
    SignalKind.AUTHORITY,
    SignalKind.SCOPE_DRIFT,
)


class Verdict(StrEnum):
    WALK = "walk"
    CONSIDER = "consider"  # consider walking
    PROCEED = "proceed"


@dataclass(frozen=True, slots=True)
class SignalCount:
    """How often one declared signal was seen, against the threshold the plan set for it."""

    key: str  # "bad_faith" or "custom:LABEL"
    kind: SignalKind
    label: str
    count: int
    threshold: int

    @property
    def triggered(self) -> bool:
        return self.count >= self.threshold

    @property
    def reason(self) -> str:
        return SIGNAL_PREFIX + self.key


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    reasons: tuple[str, ...]  # codes: WALK_REASONS first, then signal:KEY in canonical order
    headroom: Decimal | None
    signals: tuple[SignalCount, ...]  # standard signals first, then custom ones by label
    phase: int | None  # the phase assessed; None means all rounds
    rounds: int  # how many rounds were looked at
    their_offer: Decimal | None  # the offer the headroom was taken on
    unmet_conditions: tuple[str, ...]  # of the most recent round

    def signal(self, key: str) -> SignalCount | None:
        return next((s for s in self.signals if s.key == key), None)

    @property
    def triggered_signals(self) -> tuple[SignalCount, ...]:
        return tuple(s for s in self.signals if s.triggered)


def rounds_in_phase(plan: Plan, phase: int | None = None) -> list[Round]:
    """The plan's rounds in the order they happened, optionally only those of one phase."""
    ordered = plan.ordered_rounds()
    return ordered if phase is None else [r for r in ordered if r.phase == phase]


def headroom(side: Side, reservation: Decimal, their_offer: Decimal) -> Decimal:
    """How far their offer is inside the walk-away point (negative: past it), exactly."""
    # Amounts have at most 19 significant digits; a difference needs at most 20. Never round.
    with localcontext() as context:
        context.prec = 40
        return reservation - their_offer if side is Side.BUY else their_offer - reservation


def _signal_order(count: SignalCount) -> tuple[int, str]:
    if count.kind in _STANDARD_ORDER:
        return (_STANDARD_ORDER.index(count.kind), "")
    return (len(_STANDARD_ORDER), count.label)


def count_signals(plan: Plan, rounds: list[Round]) -> tuple[SignalCount, ...]:
    """Events per declared signal over ``rounds``; events of undeclared signals are not counted."""
    seen: dict[str, int] = {}
    for round_ in rounds:
        for event in round_.events:
            seen[event.key] = seen.get(event.key, 0) + 1
    counts = [SignalCount(s.key, s.kind, s.label, seen.get(s.key, 0), s.threshold) for s in plan.signals]
    # Canonical order, so nothing downstream depends on the order signals were declared in.
    return tuple(sorted(counts, key=_signal_order))


def assess(plan: Plan, phase: int | None = None) -> Assessment:
    """The verdict on ``plan`` from its rounds (all of them, or only those of ``phase``)."""
    rounds = rounds_in_phase(plan, phase)
    latest = rounds[-1] if rounds else None
    with_offer = next((r for r in reversed(rounds) if r.their_offer is not None), None)
    their_offer = with_offer.their_offer if with_offer is not None else None
    room = headroom(plan.side, plan.reservation.value, their_offer) if their_offer is not None else None

    reasons: list[str] = []
    if room is not None and room < 0:
        reasons.append(PRICE_PAST_RESERVATION)
    if latest is not None and latest.unmet_conditions:
        reasons.append(CONDITIONS_UNMET)
    if latest is not None and latest.first_time_today is False:
        reasons.append(FIRST_TIME_TEST_FAILED)
    walk = bool(reasons)

    signals = count_signals(plan, rounds)
    reasons.extend(s.reason for s in signals if s.triggered)

    if walk:
        verdict = Verdict.WALK
    elif reasons:
        verdict = Verdict.CONSIDER
    else:
        verdict = Verdict.PROCEED
    return Assessment(
        verdict=verdict,
        reasons=tuple(reasons),
        headroom=room,
        signals=signals,
        phase=phase,
        rounds=len(rounds),
        their_offer=their_offer,
        unmet_conditions=tuple(latest.unmet_conditions) if latest is not None else (),
    )
