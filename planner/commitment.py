"""Commit to a plan, revise the commitment, and check that what is stored is what was signed.

Committing fixes the walk-away point before the negotiation. Moving it later
is allowed, but only as a numbered revision with a reason and a new signature,
and with the rounds and hours already spent in plain view: a point moved in the
room after hours of talk is the momentum this product exists to stop.

Every function here works on a :class:`Plan` in memory; the caller saves it
(one user action, one transaction). Time is always passed in, never read here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import partial

from planner import limits
from planner.errors import WalkawayError
from planner.fingerprint import fingerprint
from planner.model import Commitment, PackageDefinition, Plan, Side, Status, copy_issue
from planner.money import amount_to_text, format_money
from planner.plan_rules import (
    RuleError,
    currency_problem,
    keep_rules,
    require_amount,
    require_characters,
    require_room,
    require_text,
)
from planner.text_rules import LABEL, NOTE, TITLE

#: Plan fields that are read-only once committed: changing them needs a revision.
#: The currency is locked too: the same number in another currency is another point. So is a
#: package (issue 19): its terms, their weights and the minimum score are part of the walk-away point.
LOCKED_FIELDS = (
    "reservation.value",
    "reservation.conditions",
    "side",
    "currency",
    "issues",
    "price_weight",
    "reservation.min_score",
)

MAX_SIGNER_LENGTH = limits.TITLE_CHARS


def is_locked(plan: Plan) -> bool:
    """True once the plan is committed: the fields in LOCKED_FIELDS are then read-only."""
    return bool(plan.commitments)


def locked_changes(before: Plan, after: Plan) -> list[str]:
    """The locked fields ``after`` changes compared with the committed ``before`` (empty: allowed).

    An edit that moves any of them is refused; only :func:`revise` may move them.
    """
    if not is_locked(before):
        return []
    changed = []
    if after.reservation.value != before.reservation.value:
        changed.append("reservation.value")
    if after.reservation.conditions != before.reservation.conditions:
        changed.append("reservation.conditions")
    if after.side is not before.side:
        changed.append("side")
    if after.currency != before.currency:
        changed.append("currency")
    if after.issues != before.issues:
        changed.append("issues")
    if after.price_weight != before.price_weight:
        changed.append("price_weight")
    if after.reservation.min_score != before.reservation.min_score:
        changed.append("reservation.min_score")
    return changed


class CommitError(WalkawayError):
    """A commit or revision that cannot be made as asked; nothing was changed."""


def walk_away_phrase(plan: Plan) -> str:
    """``Walk away above EUR 18,500.00 per month`` (buying) or ``... below ...`` (selling)."""
    direction = "above" if plan.side is Side.BUY else "below"
    unit = f" {plan.unit}" if plan.unit else ""
    return f"Walk away {direction} {format_money(plan.reservation.value, plan.currency)}{unit}"


def package_phrase(plan: Plan) -> str:
    """``the package of price, Warranty and Delivery scores below 60 of 100`` (empty without a package minimum)."""
    minimum = plan.reservation.min_score
    if not plan.has_package or minimum is None:
        return ""
    parts = ["price", *(i.label for i in plan.issues)]
    terms = ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"the package of {terms} scores below {amount_to_text(minimum)} of 100"


def statement_for(plan: Plan) -> str:
    """The sentence the signer confirms, generated from the plan."""
    direction = "above" if plan.side is Side.BUY else "below"
    what = "price" if plan.side is Side.BUY else "amount"
    unit = f" {plan.unit}" if plan.unit else ""
    amount = format_money(plan.reservation.value, plan.currency) + unit
    text = f"I will walk away from “{plan.title}” with {plan.counterparty} if the {what} goes {direction} {amount}"
    conditions = [c for c in plan.reservation.conditions if c.strip()]
    if len(conditions) == 1:
        text += f", or if this condition is not met: {conditions[0]}"
    elif conditions:
        text += f", or if any of these {len(conditions)} conditions is not met: " + "; ".join(conditions)
    package = package_phrase(plan)
    if package:
        text += f", or if {package}"
    return text + "."


def _check_signer(signer: str) -> str:
    _rule(lambda: require_characters(signer, TITLE, "the signer's name"))  # before split() drops U+001F
    name = " ".join(signer.split())
    if not name:
        raise CommitError("a commitment needs the signer's name")
    if len(name) > MAX_SIGNER_LENGTH:
        raise CommitError(f"the signer's name is longer than {MAX_SIGNER_LENGTH} characters")
    _rule(lambda: require_text(name, TITLE, "the signer's name"))
    return name


def _rule(check: Callable[[], object]) -> None:
    """Run one of planner.plan_rules' require_* checks; its refusal becomes a CommitError."""
    try:
        check()
    except RuleError as error:
        raise CommitError(str(error)) from None


def _check_moment(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise CommitError("the signing time needs a time zone")  # a programming error, said plainly
    return now.replace(microsecond=0)


def commit(plan: Plan, signer: str, now: datetime, *, signature_png: bytes | None = None) -> Commitment:
    """Commit ``plan`` (revision 1): record signer, time, statement and fingerprint.

    Changes ``plan`` in place (commitments, signer, status) and returns the new commitment.
    """
    if plan.commitments:
        raise CommitError(
            f"“{plan.title}” is already committed (revision {plan.commitments[-1].revision}); "
            "revise the commitment instead"
        )
    name = _check_signer(signer)
    _rule(lambda: require_amount(plan.reservation.value, "the walk-away point"))
    before = copy.deepcopy(plan)
    commitment = Commitment(
        revision=1,
        signer=name,
        signed_at=_check_moment(now),
        fingerprint=fingerprint(plan),
        statement=statement_for(plan),
        reservation_value=plan.reservation.value,
        conditions=list(plan.reservation.conditions),
        side=plan.side,
        signature_png=signature_png,
        package=plan.package_definition(),
    )
    plan.commitments.append(commitment)
    plan.signer = name
    if plan.status is Status.PLANNING:
        plan.status = Status.COMMITTED
    _rule(lambda: keep_rules(before, plan))  # the whole plan, as an import would check it
    return commitment


@dataclass(frozen=True, slots=True)
class Spent:
    """Rounds and hours spent so far, shown before a revision so the pull is visible (the room's
    fuller account, with days, is :class:`planner.momentum.Momentum`)."""

    rounds: int
    hours: Decimal

    def describe(self) -> str:
        if not self.rounds:
            return "No rounds logged yet."
        rounds = "1 round" if self.rounds == 1 else f"{self.rounds} rounds"
        hours = amount_to_text(self.hours)
        return f"{rounds} and {hours} hours spent so far."


def spent_so_far(plan: Plan) -> Spent:
    hours = sum((r.hours for r in plan.rounds if r.hours is not None), Decimal(0))
    return Spent(rounds=len(plan.rounds), hours=hours)


def revise(
    plan: Plan,
    *,
    signer: str,
    reason: str,
    now: datetime,
    value: Decimal | None = None,
    conditions: list[str] | None = None,
    side: Side | None = None,
    currency: str | None = None,
    signature_png: bytes | None = None,
    package: PackageDefinition | None = None,
) -> Commitment:
    """Move the committed point (or re-sign unchanged content) as a new numbered revision.

    ``package``, when given, replaces the plan's package (terms, price weight, minimum score) as a
    whole; ``PackageDefinition()`` takes the package away.

    Earlier revisions stay as they were: together they are the history of the point.
    A revision re-signs the whole committed content, so it also covers alternatives,
    signals or script edited since the last signature.
    """
    if not plan.commitments:
        raise CommitError(f"“{plan.title}” is not committed yet; commit it first")
    if not reason.strip():
        raise CommitError("a revision needs a reason")
    _rule(lambda: require_characters(reason, NOTE, "the reason"))
    _rule(lambda: require_text(reason.strip(), NOTE, "the reason"))
    _rule(lambda: require_room(plan.commitments, limits.MAX_COMMITMENTS, "commitments", adding=1))
    if signature_png is None and not signer.strip():
        raise CommitError("a revision needs a new signature")
    name = _check_signer(signer)
    moment = _check_moment(now)
    if moment < plan.commitments[-1].signed_at:
        raise CommitError("a revision cannot be dated before the commitment it revises")
    if value is not None:
        _rule(lambda: require_amount(value, "the walk-away point"))
    if currency is not None and currency_problem(currency):
        raise CommitError(f"'{currency}' is not an ISO 4217 currency code")
    if conditions is not None:
        for index, condition in enumerate(conditions):
            _rule(partial(require_characters, condition, LABEL, f"conditions[{index}]"))
        kept = [c.strip() for c in conditions if c.strip()]
        _rule(lambda: require_room(kept, limits.MAX_CONDITIONS, "conditions"))
        for index, condition in enumerate(kept):
            _rule(partial(require_text, condition, LABEL, f"conditions[{index}]"))
    # All checks passed: only now change the plan.
    before = copy.deepcopy(plan)
    if value is not None:
        plan.reservation.value = value
    if conditions is not None:
        plan.reservation.conditions = [c.strip() for c in conditions if c.strip()]
    if side is not None:
        plan.side = side
    if currency is not None:
        plan.currency = currency
    if package is not None:
        plan.issues = [copy_issue(i) for i in package.issues]
        plan.price_weight = package.price_weight
        plan.reservation.min_score = package.min_score
    commitment = Commitment(
        revision=plan.commitments[-1].revision + 1,
        signer=name,
        signed_at=moment,
        fingerprint=fingerprint(plan),
        statement=statement_for(plan),
        reason=reason.strip(),
        reservation_value=plan.reservation.value,
        conditions=list(plan.reservation.conditions),
        side=plan.side,
        signature_png=signature_png,
        package=plan.package_definition(),
    )
    plan.commitments.append(commitment)
    plan.signer = name
    _rule(lambda: keep_rules(before, plan))
    return commitment


class Integrity(StrEnum):
    UNCOMMITTED = "uncommitted"
    INTACT = "intact"
    #: Alternatives, signals or script were edited after signing: fine, but not signed.
    UNSIGNED_EDITS = "unsigned_edits"
    #: The locked walk-away point differs from the signed one: changed outside the app.
    TAMPERED = "tampered"


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    state: Integrity
    message: str

    @property
    def ok(self) -> bool:
        return self.state in (Integrity.UNCOMMITTED, Integrity.INTACT)


def check_integrity(plan: Plan, *, imported: bool = False) -> IntegrityReport:
    """Does the stored content still match the commitment in force?

    ``imported``: the commitment was not made on this computer (see
    :mod:`planner.signing.made_here`). A mismatch then has no innocent explanation this
    computer can vouch for: the plan was changed after signing, or the fingerprint was
    never made from it. A commitment that does not record the point it signed (only a
    file can hold one) cannot show that the point is the signed one.
    """
    current = plan.commitment
    if current is None:
        return IntegrityReport(Integrity.UNCOMMITTED, "Not committed yet.")
    if fingerprint(plan) == current.fingerprint:
        return IntegrityReport(Integrity.INTACT, f"Matches the signed commitment (revision {current.revision}).")
    if current.reservation_value is None or current.side is None:
        return IntegrityReport(
            Integrity.TAMPERED,
            f"“{plan.title}” does not match the fingerprint recorded in revision {current.revision}, and that "
            "revision does not record the walk-away point it signed: the point cannot be shown to be the signed one.",
        )
    locked_moved = (
        current.reservation_value != plan.reservation.value
        or current.side is not plan.side
        or current.conditions != plan.reservation.conditions
        or current.package != plan.package_definition()
    )
    if locked_moved:
        signed = format_money(current.reservation_value, plan.currency)
        what = "package" if current.package != plan.package_definition() else "walk-away point"
        return IntegrityReport(
            Integrity.TAMPERED,
            f"The {what} stored for “{plan.title}” is not the one signed in revision "
            f"{current.revision} ({signed}): it was changed outside Walkaway.",
        )
    if imported:
        return IntegrityReport(
            Integrity.UNSIGNED_EDITS,
            f"“{plan.title}” does not match the fingerprint recorded in its imported commitment (revision "
            f"{current.revision}): the plan was changed after signing, or the fingerprint was not made from it.",
        )
    return IntegrityReport(
        Integrity.UNSIGNED_EDITS,
        f"The plan no longer matches its signed fingerprint (revision {current.revision}): "
        "its currency, alternatives, signals or script changed after signing. Revise the commitment to sign them.",
    )
