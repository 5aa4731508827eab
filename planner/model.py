"""The plan: plain dataclasses and the rules that follow from their fields alone.

Nothing here touches storage, files or Qt. Every amount is a ``Decimal``.

Packages (issue 19) are optional: a plan whose ``issues`` list is empty has no package, and its
``price_weight`` and ``reservation.min_score`` are ``None``. With terms besides the price:

- ``Plan.issues``: the terms, each an :class:`Issue` (``key``, ``label``, ``kind``, ``weight``,
  and ``best``/``worst``/``unit`` for a number term or ``options`` for an options term);
- ``Plan.price_weight``: the price's weight (1 to 100, required with issues);
- ``Reservation.min_score``: the least package score accepted (0 to 100, or ``None``: scored, no minimum);
- ``Round.their_terms``: ``{issue key: value}``, a ``Decimal`` for a number term, an option's
  name (``str``) for an options term; a term left out scores 0.

How a package is scored, and what it takes to reach the minimum, is :mod:`planner.package`;
the rules a package keeps (ranges, keys, options) are :mod:`planner.package_checks`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from planner.dates import Moment, moment_sort_key


class Side(StrEnum):
    BUY = "buy"  # we pay: the reservation point is the MOST we pay
    SELL = "sell"  # we receive: the reservation point is the LEAST we accept


class Status(StrEnum):
    PLANNING = "planning"
    COMMITTED = "committed"
    NEGOTIATING = "negotiating"
    WALKED = "walked"
    REOPENED = "reopened"
    AGREED = "agreed"
    DROPPED = "dropped"


class SignalKind(StrEnum):
    BAD_FAITH = "bad_faith"
    UNILATERAL_CONCESSIONS = "unilateral_concessions"
    AUTHORITY = "authority"
    SCOPE_DRIFT = "scope_drift"
    CUSTOM = "custom"


#: The four signals every plan tracks, with their default thresholds.
STANDARD_SIGNALS: dict[SignalKind, int] = {
    SignalKind.BAD_FAITH: 1,
    SignalKind.UNILATERAL_CONCESSIONS: 2,
    SignalKind.AUTHORITY: 2,
    SignalKind.SCOPE_DRIFT: 2,
}


def signal_key(kind: SignalKind, label: str = "") -> str:
    """Stable identity of a signal: ``bad_faith`` or ``custom:LABEL``."""
    return f"custom:{label}" if kind is SignalKind.CUSTOM else kind.value


@dataclass(slots=True)
class Reservation:
    value: Decimal
    conditions: list[str] = field(default_factory=list)
    rationale: str = ""
    decided_at: Moment | None = None
    min_score: Decimal | None = None  # the least package score accepted, 0..100; only with issues


class IssueKind(StrEnum):
    NUMBER = "number"  # scored linearly from worst (0) to best (100)
    OPTIONS = "options"  # each option has its own score


#: A term's value in a round: a number term's number, or the name of one of an options term's options.
TermValue = Decimal | str


@dataclass(slots=True)
class Issue:
    """A term of the deal besides the price (warranty years, delivery weeks, remote days, a title).

    ``key`` names the term in rounds (``Round.their_terms``) and on the command line
    (``--term KEY=VALUE``): letters, digits, ``_``, ``.`` and ``-``, never ``price``.
    ``label`` is what people read. ``weight`` (1 to 100) is its weight beside the price's
    (``Plan.price_weight``): a term's share is its weight over the sum of all weights.

    A number term (``kind`` NUMBER) has ``best`` (utility 100) and ``worst`` (utility 0), in
    either order (a delivery is best when short), and an optional ``unit`` (``years``).
    An options term (``kind`` OPTIONS) has ``options``: ``{name: score}``, each score 0 to 100,
    in the order the user listed them; ``best``, ``worst`` and ``unit`` stay empty.
    """

    key: str
    label: str
    kind: IssueKind
    weight: Decimal
    best: Decimal | None = None
    worst: Decimal | None = None
    unit: str = ""
    options: dict[str, Decimal] = field(default_factory=dict)


@dataclass(slots=True)
class PackageDefinition:
    """What a commitment covers of a package: the terms, the price's weight and the minimum score."""

    issues: list[Issue] = field(default_factory=list)
    price_weight: Decimal | None = None
    min_score: Decimal | None = None


@dataclass(slots=True)
class Alternative:
    name: str
    value: Decimal | None = None
    likelihood: Decimal | None = None  # 0..1
    notes: str = ""


@dataclass(slots=True)
class Signal:
    kind: SignalKind
    threshold: int
    label: str = ""  # only for custom signals

    @property
    def key(self) -> str:
        return signal_key(self.kind, self.label)


@dataclass(slots=True)
class SignalEvent:
    kind: SignalKind
    label: str = ""  # the declared label, for custom signals
    note: str = ""

    @property
    def key(self) -> str:
        return signal_key(self.kind, self.label)


@dataclass(slots=True)
class Round:
    at: Moment
    their_offer: Decimal | None = None
    our_offer: Decimal | None = None
    unmet_conditions: list[str] = field(default_factory=list)
    events: list[SignalEvent] = field(default_factory=list)
    first_time_today: bool | None = None  # would I sign this if it walked in today?
    hours: Decimal | None = None
    note: str = ""
    phase: int = 0  # 0 before any walk; n after the deal was reopened for the n-th time
    final: bool = False  # they said this is their final (best, last) offer
    their_terms: dict[str, TermValue] = field(default_factory=dict)  # issue key -> their value (packages)


@dataclass(slots=True)
class Script:
    acknowledge: str = ""
    reason: str = ""
    door: str = ""


@dataclass(slots=True)
class FollowUpMove:
    """A follow-up date moved by hand (snoozed or rescheduled): kept so the history shows it."""

    at: datetime  # when the date was moved (UTC)
    from_date: date | None
    to_date: date
    note: str = ""


@dataclass(slots=True)
class Walk:
    at: Moment
    reason: str
    follow_up_on: date | None = None
    script_delivered: str = ""
    moves: list[FollowUpMove] = field(default_factory=list)


@dataclass(slots=True)
class Reopen:
    at: Moment
    note: str = ""
    first_time_today: bool | None = None  # asked again on reopening: would I sign this if it walked in today?


@dataclass(slots=True)
class PastWalk:
    """An earlier walk and the reopening that followed it.

    The latest walk and reopening are :attr:`Plan.walked` and :attr:`Plan.reopened`; walking
    away again moves that pair here, so every walk keeps its phase: the walk at
    ``history[i]`` ended phase ``i`` and its reopening started phase ``i + 1``.
    """

    walked: Walk
    reopened: Reopen


class CorrectionAction(StrEnum):
    EDIT = "edit"
    DELETE = "delete"


@dataclass(slots=True)
class RoundCorrection:
    """A logged round corrected after the fact: kept, since the log of rounds is evidence."""

    at: datetime  # when it was corrected (UTC)
    action: CorrectionAction
    number: int  # the round's number in the rounds table when it was corrected (1 = the first)
    before: Round  # the round as it was logged
    after: Round | None = None  # the round as corrected; None when it was deleted


@dataclass(slots=True)
class TheirSide:
    """What we believe about the other side: the authority check and their walk-away point."""

    decision_maker: str = ""
    at_table: str = ""
    walk_away: Decimal | None = None
    alternatives: str = ""

    def is_empty(self) -> bool:
        return not (self.decision_maker or self.at_table or self.alternatives) and self.walk_away is None


@dataclass(slots=True)
class Commitment:
    """A signed commitment to the reservation point (revision 1), or a later revision of it.

    Each revision keeps the values it committed to, so the history shows
    what the point was before every move, and why it moved.
    """

    revision: int
    signer: str
    signed_at: datetime
    fingerprint: str  # SHA-256 hex over the canonical committed content
    statement: str = ""
    reason: str = ""  # why the point was revised (empty for revision 1)
    reservation_value: Decimal | None = None
    conditions: list[str] = field(default_factory=list)
    side: Side | None = None
    signature_png: bytes | None = None
    #: The signer's certificate (DER, public) when it was made with a Walkaway key: teammates
    #: on a team server verify the brief's signature against it. Not part of the fingerprint.
    certificate: bytes | None = None
    package: PackageDefinition | None = None  # the package it signed; None when the plan had none


@dataclass(slots=True)
class Outcome:
    status: Status  # AGREED or DROPPED
    at: Moment
    amount: Decimal | None = None  # the agreed amount, when agreed
    note: str = ""


@dataclass(slots=True)
class Plan:
    title: str
    counterparty: str
    side: Side
    currency: str
    reservation: Reservation
    unit: str = ""
    target: Decimal | None = None
    opening: Decimal | None = None
    signer: str = ""
    alternatives: list[Alternative] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    script: Script = field(default_factory=Script)
    rounds: list[Round] = field(default_factory=list)
    walked: Walk | None = None
    reopened: Reopen | None = None
    their_side: TheirSide = field(default_factory=TheirSide)
    commitments: list[Commitment] = field(default_factory=list)
    outcome: Outcome | None = None
    status: Status = Status.PLANNING
    id: int | None = None
    history: list[PastWalk] = field(default_factory=list)  # earlier walks and reopenings, oldest first
    corrections: list[RoundCorrection] = field(default_factory=list)  # oldest first
    issues: list[Issue] = field(default_factory=list)  # terms besides the price (packages); empty: none
    price_weight: Decimal | None = None  # the price's weight, 1..100; only with issues

    def __post_init__(self) -> None:
        ensure_standard_signals(self.signals)

    # -- derived, never stored twice ------------------------------------

    @property
    def best_alternative(self) -> Alternative | None:
        """The alternative worth most to us: cheapest when buying, highest when selling."""
        priced = [a for a in self.alternatives if a.value is not None]
        if not priced:
            return None
        if self.side is Side.BUY:
            return min(priced, key=_priced)
        return max(priced, key=_priced)

    @property
    def has_package(self) -> bool:
        """True when the plan scores packages: it has terms besides the price."""
        return bool(self.issues)

    def package_definition(self) -> PackageDefinition | None:
        """The package as a commitment records it (copies), or ``None`` for a plan without one."""
        if not (self.issues or self.price_weight is not None or self.reservation.min_score is not None):
            return None
        return PackageDefinition(
            issues=[copy_issue(i) for i in self.issues],
            price_weight=self.price_weight,
            min_score=self.reservation.min_score,
        )

    def issue(self, key: str) -> Issue | None:
        return next((i for i in self.issues if i.key == key), None)

    @property
    def commitment(self) -> Commitment | None:
        """The commitment in force: the latest revision, if the plan was ever committed."""
        return self.commitments[-1] if self.commitments else None

    def is_better_for_us(self, a: Decimal, b: Decimal) -> bool:
        """True when amount ``a`` is strictly better for our side than ``b``."""
        return a < b if self.side is Side.BUY else a > b

    def signal(self, key: str) -> Signal | None:
        return next((s for s in self.signals if s.key == key), None)

    def ordered_rounds(self) -> list[Round]:
        return sorted(self.rounds, key=lambda r: (r.phase, moment_sort_key(r.at)))

    @property
    def current_phase(self) -> int:
        """The phase a round logged now belongs to: how often the deal was reopened."""
        return len(self.history) + (1 if self.reopened is not None else 0)

    def walks(self) -> list[tuple[int, Walk]]:
        """Every walk, oldest first, with the phase it ended."""
        found = [(i, past.walked) for i, past in enumerate(self.history)]
        if self.walked is not None:
            found.append((len(self.history), self.walked))
        return found

    def reopenings(self) -> list[tuple[int, Reopen]]:
        """Every reopening, oldest first, with the phase it started."""
        found = [(i + 1, past.reopened) for i, past in enumerate(self.history)]
        if self.reopened is not None:
            found.append((len(self.history) + 1, self.reopened))
        return found

    def warnings(self) -> list[str]:
        """Things worth a second look; they never stop the plan from being saved."""
        found: list[str] = []
        best = self.best_alternative
        if best is not None and best.value is not None and self.is_better_for_us(best.value, self.reservation.value):
            found.append(
                f"The walk-away point is worse than your best alternative "
                f"({best.name}): this plan would accept a deal worse than walking away."
            )
        if self.target is not None and self.is_better_for_us(self.reservation.value, self.target):
            found.append("The walk-away point is on the wrong side of the target.")
        reference = self.target if self.target is not None else self.opening
        if self.has_package and (reference is None or not self.is_better_for_us(reference, self.reservation.value)):
            found.append(
                "The package cannot score the price: it needs a target (or an opening) better than "
                "the walk-away point. Until then only the other terms count."
            )
        return found


def copy_issue(issue: Issue) -> Issue:
    """An independent copy of ``issue`` (its options dict included)."""
    return Issue(
        key=issue.key,
        label=issue.label,
        kind=issue.kind,
        weight=issue.weight,
        best=issue.best,
        worst=issue.worst,
        unit=issue.unit,
        options=dict(issue.options),
    )


def _priced(alternative: Alternative) -> Decimal:
    assert alternative.value is not None  # only priced alternatives are compared
    return alternative.value


def ensure_standard_signals(signals: list[Signal]) -> None:
    """Add any of the four standard signals that are missing, with default thresholds."""
    present = {s.kind for s in signals}
    for kind, threshold in STANDARD_SIGNALS.items():
        if kind not in present:
            signals.append(Signal(kind=kind, threshold=threshold))
    # Standard signals first in their usual order, then custom ones as declared.
    order = list(STANDARD_SIGNALS)
    signals.sort(key=lambda s: order.index(s.kind) if s.kind in order else len(order))


def status_from_content(plan: Plan) -> Status:
    """The status a plan's content implies, as used when a plan file is imported."""
    if plan.outcome is not None:
        return plan.outcome.status
    if plan.reopened is not None:
        return Status.REOPENED
    if plan.walked is not None:
        return Status.WALKED
    if plan.rounds:
        return Status.NEGOTIATING
    if plan.commitments:
        return Status.COMMITTED
    return Status.PLANNING
