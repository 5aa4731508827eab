"""Then and now: their last offer before the walk beside their renewed offer.

Both are measured against the walk-away point that was committed before the
walk (revision 1 or the last revision signed before walking), so a point
moved after the walk cannot make the renewed offer look better than it is.
A revised point is shown beside the original, never instead of it. The
renewed approach gets the verdict of the room (:func:`planner.verdict.assess`
on the rounds after reopening), against that same original point.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from planner.dates import moment_day
from planner.model import Plan, Round, SignalKind
from planner.verdict import Assessment, assess, headroom

SIGNAL_NAMES = {
    SignalKind.BAD_FAITH: "Bad faith",
    SignalKind.UNILATERAL_CONCESSIONS: "Unilateral concession demands",
    SignalKind.AUTHORITY: "Authority problems",
    SignalKind.SCOPE_DRIFT: "Scope drift",
}


@dataclass(frozen=True, slots=True)
class OfferSide:
    """One column of the comparison: an offer and how far it is from the walk-away point."""

    round: Round | None
    offer: Decimal | None
    shortfall: Decimal | None  # > 0: short of the point by this much; <= 0: meets it, with -shortfall to spare
    unmet: tuple[str, ...]

    @property
    def meets_point(self) -> bool | None:
        return None if self.shortfall is None else self.shortfall <= 0


@dataclass(frozen=True, slots=True)
class SignalChange:
    key: str
    name: str
    threshold: int
    then: int
    now: int


@dataclass(frozen=True, slots=True)
class ThenAndNow:
    currency: str
    unit: str
    original_point: Decimal  # committed before the walk
    current_point: Decimal  # differs when the point was revised after the walk
    revision_reason: str
    then: OfferSide
    now: OfferSide
    conditions_now_met: tuple[str, ...]
    conditions_still_unmet: tuple[str, ...]
    conditions_newly_unmet: tuple[str, ...]
    signals: tuple[SignalChange, ...]
    assessment: Assessment | None  # the room's verdict on the rounds since reopening; None before any

    @property
    def point_revised(self) -> bool:
        return self.current_point != self.original_point

    @property
    def improvement(self) -> Decimal | None:
        """How far their offer moved our way between the walk and now (negative: it got worse)."""
        if self.then.shortfall is None or self.now.shortfall is None:
            return None
        return self.then.shortfall - self.now.shortfall

    @property
    def improvement_percent(self) -> Decimal | None:
        """The improvement in % of the original walk-away point, to one decimal."""
        if self.improvement is None or self.original_point == 0:
            return None
        return (self.improvement * 100 / self.original_point).quantize(Decimal("0.1"))

    @property
    def signals_changed(self) -> tuple[SignalChange, ...]:
        return tuple(s for s in self.signals if s.then or s.now)


def point_before_walk(plan: Plan) -> Decimal:
    """The walk-away point in force when the deal was walked."""
    if plan.walked is not None:
        walked_on = moment_day(plan.walked.at)
        signed = [
            c.reservation_value
            for c in plan.commitments
            if c.reservation_value is not None and c.signed_at.date() <= walked_on
        ]
        if signed:
            return signed[-1]
    first = plan.commitments[0].reservation_value if plan.commitments else None
    return first if first is not None else plan.reservation.value


def shortfall(plan: Plan, offer: Decimal, point: Decimal) -> Decimal:
    """How far ``offer`` falls short of ``point`` for our side (<= 0: it meets the point).

    The room's headroom with the sign turned, so both speak of the same distance.
    """
    return -headroom(plan.side, point, offer)


def judged_plan(plan: Plan) -> Plan:
    """A copy of ``plan`` whose reservation is the one committed before the walk (value and conditions)."""
    judged = copy.deepcopy(plan)
    judged.reservation.value = point_before_walk(plan)
    if plan.walked is not None:
        walked_on = moment_day(plan.walked.at)
        before = [c for c in plan.commitments if c.signed_at.date() <= walked_on and c.conditions]
        if before:
            judged.reservation.conditions = list(before[-1].conditions)
    return judged


def renewed_assessment(plan: Plan) -> Assessment | None:
    """The room's verdict on the rounds since reopening, against the point committed before the walk."""
    if not any(r.phase == 1 for r in plan.rounds):
        return None
    return assess(judged_plan(plan), phase=1)


def _last_offer_round(rounds: list[Round]) -> Round | None:
    priced = [r for r in rounds if r.their_offer is not None]
    return priced[-1] if priced else (rounds[-1] if rounds else None)


def _side(plan: Plan, round_: Round | None, point: Decimal) -> OfferSide:
    if round_ is None:
        return OfferSide(None, None, None, ())
    offer = round_.their_offer
    gap = shortfall(plan, offer, point) if offer is not None else None
    return OfferSide(round_, offer, gap, tuple(round_.unmet_conditions))


def then_and_now(plan: Plan) -> ThenAndNow:
    """Compare the last round before the walk with the latest round after reopening."""
    ordered = plan.ordered_rounds()
    original = point_before_walk(plan)
    then_round = _last_offer_round([r for r in ordered if r.phase == 0])
    now_round = _last_offer_round([r for r in ordered if r.phase == 1])
    then = _side(plan, then_round, original)
    now = _side(plan, now_round, original)
    revised = plan.commitment if plan.commitment is not None and plan.commitment.revision > 1 else None

    then_unmet, now_unmet = set(then.unmet), set(now.unmet)
    conditions = plan.reservation.conditions
    counts_then = Counter(e.key for r in ordered if r.phase == 0 for e in r.events)
    counts_now = Counter(e.key for r in ordered if r.phase == 1 for e in r.events)
    signals = tuple(
        SignalChange(
            key=s.key,
            name=s.label if s.kind is SignalKind.CUSTOM else SIGNAL_NAMES[s.kind],
            threshold=s.threshold,
            then=counts_then[s.key],
            now=counts_now[s.key],
        )
        for s in plan.signals
    )
    return ThenAndNow(
        currency=plan.currency,
        unit=plan.unit,
        original_point=original,
        current_point=plan.reservation.value,
        revision_reason=revised.reason if revised is not None else "",
        then=then,
        now=now,
        conditions_now_met=tuple(c for c in conditions if c in then_unmet and c not in now_unmet)
        if now_round is not None
        else (),
        conditions_still_unmet=tuple(c for c in conditions if c in then_unmet and c in now_unmet),
        conditions_newly_unmet=tuple(c for c in conditions if c in now_unmet and c not in then_unmet),
        signals=signals,
        assessment=renewed_assessment(plan),
    )


def gap_text(side: OfferSide, currency: str) -> str:
    """``EUR 4,000 short of the walk-away point`` or ``meets it, EUR 1,000 to spare``."""
    from planner.money import format_money

    if side.shortfall is None:
        return "no offer logged"
    if side.shortfall > 0:
        return f"{format_money(side.shortfall, currency)} short of the walk-away point"
    return f"meets the walk-away point, {format_money(-side.shortfall, currency)} to spare"


def renewed_judgement(plan: Plan, view: ThenAndNow) -> tuple[str, list[str]]:
    """The verdict on their renewed approach in words: a title line and the reasons behind it."""
    from planner.verdict_words import VERDICT_TITLES, reason_texts, verdict_summary

    if view.assessment is None:
        return ("NOT JUDGED YET", ["Log their renewed offer as a round; it is judged against the original point."])
    title = f"{VERDICT_TITLES[view.assessment.verdict]}: {verdict_summary(view.assessment)}"
    return (title, reason_texts(judged_plan(plan), view.assessment))
