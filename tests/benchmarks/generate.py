"""Generated files for benchmarks: many realistic deals, made quickly and deterministically."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from planner.model import Alternative, Plan, Reservation, Round, Side, SignalEvent, SignalKind, status_from_content
from planner.store import Store


def make_plan(index: int, rounds: int, rng: random.Random) -> Plan:
    side = Side.BUY if index % 2 else Side.SELL
    base = Decimal(rng.randrange(1_000, 900_000))
    start = date(2025, 1, 1) + timedelta(days=index % 600)
    plan = Plan(
        title=f"Deal {index:05d} {rng.choice(['lease', 'licence', 'fleet', 'contract', 'hire'])}",
        counterparty=f"Counterparty {rng.randrange(2000):04d}",
        side=side,
        currency=rng.choice(["EUR", "USD", "GBP"]),
        unit=rng.choice(["", "per year", "per month"]),
        reservation=Reservation(base, ["Delivery in Q3", "Net 30 payment"], "Generated"),
        target=base * Decimal("0.9"),
        alternatives=[Alternative(f"Alternative {n}", base + n * 100, Decimal("0.5")) for n in range(3)],
        rounds=[
            Round(
                start + timedelta(days=r),
                base + Decimal(rng.randrange(-5000, 5000)) / 4,
                base - Decimal(rng.randrange(0, 5000)),
                events=[SignalEvent(SignalKind.SCOPE_DRIFT, note="more scope")] if r % 7 == 3 else [],
                hours=Decimal("1.5"),
            )
            for r in range(rounds)
        ],
    )
    plan.status = status_from_content(plan)
    return plan


def build_big_file(path: Path, *, deals: int, rounds: int) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    rng = random.Random(20261127)
    with Store(partial) as store:
        for start in range(0, deals, 500):
            store.add_plans(make_plan(i, rounds, rng) for i in range(start, min(deals, start + 500)))
    partial.rename(path)
    return path
