"""Demo deals: one in every stage of the method, dated relative to today."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal as D

from planner.fingerprint import fingerprint
from planner.model import (
    Alternative,
    Commitment,
    Outcome,
    Plan,
    Reopen,
    Reservation,
    Round,
    Script,
    Side,
    Signal,
    SignalEvent,
    SignalKind,
    Status,
    TheirSide,
    Walk,
    status_from_content,
)


def _commit(plan: Plan, day: date) -> None:
    signed_at = datetime.combine(day, time(18, 30), tzinfo=UTC)
    plan.commitments = [
        Commitment(
            revision=1,
            signer=plan.signer,
            signed_at=signed_at,
            fingerprint=fingerprint(plan),
            statement=f"I will walk away from {plan.title} past {plan.currency} {plan.reservation.value:,}.",
            reservation_value=plan.reservation.value,
            conditions=list(plan.reservation.conditions),
            side=plan.side,
        )
    ]


def demo_plans(today: date | None = None) -> list[Plan]:
    """Realistic plans in planning, committed, negotiating, walked, reopened and agreed."""
    today = today or date.today()
    ago = lambda days: today - timedelta(days=days)  # noqa: E731 - reads best inline

    salary = Plan(
        title="Senior engineer offer",
        counterparty="Northwind Robotics",
        side=Side.SELL,
        currency="EUR",
        unit="per year",
        signer="Jordan Lee",
        reservation=Reservation(
            value=D("92000"),
            conditions=["Fully remote two days a week", "Start no earlier than March"],
            rationale="Current package is 88,000 plus a 5% bonus; moving costs the bonus.",
            decided_at=ago(1),
        ),
        target=D("105000"),
        opening=D("112000"),
        alternatives=[
            Alternative("Stay in current role with promised raise", D("91500"), D("0.8")),
            Alternative("Offer from Contoso Health", D("96000"), D("0.4"), "Verbal only so far"),
        ],
        script=Script(
            acknowledge="I have enjoyed meeting the team, and the robotics work is exactly what I want to do.",
            reason="Given a base below 92,000 without the remote days, I cannot make the move work.",
            door="If the package can change later in the year, I would be glad to talk again.",
        ),
        their_side=TheirSide(decision_maker="VP Engineering (Priya Shah)", at_table="Recruiter, hiring manager"),
    )

    forklifts = Plan(
        title="Warehouse forklift fleet",
        counterparty="Liftline Equipment",
        side=Side.BUY,
        currency="USD",
        signer="Morgan Diaz",
        reservation=Reservation(
            value=D("240000"),
            conditions=["Five-year service included", "Delivery before the peak season"],
            rationale="Leasing the same fleet costs 236,000 over the period, plus flexibility.",
            decided_at=ago(3),
        ),
        target=D("205000"),
        opening=D("190000"),
        alternatives=[
            Alternative("Five-year lease from Hoist Partners", D("236000"), D("0.9")),
            Alternative("Refurbish the current fleet", D("150000"), D("0.5"), "Buys two years at most"),
        ],
        signals=[Signal(SignalKind.CUSTOM, 1, "Delivery date keeps slipping")],
        script=Script(
            acknowledge="Your team has been thorough and the demo units were excellent.",
            reason="Given a price above 240,000 without the service package, we cannot go ahead.",
            door="If the terms change before the season, call me directly.",
        ),
    )
    _commit(forklifts, ago(2))

    lease = Plan(
        title="Office lease renewal",
        counterparty="Harbor Point Properties",
        side=Side.BUY,
        currency="USD",
        unit="per month",
        signer="Sam Rivera",
        reservation=Reservation(
            value=D("18500"),
            conditions=["Landlord covers HVAC replacement", "Five-year term at most"],
            rationale="Comparable space on Pine Street lists at 17,900 plus 6,000 moving cost spread over the term.",
            decided_at=ago(30),
        ),
        target=D("16000"),
        opening=D("15200"),
        alternatives=[
            Alternative("Pine Street sublease", D("18700"), D("0.7"), "Available from March"),
            Alternative("Hybrid: smaller space plus coworking passes", D("19500"), D("0.9")),
        ],
        script=Script(
            acknowledge="You have been a reliable landlord and the building has served us well.",
            reason="Given a rent above 18,500 a month without the HVAC work, we cannot make this lease work.",
            door="If the numbers move, call me; we would be glad to stay.",
        ),
        rounds=[
            Round(ago(14), D("19800"), D("15200"), first_time_today=True, hours=D("1.5")),
            Round(
                ago(7),
                D("19200"),
                D("16400"),
                events=[SignalEvent(SignalKind.UNILATERAL_CONCESSIONS, note="Asked us to drop the HVAC condition")],
                hours=D("2"),
            ),
        ],
    )
    _commit(lease, ago(29))

    licences = Plan(
        title="Annual software licences",
        counterparty="Vertex Analytics",
        side=Side.BUY,
        currency="EUR",
        unit="per year",
        signer="Ana Costa",
        reservation=Reservation(value=D("42000"), conditions=["Price locked for 3 years"], decided_at=ago(20)),
        alternatives=[Alternative("Open-source stack with support contract", D("43000"), D("0.6"))],
        signals=[Signal(SignalKind.CUSTOM, 2, "New decision maker every call")],
        script=Script(
            acknowledge="Your product has served our analysts well for three years.",
            reason="Given a price 4,000 above our limit and no multi-year lock, we cannot renew on these terms.",
            door="If pricing or the lock changes, please get in touch.",
        ),
        rounds=[
            Round(
                ago(10),
                D("47500"),
                events=[SignalEvent(SignalKind.AUTHORITY, note="VP overrode the agreed discount")],
                hours=D("1"),
            ),
            Round(
                ago(3),
                D("46000"),
                unmet_conditions=["Price locked for 3 years"],
                events=[
                    SignalEvent(SignalKind.AUTHORITY),
                    SignalEvent(SignalKind.CUSTOM, "New decision maker every call"),
                ],
                first_time_today=False,
                hours=D("1.5"),
            ),
        ],
        walked=Walk(
            at=ago(3),
            reason="Given a price 4,000 above our limit and no multi-year lock, we cannot move forward.",
            follow_up_on=today,
        ),
    )
    _commit(licences, ago(19))

    catering = Plan(
        title="Catering contract 2027",
        counterparty="Bluebird Events",
        side=Side.SELL,
        currency="GBP",
        unit="per event",
        signer="Chris Okafor",
        reservation=Reservation(
            value=D("3200"),
            conditions=["Payment within 30 days"],
            rationale="Below 3,200 an event the staff cost leaves no margin.",
            decided_at=ago(25),
        ),
        target=D("3800"),
        opening=D("4100"),
        alternatives=[Alternative("Weddings through the venue network", D("3000"), D("0.7"))],
        script=Script(
            acknowledge="We have liked working on your launch events.",
            reason="Given 2,900 an event and 60-day payment, we cannot staff the contract well.",
            door="If the budget moves, we would be happy to pick this up again.",
        ),
        rounds=[
            Round(ago(16), D("2800"), D("4100"), hours=D("1")),
            Round(
                ago(12),
                D("2900"),
                D("3900"),
                unmet_conditions=["Payment within 30 days"],
                first_time_today=False,
                hours=D("2"),
            ),
            Round(
                ago(2),
                D("3350"),
                D("3700"),
                first_time_today=True,
                hours=D("1"),
                phase=1,
                note="They came back with a new budget",
            ),
        ],
        walked=Walk(
            at=ago(12), reason="Given 2,900 an event and 60-day payment, we cannot staff it.", follow_up_on=ago(9)
        ),
        reopened=Reopen(at=ago(3), note="They called back: new budget approved"),
        their_side=TheirSide(decision_maker="Head of events", walk_away=D("3500")),
    )
    _commit(catering, ago(24))

    van = Plan(
        title="Delivery van purchase",
        counterparty="Citywide Motors",
        side=Side.BUY,
        currency="EUR",
        signer="Jordan Lee",
        reservation=Reservation(value=D("31000"), conditions=["Three-year warranty"], decided_at=ago(40)),
        target=D("28000"),
        alternatives=[Alternative("Same model from Eastgate dealer", D("31500"), D("0.8"))],
        rounds=[
            Round(ago(35), D("33500"), D("27500"), hours=D("1")),
            Round(ago(30), D("32800"), D("29000"), first_time_today=False, hours=D("1.5")),
            Round(ago(20), D("30400"), D("30000"), first_time_today=True, hours=D("0.5"), phase=1),
        ],
        walked=Walk(
            at=ago(30), reason="Given a price 1,800 above our limit, we will buy elsewhere.", follow_up_on=ago(27)
        ),
        reopened=Reopen(at=ago(21), note="Dealer called with a month-end offer"),
        outcome=Outcome(Status.AGREED, ago(20), D("30400"), "Signed with the warranty"),
    )
    _commit(van, ago(39))

    plans = [salary, forklifts, lease, licences, catering, van]
    for plan in plans:
        plan.status = status_from_content(plan)
    return plans
