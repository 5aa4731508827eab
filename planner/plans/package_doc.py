"""A plan file's package (issue 19), both ways: ``issues``, ``price_weight``, ``reservation.min_score``,
``rounds[].their_terms`` and ``commitments[].package``.

A term's value in a round is written as the plan's other numbers are (a decimal string) or as the
option's name; which of the two it is follows from the term's kind, so reading it needs the
plan's issues. A number may also be written as a JSON number. What the values may be (ranges,
keys, options) is :mod:`planner.package_checks`, checked on the plan as a whole.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from planner.errors import PlanFileError
from planner.model import Issue, IssueKind, PackageDefinition, TermValue
from planner.money import AmountError, amount_to_text, parse_amount
from planner.plans.schema import IssueDoc, PackageDoc


def issues_from_documents(docs: list[IssueDoc]) -> list[Issue]:
    return [
        Issue(
            key=d.key,
            label=d.label,
            kind=IssueKind(d.kind),
            weight=d.weight,
            best=d.best,
            worst=d.worst,
            unit=d.unit,
            options=dict(d.options),
        )
        for d in docs
    ]


def terms_from_document(
    given: dict[str, Decimal | str], issues: list[Issue], path: str, source: str
) -> dict[str, TermValue]:
    """A round's ``their_terms``: a number term's value as a number (from its text, if written so).

    A key that is not a term of the plan is kept as given: the plan's rules refuse it with its path.
    """
    kinds = {i.key: i.kind for i in issues}
    found: dict[str, TermValue] = {}
    for key, value in given.items():
        if kinds.get(key) is IssueKind.NUMBER and isinstance(value, str):
            try:
                value = parse_amount(value)
            except AmountError as error:
                message = str(error).replace("amount", "number")
                raise PlanFileError(source, f"{path}.their_terms.{key}", message) from None
        found[key] = value
    return found


def package_from_document(doc: PackageDoc | None) -> PackageDefinition | None:
    if doc is None:
        return None
    return PackageDefinition(issues_from_documents(doc.issues), doc.price_weight, doc.min_score)


def _number(value: Decimal) -> str:
    return amount_to_text(value)


def issue_to_document(issue: Issue) -> dict[str, Any]:
    item: dict[str, Any] = {"key": issue.key, "label": issue.label, "kind": issue.kind.value}
    item["weight"] = _number(issue.weight)
    if issue.best is not None:
        item["best"] = _number(issue.best)
    if issue.worst is not None:
        item["worst"] = _number(issue.worst)
    if issue.unit:
        item["unit"] = issue.unit
    if issue.options:
        item["options"] = {name: _number(score) for name, score in issue.options.items()}
    return item


def terms_to_document(terms: dict[str, TermValue]) -> dict[str, str]:
    return {key: value if isinstance(value, str) else _number(value) for key, value in terms.items()}


def package_to_document(package: PackageDefinition) -> dict[str, Any]:
    item: dict[str, Any] = {"issues": [issue_to_document(i) for i in package.issues]}
    if package.price_weight is not None:
        item["price_weight"] = _number(package.price_weight)
    if package.min_score is not None:
        item["min_score"] = _number(package.min_score)
    return item
