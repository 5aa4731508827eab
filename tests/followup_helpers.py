"""Walked deals for the follow-up tests, built with dates relative to an injected day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from planner.fingerprint import fingerprint
from planner.model import Commitment, Plan, Reservation, Round, Side, SignalEvent, SignalKind, Status, Walk

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def commit_on(plan: Plan, day: date) -> None:
    """Commit ``plan`` (revision 1) as the demo plans are committed: signed at 18:30 UTC on ``day``."""
    plan.commitments = [
        Commitment(
            revision=1,
            signer=plan.signer,
            signed_at=datetime.combine(day, time(18, 30), tzinfo=UTC),
            fingerprint=fingerprint(plan),
            statement=f"I will walk away from {plan.title} past {plan.currency} {plan.reservation.value:,}.",
            reservation_value=plan.reservation.value,
            conditions=list(plan.reservation.conditions),
            side=plan.side,
        )
    ]


def walked_plan(title: str, follow_up_on: date | None, *, side: Side = Side.BUY, walked_days_ago: int = 5) -> Plan:
    """A committed BUY deal walked at 46,000 against a 42,000 point, one condition unmet."""
    walked_on = TODAY - timedelta(days=walked_days_ago)
    plan = Plan(
        title=title,
        counterparty=f"{title} Ltd",
        side=side,
        currency="EUR",
        signer="Ana Costa",
        reservation=Reservation(value=Decimal("42000"), conditions=["Price locked for 3 years", "Support included"]),
        rounds=[
            Round(walked_on - timedelta(days=7), Decimal("47500")),
            Round(
                walked_on,
                Decimal("46000"),
                unmet_conditions=["Price locked for 3 years"],
                events=[SignalEvent(SignalKind.AUTHORITY), SignalEvent(SignalKind.AUTHORITY)],
                first_time_today=False,
            ),
        ],
        walked=Walk(at=walked_on, reason="Given 4,000 above our limit, we cannot renew.", follow_up_on=follow_up_on),
    )
    commit_on(plan, walked_on - timedelta(days=20))
    plan.status = Status.WALKED
    return plan
