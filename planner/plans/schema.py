"""The ``walkaway-plan/1`` document, validated with pydantic.

This is the shape of a plan file, checked strictly: ``true`` and ``false`` for
answers (never ``"yes"`` or ``1``), JSON integers for whole numbers, ISO calendar
dates and date-times, exact decimal amounts, and lists no longer than
:mod:`planner.limits` allows (refused before a single entry is read). What the
values may be (texts, ranges, references, the order of events) is
:mod:`planner.plan_rules`, checked on the plan built from the document, the same
check the command line and the window make. Every error carries a message a user
can act on, and :func:`field_path` turns pydantic's location into the form
``rounds[1].their_offer`` that the command line prints.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from planner import limits
from planner.dates import DateError, Moment, parse_date, parse_moment
from planner.model import SignalKind
from planner.money import AmountError, parse_amount, parse_plan_amount

FORMAT = "walkaway-plan/1"


def _text(value: Any) -> str:
    # Only the type here: what a text may hold is planner.text_rules, checked on the whole plan
    # by planner.plan_rules (the same check the command line and the window make).
    if not isinstance(value, str):
        raise PydanticCustomError("text", "not a text")
    return value


def _amount(value: Any) -> Decimal:
    if isinstance(value, float):  # only reachable when a caller bypassed read_plan_text
        raise PydanticCustomError("amount", "not a decimal amount (float given)")
    try:
        return parse_plan_amount(value)
    except AmountError as error:
        raise PydanticCustomError("amount", str(error)) from None


def _number(value: Any) -> Decimal:
    # A package's numbers (weights, scores, a term's best, worst and values): exact like amounts, and
    # below zero allowed (a term may be); the ranges are planner.package_checks', with their field paths.
    if isinstance(value, float):
        raise PydanticCustomError("number", "not a decimal number (float given)")
    try:
        return parse_amount(value)
    except AmountError as error:
        raise PydanticCustomError("number", str(error).replace("amount", "number")) from None


def _term_value(value: Any) -> Decimal | str:
    # A number or an option's name; which one a term takes is known from the plan's issues.
    if isinstance(value, str):
        return value
    return _number(value)


def _moment(value: Any) -> Moment:
    try:
        return parse_moment(value)
    except DateError as error:
        raise PydanticCustomError("date", str(error)) from None


def _date(value: Any) -> date:
    try:
        return parse_date(value)
    except DateError as error:
        raise PydanticCustomError("date", str(error)) from None


def _whole(value: Any) -> int:
    # JSON true is not 1, and 2.0 or "2" is not a whole number as Walkaway writes one.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("whole", "must be a whole number (a JSON integer)")
    return value


def _flag(value: Any) -> bool | None:
    # Strict: "yes", 1 or "true" are not answers; the file says true, false or null.
    if value is None or isinstance(value, bool):
        return value
    raise PydanticCustomError("flag", "must be true, false or null")


def _phase(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limits.MAX_WALKS:
        raise PydanticCustomError("phase", "must be a whole number from 0 to {most}", {"most": limits.MAX_WALKS})
    return value


def _yes_no(value: Any) -> bool:
    # Strict: true or false, nothing else ("yes", 1 and null are not answers here).
    if isinstance(value, bool):
        return value
    raise PydanticCustomError("yes_no", "must be true or false")


def _kind(value: Any) -> SignalKind:
    if isinstance(value, str) and value in SignalKind._value2member_map_:
        return SignalKind(value)
    kinds = ", ".join(k.value for k in SignalKind)
    raise PydanticCustomError("kind", "not a signal kind (one of {kinds})", {"kinds": kinds})


def _at_most(limit: int) -> BeforeValidator:
    """A list (or an object) of at most ``limit`` entries, refused before any entry is looked at."""

    def check(value: Any) -> Any:
        if isinstance(value, list | dict) and len(value) > limit:
            raise PydanticCustomError("too_long", "more than {limit} entries", {"limit": limit})
        return value

    return BeforeValidator(check)


Amount = Annotated[Decimal, BeforeValidator(_amount)]
Number = Annotated[Decimal, BeforeValidator(_number)]
TermValueDoc = Annotated[Decimal | str, BeforeValidator(_term_value)]
When = Annotated[Moment, BeforeValidator(_moment)]
Day = Annotated[date, BeforeValidator(_date)]
Whole = Annotated[int, BeforeValidator(_whole)]
Flag = Annotated[bool | None, BeforeValidator(_flag)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Phase = Annotated[int | None, BeforeValidator(_phase)]
Kind = Annotated[SignalKind, BeforeValidator(_kind)]
Text = Annotated[str, BeforeValidator(_text)]
Texts = Annotated[list[Text], _at_most(limits.MAX_CONDITIONS)]
# A drawn signature, base64: a third larger than its bytes.
Base64 = Annotated[str, BeforeValidator(_text), Field(max_length=(limits.MAX_SIGNATURE_BYTES + 2) // 3 * 4 + 4)]
CertificateBase64 = Annotated[
    str, BeforeValidator(_text), Field(max_length=(limits.MAX_CERTIFICATE_BYTES + 2) // 3 * 4 + 4)
]


class _Part(BaseModel):
    # Keys added by later versions are ignored, so newer files stay readable. Strict: no
    # coercion anywhere ("yes" is not true, "2" is not 2); the validators above say what is.
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


class ReservationDoc(_Part):
    value: Amount
    conditions: Texts = []
    rationale: Text = ""
    decided_at: When | None = None
    min_score: Number | None = None


class AlternativeDoc(_Part):
    name: Text
    value: Amount | None = None
    likelihood: Amount | None = None
    notes: Text = ""


class SignalDoc(_Part):
    kind: Kind
    label: Text = ""
    threshold: Whole | None = None


class EventDoc(_Part):
    kind: Kind
    label: Text = ""
    note: Text = ""


class ScriptDoc(_Part):
    acknowledge: Text = ""
    reason: Text = ""
    door: Text = ""


class IssueDoc(_Part):
    """A term of the package besides the price (issue 19): a number term or an options term."""

    key: Text
    label: Text
    kind: Literal["number", "options"]
    weight: Number
    best: Number | None = None
    worst: Number | None = None
    unit: Text = ""
    options: Annotated[dict[str, Number], _at_most(limits.MAX_OPTIONS)] = {}


Issues = Annotated[list[IssueDoc], _at_most(limits.MAX_ISSUES)]
Terms = Annotated[dict[str, TermValueDoc], _at_most(limits.MAX_ISSUES)]


class PackageDoc(_Part):
    """The package a commitment signed: its terms, the price's weight and the minimum score."""

    issues: Issues = []
    price_weight: Number | None = None
    min_score: Number | None = None


class RoundDoc(_Part):
    at: When
    their_offer: Amount | None = None
    our_offer: Amount | None = None
    unmet_conditions: Texts = []
    events: Annotated[list[EventDoc], _at_most(limits.MAX_EVENTS)] = []
    first_time_today: Flag = None
    hours: Amount | None = None
    note: Text = ""
    phase: Phase = None
    final: YesNo = False
    their_terms: Terms = {}


class FollowUpMoveDoc(_Part):
    at: When
    from_date: Day | None = None
    to_date: Day
    note: Text = ""


class WalkedDoc(_Part):
    at: When
    reason: Text
    follow_up_on: Day | None = None
    script_delivered: Text = ""
    follow_up_moves: Annotated[list[FollowUpMoveDoc], _at_most(limits.MAX_FOLLOW_UP_MOVES)] = []


class ReopenedDoc(_Part):
    at: When
    note: Text = ""
    first_time_today: Flag = None


class PastWalkDoc(_Part):
    """An earlier walk and the reopening after it; the latest pair is ``walked``/``reopened``."""

    walked: WalkedDoc
    reopened: ReopenedDoc


class CorrectionDoc(_Part):
    """A logged round corrected afterwards: the round as it was, and as corrected (none when deleted)."""

    at: When
    action: Literal["edit", "delete"]
    round: Annotated[Whole, Field(ge=1)]
    before: RoundDoc
    after: RoundDoc | None = None


class TheirSideDoc(_Part):
    decision_maker: Text = ""
    at_table: Text = ""
    walk_away: Amount | None = None
    alternatives: Text = ""


class CommitmentDoc(_Part):
    revision: Annotated[Whole, Field(ge=1)]
    signer: Text
    signed_at: When
    fingerprint: Annotated[str, BeforeValidator(_text), Field(pattern=r"^[0-9a-f]{64}$")]
    statement: Text = ""
    reason: Text = ""
    reservation_value: Amount | None = None
    conditions: Texts = []
    side: Literal["buy", "sell"] | None = None
    signature_png: Base64 | None = None
    certificate: CertificateBase64 | None = None
    package: PackageDoc | None = None


class OutcomeDoc(_Part):
    status: Literal["agreed", "dropped"]
    at: When
    amount: Amount | None = None
    note: Text = ""


class PlanDoc(_Part):
    format: Literal["walkaway-plan/1"]
    title: Text
    counterparty: Text
    side: Literal["buy", "sell"]
    currency: Text
    unit: Text = ""
    reservation: ReservationDoc
    target: Amount | None = None
    opening: Amount | None = None
    signer: Text = ""
    alternatives: Annotated[list[AlternativeDoc], _at_most(limits.MAX_ALTERNATIVES)] = []
    signals: Annotated[list[SignalDoc], _at_most(limits.MAX_SIGNALS)] = []
    script: ScriptDoc = ScriptDoc()
    rounds: Annotated[list[RoundDoc], _at_most(limits.MAX_ROUNDS)] = []
    walked: WalkedDoc | None = None
    reopened: ReopenedDoc | None = None
    their_side: TheirSideDoc | None = None
    commitments: Annotated[list[CommitmentDoc], _at_most(limits.MAX_COMMITMENTS)] = []
    outcome: OutcomeDoc | None = None
    history: Annotated[list[PastWalkDoc], _at_most(limits.MAX_WALKS - 1)] = []
    corrections: Annotated[list[CorrectionDoc], _at_most(limits.MAX_CORRECTIONS)] = []
    issues: Issues = []
    price_weight: Number | None = None


def field_path(location: tuple[int | str, ...]) -> str:
    """``('rounds', 1, 'their_offer')`` -> ``rounds[1].their_offer``."""
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.startswith("function-") or part in {"nullable", "union"}:
            continue  # pydantic's names for validator layers, not document keys
        else:
            path += f".{part}" if path else part
    return path
