"""planner.services: one transaction per action on a real file, and builders that leave their input alone."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import file_digest, run_cli

from planner import services
from planner.demo import demo_plans
from planner.model import Status
from planner.signing.keys import identity_for
from planner.signing.made_here import made_here
from planner.store import Store

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


@pytest.fixture
def ids(store: Store) -> dict[Status, int]:
    plans = demo_plans(TODAY)
    return dict(zip((p.status for p in plans), store.add_plans(plans), strict=True))


def test_commit_makes_the_key_records_the_commitment_as_made_here_and_stores_it(
    store: Store, ids: dict[Status, int]
) -> None:
    signed = services.commit(store, ids[Status.PLANNING], signer=None, now=NOW)  # the plan's own signer
    assert signed.commitment.signer == "Jordan Lee" and signed.plan.status is Status.COMMITTED
    assert identity_for("Jordan Lee") is not None and made_here(signed.commitment)
    assert store.get_plan(ids[Status.PLANNING]).commitments == [signed.commitment]


def test_commit_without_any_signer_changes_nothing(store: Store, ids: dict[Status, int], db_path: Path) -> None:
    def nameless(plan):  # type: ignore[no-untyped-def]
        plan.signer = ""

    before = store.update_plan(ids[Status.PLANNING], nameless)
    with pytest.raises(services.NoSigner, match="names no signer"):
        services.commit(store, ids[Status.PLANNING], signer=None, now=NOW)
    assert store.get_plan(ids[Status.PLANNING]) == before and not before.commitments
    store.close()
    digest = file_digest(db_path)
    result = run_cli("commit", str(ids[Status.PLANNING]), "--db", db_path)
    assert file_digest(db_path) == digest
    assert result.returncode == 2
    assert result.stderr == f"walkaway: deal {ids[Status.PLANNING]} names no signer; give one with --signer NAME\n"


def test_the_builders_give_a_changed_copy_and_leave_their_input_alone() -> None:
    negotiating = next(p for p in demo_plans(TODAY) if p.status is Status.NEGOTIATING)
    kept = copy.deepcopy(negotiating)
    logged = services.plan_with_round(negotiating, at=TODAY, today=TODAY, their_offer=Decimal("18400"))
    assert len(logged.rounds) == len(kept.rounds) + 1 and negotiating == kept
    walked = services.plan_walked(negotiating, reason="Given 19,200 a month, we cannot stay.", at=TODAY, today=TODAY)
    assert walked.status is Status.WALKED and negotiating == kept
    signed = services.signed_commitment(demo_plans(TODAY)[0], "Jordan Lee", NOW)
    revised = services.revised_commitment(
        signed.plan, signer="Jordan Lee", reason="New market data", now=NOW, value=Decimal("93000")
    )
    assert [c.revision for c in revised.plan.commitments] == [1, 2] and len(signed.plan.commitments) == 1
    assert made_here(revised.commitment)


def test_the_reads_across_deals(store: Store, ids: dict[Status, int]) -> None:
    [due] = services.due_follow_ups(store, TODAY)  # the walked demo deal follows up today
    assert due.deal_id == ids[Status.WALKED] and due.days_overdue == 0
    assert [f.deal_id for f in services.follow_ups(store, TODAY)] == [ids[Status.WALKED]]
    record = services.walking_record(store)
    assert (record.walks, record.resumed_count, record.agreed_after_walking) == (3, 2, 1)


def test_add_demo_plans_records_their_commitments_as_made_here(store: Store) -> None:
    added = services.add_demo_plans(store, TODAY)
    committed = [store.get_plan(i) for i in added if store.get_plan(i).commitments]
    assert len(committed) == 5 and all(made_here(p.commitments[0]) for p in committed)
