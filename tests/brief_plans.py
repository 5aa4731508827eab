"""The plans of issue 17 as fixtures: a salary plan with seven conditions, a car bought and sold
with labels close together on the scale, a minimal plan and one in other scripts.

They are committed on this computer (as a new user would carry them into the room, so their
briefs are signed) unless ``committed=False``.
"""

from __future__ import annotations

import copy
import functools
from datetime import date
from decimal import Decimal as D

from briefs import NOW, TODAY, commit_here

from planner.demo import demo_plans
from planner.model import Alternative, Plan, Reservation, Script, Side, TheirSide

SEVEN_CONDITIONS = [
    "Fully remote two days a week",
    "Start no earlier than March",
    "A signing bonus of at least 5,000 to make up for the bonus I leave behind",
    "The title Senior Engineer in the written offer",
    "At least 28 days of paid leave",
    "Equity vesting over four years with a cliff of one year at most",
    "A training budget of 2,000 a year, in the contract",
]
TWO_SENTENCES = (
    "My current package is 88,000 plus a 5% bonus, and moving costs me that bonus. "
    "Below 92,000 with these terms I am better off taking the raise I was promised."
)


def _committed(plan: Plan, committed: bool) -> Plan:
    if committed:
        commit_here(plan, plan.signer, NOW)
    return plan


def salary_seven(*, committed: bool = True) -> Plan:
    """The demo's salary offer with seven walk-away conditions and a two-sentence rationale."""
    plan = demo_plans(TODAY)[0]
    plan.reservation.conditions = list(SEVEN_CONDITIONS)
    plan.reservation.rationale = TWO_SENTENCES
    plan.commitments = []
    return _committed(plan, committed)


def car_plan(side: Side = Side.BUY, *, committed: bool = True) -> Plan:
    """A used car: walk-away EUR 18,500 with the best alternative close by (18,900 buying, 18,100 selling)."""
    buying = side is Side.BUY
    plan = Plan(
        title="Used estate car" if buying else "Selling the estate car",
        counterparty="Autohaus Lindner" if buying else "Private buyer (M. Okafor)",
        side=side,
        currency="EUR",
        signer="Robin Hale",
        reservation=Reservation(
            D("18500"),
            ["Full service history", "Two new tyres before handover"],
            "Two comparable cars with the same mileage are listed at 18,900 and 19,400.",
        ),
        target=D("17400") if buying else D("19600"),
        opening=D("16800") if buying else D("20500"),
        alternatives=[
            Alternative("Same model at Eastgate Cars", D("18900") if buying else D("18100"), D("0.7")),
            Alternative("Keep the old car one more year", None, D("0.9"), "Needs a new clutch"),
        ],
        script=Script(
            "Thank you for the test drive and your time today.",
            "Given a price past 18,500 without the service history, the numbers do not work for me.",
            "If anything changes this week, call me.",
        ),
        their_side=TheirSide(
            decision_maker="Sales manager (Ms Brandt)" if buying else "M. Okafor",
            at_table="Salesman" if buying else "M. Okafor and his partner",
            walk_away=D("17900") if buying else D("19200"),
        ),
    )
    return _committed(plan, committed)


def minimal_plan(*, committed: bool = True) -> Plan:
    """Only what a plan must have: a title, a side, a currency and the walk-away point."""
    plan = Plan("Bike", "", Side.BUY, "EUR", Reservation(D("400")), signer="Kim")
    return _committed(plan, committed)


def non_latin_plan(*, committed: bool = True) -> Plan:
    """Greek, Cyrillic and Chinese in every field a user types."""
    plan = Plan(
        title="Аренда склада в Салониках",
        counterparty="Εταιρεία Ακινήτων Θεσσαλονίκης",
        side=Side.BUY,
        currency="EUR",
        unit="в месяц",
        signer="Мария Иванова",
        reservation=Reservation(
            D("7200"),
            ["Ремонт крыши за счёт владельца", "Срок аренды не более трёх лет", "仓库可以二十四小时进出"],
            "Соседний склад сдаётся за 6 900 евро. Переезд обойдётся примерно в 4 000 евро.",
        ),
        target=D("6500"),
        opening=D("6000"),
        alternatives=[
            Alternative("Склад у порта", D("6900"), D("0.6"), "Свободен с апреля"),
            Alternative("上海物流公司的仓库", D("7400"), D("0.3")),
        ],
        script=Script(
            "Спасибо за встречу и за подробный показ.",
            "При цене выше 7 200 евро без ремонта крыши мы не можем подписать договор.",
            "Αν αλλάξει κάτι, τηλεφωνήστε μου.",
        ),
        their_side=TheirSide(decision_maker="Κύριος Παπαδόπουλος", at_table="Κύριος Παπαδόπουλος", walk_away=D("6800")),
    )
    return _committed(plan, committed)


def demo_walk_away_plans(today: date = TODAY) -> list[Plan]:
    """The demo deals that print the walk-away brief (not reopened)."""
    return [p for p in demo_plans(today) if p.reopened is None]


def issue_plans() -> dict[str, Plan]:
    """Every plan issue 17 names, by a short name (used for the tests and the renders); fresh copies,
    their commitments recorded as made on this computer (each test has its own data folder)."""
    from planner.signing.made_here import remember

    plans = copy.deepcopy(_issue_plans())
    remember([c for plan in plans.values() for c in plan.commitments])
    return plans


@functools.cache
def _issue_plans() -> dict[str, Plan]:
    plans = {
        "salary-seven": salary_seven(),
        "car-buy": car_plan(Side.BUY),
        "car-sell": car_plan(Side.SELL),
        "minimal": minimal_plan(),
        "non-latin": non_latin_plan(),
    }
    for plan in demo_walk_away_plans():
        if plan.commitment is None:  # the demo still in planning: commit it as a user would
            commit_here(plan, plan.signer, NOW)
        plans["demo-" + plan.title.lower().replace(" ", "-")] = plan
    return plans
