"""A package (issue 19) in the window's words and figures: shares, scores, a term's key from its label.

Shared by the Package section, the quick plan and the room. The scores themselves are
:mod:`planner.package`'s; this only shows them (one decimal, the locale's decimal sign).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from planner import limits
from planner.model import Issue, IssueKind, Plan, TermValue
from planner.package import price_reference, round_half_up
from ui.common.money_text import number_text


def figure_text(value: Decimal) -> str:
    """A share, a minimum, an option's score or a term's value as people read it: ``57.5``, ``60``, never
    ``60.0`` or ``6E+1``. (A package score is shown as :mod:`planner.package` gives it, with its one decimal:
    ``57.0``, as the command line and the banner print it.)"""
    plain = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return number_text(plain)


def price_scored(plan: Plan) -> bool:
    """Whether the price has a share of the package: a target (or opening) better than the point."""
    reference = price_reference(plan)
    return reference is not None and plan.is_better_for_us(reference, plan.reservation.value)


def shares(plan: Plan) -> tuple[Decimal | None, list[Decimal]]:
    """Each part's share of the package in percent (one decimal): the price's (``None`` when it is not
    scored) and each term's, in plan order; weights a plan file wrote with places count exactly."""
    scored = price_scored(plan) and plan.price_weight is not None
    weights = [Fraction(issue.weight) for issue in plan.issues]
    price = Fraction(plan.price_weight) if scored and plan.price_weight is not None else Fraction(0)
    total = sum(weights, price)
    if not total:
        return (None if not scored else Decimal(0)), [Decimal(0) for _ in weights]

    def share(weight: Fraction) -> Decimal:
        return round_half_up(weight * 100 / total, 1)

    return (share(price) if scored else None), [share(w) for w in weights]


def share_text(share: Decimal | None) -> str:
    if share is None:
        return QCoreApplication.translate("PackageText", "not scored")
    return QCoreApplication.translate("PackageText", "{share} %").format(share=figure_text(share))


def value_text(issue: Issue, value: TermValue | None) -> str:
    """A term's value in a round: ``3 years``, ``Senior Engineer``; empty when left out."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    number = figure_text(value)
    return f"{number} {issue.unit}" if issue.unit else number


def term_name(issue: Issue) -> str:
    """What a field or a column calls the term: its label, with its unit (``Warranty (years)``)."""
    if issue.kind is IssueKind.NUMBER and issue.unit:
        return QCoreApplication.translate("PackageText", "{label} ({unit})").format(label=issue.label, unit=issue.unit)
    return issue.label


_NOT_KEY = re.compile(r"[^a-z0-9_.-]+")


def key_for(label: str, taken: set[str]) -> str:
    """A term's key made from its label (``Remote days`` → ``remote_days``), unlike any in ``taken``
    (compared ignoring case), never ``price`` (:mod:`planner.package_checks`' rules)."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    base = _NOT_KEY.sub("_", plain.casefold()).strip("_.-")[: limits.ISSUE_KEY_CHARS] or "term"
    if base == "price":
        base = "price_term"
    folded = {key.casefold() for key in taken}
    key, number = base, 2
    while key.casefold() in folded:
        suffix = f"_{number}"
        key = base[: limits.ISSUE_KEY_CHARS - len(suffix)] + suffix
        number += 1
    return key
