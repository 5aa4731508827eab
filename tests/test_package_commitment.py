"""Issue 19: the commitment covers the package, and leaves every plan without one exactly as it was.

The fingerprint adds the package definition (terms, weights, the minimum) only when there is one:
the fingerprints of plans without a package are byte for byte those of before packages existed, so
every brief already signed keeps verifying. Once committed, the package is locked like the point:
moving it is a revision with a reason.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import DATA, ROOT

from planner.commitment import CommitError, Integrity, check_integrity, commit, locked_changes, revise, statement_for
from planner.fingerprint import canonical_bytes, fingerprint
from planner.model import IssueKind, PackageDefinition
from planner.plans.files import read_plan_file
from planner.store import Store

NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

#: Fingerprints of the example and demo plans as computed before packages existed (issue 15's code).
BEFORE_PACKAGES = {
    "tests/data/office-lease.walkaway.json": "9775ef5315ee375dd179ed76b2bd297a827a52eac1c70d554236e1b6f4255533",
    "tests/data/software-licences-walked.walkaway.json": (
        "3e417aba80be3bb6ad2c23b1e117138ce8ae0734a38187cc4b6499b5a3a7d570"
    ),
    "tests/data/van-lease-walked-twice.walkaway.json": (
        "1027f4d40a5161343b33b582492dd9495bf773b5a303ebab24da00022674d657"
    ),
    "resources/demo/1-senior-engineer-offer.walkaway.json": (
        "00f251d1ad232e71153045a8313351ada8a130f7cf6c7b95ab830c4f56bc0e94"
    ),
    "resources/demo/3-office-lease-renewal.walkaway.json": (
        "e18e3fa0c935d27c67de92cd0b7160ddaae6a27c49eb4ab7a2d5dd3b63cad66c"
    ),
    "resources/demo/6-delivery-van-purchase.walkaway.json": (
        "3dab6b90c07ce458db94a608c5b9aa715f2867a29211c1260c069f08e7f3b75b"
    ),
}


@pytest.mark.parametrize("name", sorted(BEFORE_PACKAGES))
def test_plans_without_a_package_keep_their_fingerprints_byte_for_byte(name: str) -> None:
    plan = read_plan_file(ROOT / name)
    assert fingerprint(plan) == BEFORE_PACKAGES[name]
    assert b'"package":' not in canonical_bytes(plan)


def test_commitments_signed_before_packages_still_match(tmp_path: Path) -> None:
    """The frozen files of the earlier schemas hold commitments made by the earlier code."""
    checked = 0
    for frozen in ("0001", "0002"):
        work = tmp_path / f"{frozen}.walkaway"
        shutil.copy(DATA / "schema" / f"{frozen}.walkaway", work)
        with Store(work) as store:
            for summary in store.list_deals():
                plan = store.get_plan(summary.id)
                if plan.commitment is not None and plan.commitment.fingerprint == fingerprint(plan):
                    checked += 1
                    assert check_integrity(plan).state is Integrity.INTACT
    assert checked >= 4  # the demo's committed deals, in both files


def package_plan():
    plan = read_plan_file(DATA / "package-car.walkaway.json")
    plan.rounds = []
    plan.status = plan.status.__class__("planning")
    return plan


@pytest.mark.parametrize(
    "change",
    [
        lambda p: setattr(p.issues[0], "weight", Decimal(31)),
        lambda p: setattr(p.issues[1], "worst", Decimal(10)),
        lambda p: setattr(p.issues[0], "label", "Manufacturer's warranty"),
        lambda p: p.issues.reverse(),
        lambda p: setattr(p, "price_weight", Decimal(40)),
        lambda p: setattr(p.reservation, "min_score", Decimal(60)),
        lambda p: setattr(p.reservation, "min_score", None),
        lambda p: p.issues.pop(),
    ],
    ids=["weight", "worst", "label", "order", "price weight", "minimum", "no minimum", "one term fewer"],
)
def test_the_fingerprint_covers_every_part_of_the_package(change) -> None:
    plan = package_plan()
    before = fingerprint(plan)
    changed = copy.deepcopy(plan)
    change(changed)
    assert fingerprint(changed) != before


def test_an_options_score_is_covered_too() -> None:
    plan = read_plan_file(DATA / "package-salary.walkaway.json")
    title = next(i for i in plan.issues if i.kind is IssueKind.OPTIONS)
    before = fingerprint(plan)
    title.options["Senior Engineer"] = Decimal(75)
    assert fingerprint(plan) != before


def test_committing_records_the_package_and_the_statement_names_the_minimum() -> None:
    plan = package_plan()
    signed = commit(plan, "Ana Costa", NOW)
    assert signed.package == PackageDefinition(plan.issues, Decimal(50), Decimal(55))
    assert signed.fingerprint == fingerprint(plan)
    assert "or if the package of price, Warranty and Delivery scores below 55 of 100" in statement_for(plan)
    assert check_integrity(plan).state is Integrity.INTACT


def test_the_package_is_locked_once_committed() -> None:
    plan = package_plan()
    draft = copy.deepcopy(plan)
    draft.issues[0].weight = Decimal(10)
    assert locked_changes(plan, draft) == []  # not committed yet: free to change
    commit(plan, "Ana Costa", NOW)
    for change, field in (
        (lambda p: setattr(p.issues[0], "weight", Decimal(10)), "issues"),
        (lambda p: setattr(p, "price_weight", Decimal(10)), "price_weight"),
        (lambda p: setattr(p.reservation, "min_score", Decimal(10)), "reservation.min_score"),
    ):
        edited = copy.deepcopy(plan)
        change(edited)
        assert locked_changes(plan, edited) == [field]


def test_moving_the_package_is_a_revision_with_a_reason() -> None:
    plan = package_plan()
    commit(plan, "Ana Costa", NOW)
    lower = PackageDefinition(copy.deepcopy(plan.issues), Decimal(50), Decimal(50))
    with pytest.raises(CommitError, match="a revision needs a reason"):
        revise(plan, signer="Ana Costa", reason=" ", now=NOW, package=lower)
    assert plan.reservation.min_score == Decimal(55)
    revision = revise(
        plan, signer="Ana Costa", reason="A longer warranty elsewhere fell through", now=NOW, package=lower
    )
    assert revision.revision == 2 and revision.package.min_score == Decimal(50)
    assert plan.reservation.min_score == Decimal(50) and check_integrity(plan).state is Integrity.INTACT
    bad = PackageDefinition(copy.deepcopy(plan.issues), Decimal(0), Decimal(50))
    with pytest.raises(CommitError, match="price_weight"):
        revise(plan, signer="Ana Costa", reason="try", now=NOW, package=bad)
    assert plan.price_weight == Decimal(50) and len(plan.commitments) == 2  # refused: nothing changed


def test_a_package_changed_outside_walkaway_is_tampering() -> None:
    plan = package_plan()
    commit(plan, "Ana Costa", NOW)
    tampered = replace(plan, reservation=replace(plan.reservation, min_score=Decimal(20)))
    report = check_integrity(tampered)
    assert report.state is Integrity.TAMPERED and "package" in report.message


def test_a_stored_commitment_keeps_its_package(tmp_path: Path) -> None:
    plan = package_plan()
    commit(plan, "Ana Costa", NOW)
    with Store(tmp_path / "deals.walkaway") as store:
        [deal] = store.add_plans([plan])
        again = store.get_plan(deal)
    assert again.commitments[0].package == plan.commitments[0].package
    assert check_integrity(again).state is Integrity.INTACT


def test_the_window_revises_a_package_through_the_services_builder() -> None:
    from planner.services import revised_commitment

    plan = package_plan()
    commit(plan, "Ana Costa", NOW)
    moved = PackageDefinition(copy.deepcopy(plan.issues), Decimal(60), Decimal(50))
    signed = revised_commitment(plan, signer="Ana Costa", reason="Delivery matters less now", now=NOW, package=moved)
    assert signed.plan.price_weight == Decimal(60) and signed.commitment.package == moved
    assert plan.price_weight == Decimal(50)  # a changed copy: the plan given is left alone
    assert check_integrity(signed.plan).state is Integrity.INTACT
