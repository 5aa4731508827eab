"""Then and now: their last offer before the latest walk beside their renewed offer.

Both are measured against the walk-away point that was committed before the
walk (revision 1 or the last revision signed before walking), so a point
moved after the walk cannot make the renewed offer look better than it is.
A revised point is shown beside the original, never instead of it. The
renewed approach gets the verdict of the room, the one :func:`planner.verdict.assess`
gives everywhere (the rounds since reopening, against that same original point).
A deal walked away from more than once compares its latest walk with now.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from planner.model import Plan, Round
from planner.verdict import Assessment, assess, headroom, point_before_walk
from planner.verdict_words import kind_name

__all__ = ["ThenAndNow", "point_before_walk", "shortfall", "then_and_now"]


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


def shortfall(plan: Plan, offer: Decimal, point: Decimal) -> Decimal:
    """How far ``offer`` falls short of ``point`` for our side (<= 0: it meets the point).

    The room's headroom with the sign turned, so both speak of the same distance.
    """
    return -headroom(plan.side, point, offer)


def renewed_assessment(plan: Plan) -> Assessment | None:
    """The verdict on a reopened deal, as every screen shows it; None when it is not reopened."""
    return assess(plan) if plan.reopened is not None else None


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
    """Compare the last round before the latest walk with the latest round after reopening."""
    ordered = plan.ordered_rounds()
    original = point_before_walk(plan)
    walked_in = len(plan.history)  # the phase the latest walk ended; the phase after it is "now"
    then_rounds = [r for r in ordered if r.phase == walked_in]
    now_rounds = [r for r in ordered if r.phase == walked_in + 1]
    then_round = _last_offer_round(then_rounds)
    now_round = _last_offer_round(now_rounds)
    then = _side(plan, then_round, original)
    now = _side(plan, now_round, original)
    revised = plan.commitment if plan.commitment is not None and plan.commitment.revision > 1 else None

    then_unmet, now_unmet = set(then.unmet), set(now.unmet)
    conditions = plan.reservation.conditions
    counts_then = Counter(e.key for r in then_rounds for e in r.events)
    counts_now = Counter(e.key for r in now_rounds for e in r.events)
    signals = tuple(
        SignalChange(
            key=s.key,
            name=kind_name(s.kind, s.label),
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
    from planner.verdict_words import VERDICT_TITLES, headline, reason_texts

    if view.assessment is None:
        return ("NOT JUDGED YET", ["The deal is not reopened: there is no renewed approach to judge."])
    title = f"{VERDICT_TITLES[view.assessment.verdict]}: {headline(plan, view.assessment)}"
    return (title, reason_texts(plan, view.assessment))
