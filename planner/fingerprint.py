"""The fingerprint of a commitment: SHA-256 over a canonical form of what was committed.

The canonical form is JSON with sorted keys, no insignificant whitespace and
amounts as canonical decimal text, so the same plan always gives the same
fingerprint on every machine.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from planner.model import Plan
from planner.money import amount_to_text


def _amount(value: Any) -> str | None:
    return None if value is None else amount_to_text(value)


def committed_content(plan: Plan) -> dict[str, Any]:
    """Everything a commitment covers, and nothing that may change freely afterwards."""
    return {
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


def canonical_bytes(plan: Plan) -> bytes:
    content = committed_content(plan)
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(plan: Plan) -> str:
    return hashlib.sha256(canonical_bytes(plan)).hexdigest()
