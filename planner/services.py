"""What the command line and the window do to deals: one function per user action.

Each action takes the store (anything with the :class:`Deals` methods it uses: the
:class:`planner.store.Store`, or a backend or session that offers them) and plain arguments,
reads, changes and writes the deal in one transaction (``update_plan``: the write lock is
taken before the read) and returns plain dataclasses. The rules are pure functions in
:mod:`planner.room`, :mod:`planner.reopen`, :mod:`planner.followups` and
:mod:`planner.commitment`; this module only puts them and the store together.

The window shows a change before it writes it (undo, autosave, the verdict in the same
frame), so it builds the changed plan with the same builders (``plan_with_round``,
``plan_walked``, ``signed_commitment``, ``revised_commitment``, and the rules'
``reopened_plan``, ``plan_with_outcome``, ``moved_follow_up``) and records it through its
controller. Time is always passed in.

Arrows: rules and model <- services <- cli (and ui). The store never imports this module.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

from planner import corrections, followups, room
from planner.commitment import commit as commit_plan
from planner.commitment import revise as revise_plan
from planner.dates import Moment
from planner.errors import WalkawayError
from planner.followups import FollowUp
from planner.model import Commitment, PackageDefinition, Plan, Side, SignalEvent, Status, TermValue
from planner.reopen import plan_with_outcome, reopened_plan
from planner.summaries import WalkedSummary
from planner.walking_record import WalkingRecord
from planner.walking_record import walking_record as record_of

if TYPE_CHECKING:
    from typing_extensions import Unpack


class Deals(Protocol):
    """What the actions need of a store."""

    def update_plan(self, deal_id: int, change: Callable[[Plan], Plan | None]) -> Plan: ...

    def add_plans(self, plans: Sequence[Plan]) -> list[int]: ...

    def walked_with_follow_up(self, *, due_by: date | None = None) -> list[WalkedSummary]: ...

    def walked_plans_for_record(self) -> list[Plan]: ...


@dataclass(frozen=True, slots=True)
class Signed:
    """A plan after a commitment or a revision, and that commitment."""

    plan: Plan
    commitment: Commitment


class RoundFields(TypedDict, total=False):
    """What a round may say besides when it happened (see :func:`planner.room.make_round`)."""

    their_offer: Decimal | None
    our_offer: Decimal | None
    unmet_conditions: Sequence[str]
    events: Sequence[SignalEvent]
    first_time_today: bool | None
    final: bool
    hours: Decimal | None
    note: str
    their_terms: dict[str, TermValue] | None  # issue key -> a number (or its text) or an option's name


# -- in the room ------------------------------------------------------------------------


def plan_with_round(plan: Plan, *, at: Moment, today: date, **fields: Unpack[RoundFields]) -> Plan:
    """A copy of ``plan`` with one more round, checked (:class:`planner.room.RoomError` says why not)."""
    changed = copy.deepcopy(plan)
    room.add_round(changed, room.make_round(changed, at=at, today=today, **fields))
    return changed


def log_round(store: Deals, deal_id: int, *, at: Moment, today: date, **fields: Unpack[RoundFields]) -> Plan:
    """Log one round of deal ``deal_id``; returns the plan as stored.

    A round logged at the same time by another process is kept: this one comes after it.
    """
    return store.update_plan(deal_id, lambda plan: plan_with_round(plan, at=at, today=today, **fields))


def correct_round(store: Deals, deal_id: int, number: int, *, now: datetime, today: date, **changes: Any) -> Plan:
    """Correct round ``number`` of deal ``deal_id`` (only the fields in ``changes``); the correction is kept."""
    return store.update_plan(
        deal_id, lambda plan: corrections.edited_plan(plan, number, now=now, today=today, **changes)
    )


def delete_round(store: Deals, deal_id: int, number: int, *, now: datetime) -> Plan:
    """Delete round ``number`` of deal ``deal_id``; the round as it was is kept with the deal."""
    return store.update_plan(deal_id, lambda plan: corrections.deleted_plan(plan, number, now=now))


def plan_walked(
    plan: Plan,
    *,
    reason: str,
    at: Moment,
    today: date,
    follow_up_on: date | None = None,
    script_delivered: str | None = None,
) -> Plan:
    """A copy of ``plan``, walked away from (see :func:`planner.room.record_walk`)."""
    changed = copy.deepcopy(plan)
    room.record_walk(
        changed, reason=reason, at=at, today=today, follow_up_on=follow_up_on, script_delivered=script_delivered
    )
    return changed


def walk_away(
    store: Deals,
    deal_id: int,
    *,
    reason: str,
    at: Moment,
    today: date,
    follow_up_on: date | None = None,
    script_delivered: str | None = None,
) -> Plan:
    """Record the walk of deal ``deal_id``; returns the plan as stored."""
    return store.update_plan(
        deal_id,
        lambda plan: plan_walked(
            plan, reason=reason, at=at, today=today, follow_up_on=follow_up_on, script_delivered=script_delivered
        ),
    )


# -- after the walk -----------------------------------------------------------------------


def reopen(
    store: Deals,
    deal_id: int,
    *,
    at: Moment,
    note: str,
    today: date,
    first_time_today: bool | None = None,
    renewed_offer: Decimal | None = None,
) -> Plan:
    """Reopen a walked deal (see :func:`planner.reopen.reopened_plan`); returns the plan as stored."""
    return store.update_plan(
        deal_id,
        lambda plan: reopened_plan(
            plan, at=at, note=note, today=today, first_time_today=first_time_today, renewed_offer=renewed_offer
        ),
    )


def record_outcome(
    store: Deals,
    deal_id: int,
    status: Status,
    *,
    at: Moment,
    today: date,
    amount: Decimal | None = None,
    note: str = "",
) -> Plan:
    """Record how a walked or reopened deal ended (see :func:`planner.reopen.plan_with_outcome`)."""
    return store.update_plan(
        deal_id, lambda plan: plan_with_outcome(plan, status, at=at, today=today, amount=amount, note=note)
    )


def move_follow_up(store: Deals, deal_id: int, to_date: date, *, today: date, now: datetime, note: str = "") -> Plan:
    """Snooze or reschedule a follow-up (see :func:`planner.followups.moved_follow_up`)."""
    return store.update_plan(
        deal_id, lambda plan: followups.moved_follow_up(plan, to_date, today=today, now=now, note=note)
    )


def follow_ups(store: Deals, today: date, *, due_by: date | None = None) -> list[FollowUp]:
    """Walked deals with a follow-up date, oldest first; up to ``due_by`` when given."""
    return [followups.follow_up(row, today) for row in store.walked_with_follow_up(due_by=due_by)]


def due_follow_ups(store: Deals, today: date) -> list[FollowUp]:
    """Due today or overdue: what the start-up notice and the badge count."""
    return follow_ups(store, today, due_by=today)


def walking_record(store: Deals) -> WalkingRecord:
    """The walking record of every deal in the store that was ever walked."""
    return record_of(store.walked_plans_for_record())


# -- the commitment -----------------------------------------------------------------------


def signed_commitment(plan: Plan, signer: str, now: datetime, *, signature_png: bytes | None = None) -> Signed:
    """A copy of ``plan`` committed (revision 1) by ``signer``, whose key is made and the commitment
    recorded as made here before anything is saved: a failure leaves the deal uncommitted. The
    signer's certificate (public) goes with the commitment, so teammates can check the brief."""
    from planner.signing.keys import key_dir
    from planner.signing.made_here import remember

    changed = copy.deepcopy(plan)
    made = commit_plan(changed, signer, now, signature_png=signature_png)
    try:
        _add_certificate(made, now)
        remember([made])
    except OSError as error:  # a read-only data folder: a write that cannot happen
        if isinstance(error, WalkawayError):
            raise
        where = error.filename or key_dir()
        raise WalkawayError(
            f"{where}: your signing key cannot be made there ({error.strerror}); nothing was committed"
        ) from None
    return Signed(changed, made)


def commit(store: Deals, deal_id: int, *, signer: str | None, now: datetime) -> Signed:
    """Commit deal ``deal_id`` (see :func:`signed_commitment`); ``signer`` None: the plan's own signer.

    Raises :class:`NoSigner` when that names nobody.
    """
    made: list[Signed] = []

    def sign(plan: Plan) -> Plan:
        name = signer if signer is not None else plan.signer
        if not name.strip():
            raise NoSigner(deal_id)
        made.append(signed_commitment(plan, name, now))
        return made[0].plan

    plan = store.update_plan(deal_id, sign)
    return Signed(plan, made[0].commitment)


class NoSigner(WalkawayError):
    """A commit that names no signer, and a plan that names none either."""

    def __init__(self, deal_id: int) -> None:
        super().__init__(f"deal {deal_id} names no signer")
        self.deal_id = deal_id


def revised_commitment(
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
) -> Signed:
    """A copy of ``plan`` with a new revision of its commitment (see :func:`planner.commitment.revise`),
    with the signer's certificate, recorded as made here before anything is saved. ``package``, when
    given, moves the package (its terms, the price's weight, the minimum score) as a whole."""
    from planner.signing.made_here import remember

    changed = copy.deepcopy(plan)
    made = revise_plan(
        changed,
        signer=signer,
        reason=reason,
        now=now,
        value=value,
        conditions=conditions,
        side=side,
        currency=currency,
        signature_png=signature_png,
        package=package,
    )
    _add_certificate(made, now)
    remember([made])
    return Signed(changed, made)


def _add_certificate(made: Commitment, now: datetime) -> None:
    """The signer's key made if need be, and its certificate put in the commitment (changed in place)."""
    from planner.signing.keys import certificate_der, ensure_identity

    made.certificate = certificate_der(ensure_identity(made.signer, now))


# -- whole deals -----------------------------------------------------------------------------


def demo_plans_made_here(today: date | None = None) -> list[Plan]:
    """The demo plans, their commitments recorded as made on this computer (their briefs are signed)."""
    from planner.demo import demo_plans
    from planner.signing.made_here import remember

    plans = demo_plans(today)
    remember(c for plan in plans for c in plan.commitments)
    return plans


def add_demo_plans(store: Deals, today: date | None = None) -> list[int]:
    """Add the demo deals, one in every stage, in one transaction; returns their ids."""
    return store.add_plans(demo_plans_made_here(today))
