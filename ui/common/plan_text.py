"""Sentences about a plan, for the live feedback in the editor (translatable, in the user's locale)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from planner.model import Plan, Side
from ui.common.money_text import money_text
from ui.common.package_text import figure_text


def amount_with_unit(plan: Plan, value: Decimal) -> str:
    return money_text(value, plan.currency, unit=plan.unit)


def reservation_sentence(plan: Plan) -> str:
    """The walk-away point in words: what, in the room, makes us leave."""
    amount = amount_with_unit(plan, plan.reservation.value)
    if plan.side is Side.BUY:
        sentence = QCoreApplication.translate("PlanText", "Walk away if they ask more than {amount}.")
    else:
        sentence = QCoreApplication.translate("PlanText", "Walk away if they offer less than {amount}.")
    sentence = sentence.format(amount=amount)
    count = len(plan.reservation.conditions)
    if count == 1:
        sentence += " " + QCoreApplication.translate("PlanText", "Also walk away if the condition is not met.")
    elif count > 1:
        sentence += " " + QCoreApplication.translate(
            "PlanText", "Also walk away if any of the {count} conditions is not met."
        ).format(count=count)
    if plan.has_package and plan.reservation.min_score is not None:
        sentence += " " + QCoreApplication.translate(
            "PlanText", "Also walk away if the package scores below {minimum} of 100."
        ).format(minimum=figure_text(plan.reservation.min_score))
    return sentence


def reservation_warnings(plan: Plan) -> list[str]:
    """Worth a second look before signing; they never block saving."""
    return [text for text in (alternative_warning(plan), target_warning(plan)) if text]


def alternative_warning(plan: Plan) -> str:
    best = plan.best_alternative
    if best is None or best.value is None or not plan.is_better_for_us(best.value, plan.reservation.value):
        return ""
    return QCoreApplication.translate(
        "PlanText",
        "Worse than your best alternative, {name} at {amount}: a deal at this point leaves you "
        "worse off than walking away.",
    ).format(name=best.name, amount=amount_with_unit(plan, best.value))


def target_warning(plan: Plan) -> str:
    if plan.target is None or not plan.is_better_for_us(plan.reservation.value, plan.target):
        return ""
    if plan.side is Side.BUY:
        return QCoreApplication.translate(
            "PlanText", "Your walk-away point is below your target: when buying, the target is the lower figure."
        )
    return QCoreApplication.translate(
        "PlanText", "Your walk-away point is above your target: when selling, the target is the higher figure."
    )


def zone_of_agreement(plan: Plan) -> str:
    """Where a deal is possible between both walk-away points, or that there is no such zone."""
    theirs = plan.their_side.walk_away
    if theirs is None:
        return QCoreApplication.translate(
            "PlanText", "Estimate their walk-away point to see whether a deal is possible at all."
        )
    ours = plan.reservation.value
    low, high = (theirs, ours) if plan.side is Side.BUY else (ours, theirs)
    if low <= high:
        return QCoreApplication.translate("PlanText", "A deal is possible between {low} and {high}.").format(
            low=amount_with_unit(plan, low), high=amount_with_unit(plan, high)
        )
    if plan.side is Side.BUY:
        return QCoreApplication.translate(
            "PlanText",
            "No deal is possible: they would not sell below {theirs}, and you would not pay more than {ours}.",
        ).format(theirs=amount_with_unit(plan, theirs), ours=amount_with_unit(plan, ours))
    return QCoreApplication.translate(
        "PlanText",
        "No deal is possible: they would not pay more than {theirs}, and you would not accept less than {ours}.",
    ).format(theirs=amount_with_unit(plan, theirs), ours=amount_with_unit(plan, ours))
