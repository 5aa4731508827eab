"""The fingerprint of a commitment: SHA-256 over a canonical form of what was committed.

The canonical form is JSON with sorted keys, no insignificant whitespace and
amounts as canonical decimal text, so the same plan always gives the same
fingerprint on every machine.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from planner.model import Issue, PackageDefinition, Plan
from planner.money import amount_to_text


def _amount(value: Any) -> str | None:
    return None if value is None else amount_to_text(value)


def _issue(issue: Issue) -> dict[str, Any]:
    return {
        "key": issue.key,
        "label": issue.label,
        "kind": issue.kind.value,
        "weight": amount_to_text(issue.weight),
        "best": _amount(issue.best),
        "worst": _amount(issue.worst),
        "unit": issue.unit,
        "options": {name: amount_to_text(score) for name, score in issue.options.items()},
    }


def package_content(package: PackageDefinition) -> dict[str, Any]:
    """A package as a commitment covers it: the terms in their order, the price's weight, the minimum."""
    return {
        "issues": [_issue(i) for i in package.issues],
        "price_weight": _amount(package.price_weight),
        "min_score": _amount(package.min_score),
    }


def committed_content(plan: Plan) -> dict[str, Any]:
    """Everything a commitment covers, and nothing that may change freely afterwards.

    A plan with a package (issue 19) adds the key ``package``; a plan without one has exactly the
    content it had before packages existed, so its fingerprint (and every brief signed with it) holds.
    """
    content: dict[str, Any] = {
        "reservation": {
            "value": amount_to_text(plan.reservation.value),
            "conditions": list(plan.reservation.conditions),
        },
        "side": plan.side.value,
        "currency": plan.currency,
        "alternatives": [
            {"name": a.name, "value": _amount(a.value), "likelihood": _amount(a.likelihood), "notes": a.notes}
            for a in plan.alternatives
        ],
        "signals": sorted(({"key": s.key, "threshold": s.threshold} for s in plan.signals), key=lambda s: s["key"]),
        "script": {"acknowledge": plan.script.acknowledge, "reason": plan.script.reason, "door": plan.script.door},
    }
    package = plan.package_definition()
    if package is not None:
        content["package"] = package_content(package)
    return content


def canonical_bytes(plan: Plan) -> bytes:
    content = committed_content(plan)
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(plan: Plan) -> str:
    return hashlib.sha256(canonical_bytes(plan)).hexdigest()
