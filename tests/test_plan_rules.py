"""Issue 13, item 13: a plan file may not hold what Walkaway itself would never write.

Each rule the command line and the window keep is one function in
:mod:`planner.plan_rules`; the import checks the whole plan against the same
functions. So ``outcome: agreed`` without an amount, ``reopened`` without
``walked`` or a negative walk-away point is refused on import as it is on the
command line, and every action checks that it leaves a plan an import would take.
"""

from __future__ import annotations

import base64
import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import EXAMPLES, file_digest

from planner.cli import main
from planner.errors import PlanFileError, WalkawayError
from planner.model import Status
from planner.plans.files import dump_plan, read_plan_text
from planner.reopen import plan_with_outcome, reopened_plan

COMMITMENT = {"revision": 1, "signer": "Ana Costa", "signed_at": "2026-10-01T09:00:00+00:00", "fingerprint": "ab" * 32}


def walked() -> dict:
    doc = json.loads(next(p for p in EXAMPLES if p.name.startswith("software")).read_text(encoding="utf-8"))
    doc["commitments"] = [dict(COMMITMENT)]
    return doc


def moved() -> dict:
    doc = walked()
    doc["walked"]["follow_up_moves"] = [
        {"at": "2026-11-12T10:00:00+00:00", "from_date": "2026-11-13", "to_date": "2026-11-20"}
    ]
    doc["walked"]["follow_up_on"] = "2026-11-20"
    return doc


def reopened() -> dict:
    doc = walked()
    doc["reopened"] = {"at": "2026-11-20", "note": "They called back"}
    doc["rounds"].append({"at": "2026-11-21", "their_offer": "41000", "phase": 1})
    return doc


def agreed() -> dict:
    doc = reopened()
    doc["outcome"] = {"status": "agreed", "at": "2026-11-25", "amount": "41000"}
    return doc


def refused(doc: dict, path: str, words: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(doc), "plan.json")
    assert caught.value.field == path, str(caught.value)
    assert words in caught.value.message, str(caught.value)


def test_the_documents_used_here_are_valid() -> None:
    for doc in (walked(), moved(), reopened(), agreed()):
        plan = read_plan_text(json.dumps(doc))
        assert read_plan_text(dump_plan(plan)) == plan


def without(doc: dict, *keys: str) -> dict:
    for key in keys:
        doc.pop(key)
    return doc


def changed(doc: dict, path: str, value: object) -> dict:
    parts = path.replace("]", "").replace("[", ".").split(".")
    target = doc
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return doc


# -- the life of a deal: walked, reopened, ended ----------------------------------------------


def test_an_agreement_needs_its_amount() -> None:
    refused(changed(agreed(), "outcome.amount", KeyError), "outcome.amount", "needs the agreed amount")


def test_a_dropped_deal_has_no_amount() -> None:
    refused(changed(agreed(), "outcome.status", "dropped"), "outcome.amount", "no agreed amount")


def test_reopened_needs_walked() -> None:
    refused(without(reopened(), "walked"), "reopened", "only a walked deal")


def test_an_outcome_needs_a_walk() -> None:
    doc = without(changed(agreed(), "outcome.status", "dropped"), "walked", "reopened")
    doc["outcome"].pop("amount")
    doc["rounds"].pop()
    refused(doc, "outcome", "walked or reopened")


def test_an_agreement_needs_a_reopening() -> None:
    doc = agreed()
    doc.pop("reopened")
    doc["rounds"].pop()
    refused(doc, "outcome", "reopened before an agreement")


@pytest.mark.parametrize(
    ("doc", "path", "value", "words"),
    [
        (reopened, "reopened.at", "2026-11-09", "before the walk"),
        (agreed, "outcome.at", "2026-11-19", "before 2026-11-20"),
        (walked, "walked.follow_up_on", "2026-11-09", "before the walk"),
        (walked, "walked.reason", "   ", "must not be empty"),
        (walked, "walked.reason", "x" * 2001, "longer than 2000"),
        (moved, "walked.follow_up_moves[0].to_date", "2026-11-13", "nothing moved"),
        (moved, "walked.follow_up_moves[0].to_date", "2026-11-09", "before the walk"),
        (moved, "walked.follow_up_moves[0].at", "2026-11-09T10:00:00+00:00", "before the walk"),
        (moved, "walked.follow_up_on", "2026-11-13", "the last follow-up move set"),
    ],
)
def test_dates_and_reasons_of_the_walk(doc, path: str, value: object, words: str) -> None:
    refused(changed(doc(), path, value), path, words)


# -- amounts -------------------------------------------------------------------------------------

AMOUNT_PATHS = [
    "reservation.value",
    "target",
    "opening",
    "alternatives[0].value",
    "alternatives[0].likelihood",
    "rounds[0].their_offer",
    "rounds[0].our_offer",
    "rounds[0].hours",
    "their_side.walk_away",
    "commitments[0].reservation_value",
    "outcome.amount",
]


@pytest.mark.parametrize("value", ["-1", "-0.01", -5, "-18500"])
@pytest.mark.parametrize("path", AMOUNT_PATHS)
def test_no_amount_of_a_plan_is_negative(path: str, value: object) -> None:
    doc = agreed()
    doc["their_side"] = {"walk_away": "1"}
    refused(changed(doc, path, value), path, "must not be negative")


def test_a_likelihood_is_at_most_one() -> None:
    refused(changed(walked(), "alternatives[0].likelihood", "1.01"), "alternatives[0].likelihood", "between 0 and 1")


# -- rounds, conditions and signals ------------------------------------------------------------


@pytest.mark.parametrize(
    "round_", [{"at": "2026-11-01"}, {"at": "2026-11-01", "hours": "2"}, {"at": "2026-11-01", "note": "  "}]
)
def test_an_empty_round_is_refused_as_in_the_room(round_: dict) -> None:
    doc = walked()
    doc["rounds"].insert(0, round_)
    refused(doc, "rounds[0]", "an empty round")


def test_phase_one_needs_a_reopening() -> None:
    refused(changed(walked(), "rounds[0].phase", 1), "rounds[0].phase", "reopen")


def test_a_condition_is_named_once_ignoring_case() -> None:
    doc = walked()
    doc["reservation"]["conditions"].append("PRICE LOCKED FOR 3 YEARS")
    refused(doc, "reservation.conditions[1]", "listed twice")


def test_an_unmet_condition_is_named_once_per_round() -> None:
    doc = walked()
    doc["rounds"][1]["unmet_conditions"].append("Price locked for 3 years")
    refused(doc, "rounds[1].unmet_conditions[1]", "listed twice")


def test_a_custom_signal_is_declared_once_ignoring_case() -> None:
    doc = walked()
    doc["signals"].append({"kind": "custom", "label": "NEW DECISION MAKER EVERY CALL"})
    refused(doc, "signals[1]", "declared twice")


@pytest.mark.parametrize("threshold", [0, 21, 1000])
def test_thresholds_are_those_the_window_offers(threshold: int) -> None:
    refused(changed(walked(), "signals[0].threshold", threshold), "signals[0].threshold", "from 1 to 20")


# -- commitments -------------------------------------------------------------------------------


def _revision(**fields: object) -> dict:
    return {**COMMITMENT, "revision": 2, "signed_at": "2026-10-02T09:00:00+00:00", "reason": "New lease terms"} | fields


def test_a_revision_gives_its_reason() -> None:
    doc = walked()
    doc["commitments"].append(_revision(reason=""))
    refused(doc, "commitments[1].reason", "needs a reason")


def test_a_revision_is_not_dated_before_what_it_revises() -> None:
    doc = walked()
    doc["commitments"].append(_revision(signed_at="2026-09-30T09:00:00+00:00"))
    refused(doc, "commitments[1].signed_at", "before the revision")


def test_a_drawn_signature_is_a_png() -> None:
    doc = walked()
    doc["commitments"][0]["signature_png"] = base64.b64encode(b"GIF89a not a png").decode()
    refused(doc, "commitments[0].signature_png", "not a PNG")


# -- the command line and the rules are one -------------------------------------------------------


def test_the_command_line_refuses_the_same_outcome(tmp_path: Path, capsys) -> None:
    db = tmp_path / "plans.walkaway"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    before = file_digest(db)
    assert main(["outcome", "5", "agreed", "--db", str(db)]) == 2
    assert "needs the agreed amount" in capsys.readouterr().err
    assert main(["outcome", "5", "dropped", "--amount", "10", "--db", str(db)]) == 2
    assert "no agreed amount" in capsys.readouterr().err
    assert main(["reopen", "3", "--note", "back", "--db", str(db)]) == 2  # negotiating, not walked
    assert file_digest(db) == before


def test_every_action_leaves_a_plan_an_import_takes() -> None:
    plan = read_plan_text(json.dumps(walked()))
    today = date(2026, 11, 30)
    again = reopened_plan(plan, at=date(2026, 11, 20), note="They called back", today=today)
    ended = plan_with_outcome(again, Status.AGREED, at=date(2026, 11, 25), today=today, amount=Decimal(41000))
    for made in (again, ended):
        assert read_plan_text(dump_plan(made)) == made


def test_an_action_may_not_bring_in_a_problem_an_older_plan_already_had() -> None:
    """check_change refuses only what is new: a plan that broke a rule before can still be worked on."""
    from planner.plan_rules import RuleError, check_change, check_plan

    plan = read_plan_text(json.dumps(walked()))
    broken = copy.deepcopy(plan)
    broken.reservation.rationale = "written by another tool \x1b[2J"
    with pytest.raises(RuleError):
        check_plan(broken)
    mended_title = copy.deepcopy(broken)
    mended_title.title = "A new title"
    assert check_change(broken, mended_title) is mended_title
    worse = copy.deepcopy(broken)
    worse.title = "bell \x07"
    with pytest.raises(RuleError, match=r"title: contains a control character \(U\+0007\)"):
        check_change(broken, worse)
    assert isinstance(RuleError("x", "y"), WalkawayError)
