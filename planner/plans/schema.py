"""The ``walkaway-plan/1`` document, validated with pydantic.

Validation happens here, at the boundary; the rest of the program trusts a
:class:`planner.model.Plan`. Every field error carries a message a user can
act on, and :func:`field_path` turns pydantic's location into the form
``rounds[1].their_offer`` that the command line prints.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from planner.dates import DateError, Moment, parse_date, parse_moment
from planner.model import SignalKind
from planner.money import AmountError, parse_amount

FORMAT = "walkaway-plan/1"

# C0 controls and DEL, except tab and newline, which notes may hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# A JSON escape such as "\ud800" gives half of a UTF-16 pair, which no UTF-8 file or database can hold.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(multiline: bool, min_length: int = 0, max_length: int = 100_000):
    pattern = _CONTROL if multiline else _LINE_CONTROL

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise PydanticCustomError("text", "not a text")
        bad = pattern.search(value)
        if bad:
            raise PydanticCustomError(
                "text", "contains a control character (U+{code})", {"code": f"{ord(bad.group()):04X}"}
            )
        half = _SURROGATE.search(value)
        if half:
            raise PydanticCustomError(
                "text", "contains half of a UTF-16 pair (U+{code})", {"code": f"{ord(half.group()):04X}"}
            )
        if len(value) < min_length:
            raise PydanticCustomError("text", "must not be empty")
        if len(value) > max_length:
            raise PydanticCustomError("text", "longer than {n} characters", {"n": max_length})
        return value

    return BeforeValidator(check)


def _amount(value: Any) -> Decimal:
    if isinstance(value, float):  # only reachable when a caller bypassed read_plan_text
        raise PydanticCustomError("amount", "not a decimal amount (float given)")
    try:
        return parse_amount(value)
    except AmountError as error:
        raise PydanticCustomError("amount", str(error)) from None


def _fraction(value: Any) -> Decimal:
    amount = _amount(value)
    if not Decimal(0) <= amount <= Decimal(1):
        raise PydanticCustomError("likelihood", "must be between 0 and 1")
    return amount


def _non_negative(value: Any) -> Decimal:
    amount = _amount(value)
    if amount < 0:
        raise PydanticCustomError("hours", "must not be negative")
    return amount


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


def _threshold(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise PydanticCustomError("threshold", "must be a whole number of at least 1")
    if isinstance(value, Decimal) and value != value.to_integral_value():
        raise PydanticCustomError("threshold", "must be a whole number of at least 1")
    number = int(value)
    if number < 1 or number > 1000:
        raise PydanticCustomError("threshold", "must be a whole number from 1 to 1000")
    return number


def _currency(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        raise PydanticCustomError("currency", "not an ISO 4217 code (three capital letters, e.g. EUR)")
    return value


Amount = Annotated[Decimal, BeforeValidator(_amount)]
Fraction = Annotated[Decimal, BeforeValidator(_fraction)]
Hours = Annotated[Decimal, BeforeValidator(_non_negative)]
When = Annotated[Moment, BeforeValidator(_moment)]
Day = Annotated[date, BeforeValidator(_date)]
Threshold = Annotated[int, BeforeValidator(_threshold)]
Currency = Annotated[str, BeforeValidator(_currency)]
Title = Annotated[str, _text(False, 1, 200)]
Line = Annotated[str, _text(False, 0, 500)]
Note = Annotated[str, _text(True)]


class _Part(BaseModel):
    # Keys added by later versions are ignored, so newer files stay readable.
    model_config = ConfigDict(extra="ignore", frozen=True)


class ReservationDoc(_Part):
    value: Amount
    conditions: list[Line] = []
    rationale: Note = ""
    decided_at: When | None = None

    @model_validator(mode="after")
    def _distinct_conditions(self) -> ReservationDoc:
        seen: set[str] = set()
        for index, condition in enumerate(self.conditions):
            if not condition.strip():
                raise PydanticCustomError("condition", "conditions[{i}]: must not be empty", {"i": index})
            if condition in seen:
                raise PydanticCustomError("condition", "conditions[{i}]: listed twice", {"i": index})
            seen.add(condition)
        return self


class AlternativeDoc(_Part):
    name: Title
    value: Amount | None = None
    likelihood: Fraction | None = None
    notes: Note = ""


class SignalDoc(_Part):
    kind: SignalKind
    label: Line = ""
    threshold: Threshold | None = None

    @model_validator(mode="after")
    def _label_for_custom(self) -> SignalDoc:
        if self.kind is SignalKind.CUSTOM and not self.label.strip():
            raise PydanticCustomError("signal", "a custom signal needs a label")
        if self.kind is not SignalKind.CUSTOM and self.label:
            raise PydanticCustomError("signal", "only custom signals take a label")
        return self


class EventDoc(_Part):
    kind: SignalKind
    label: Line = ""
    note: Note = ""


class ScriptDoc(_Part):
    acknowledge: Note = ""
    reason: Note = ""
    door: Note = ""


class RoundDoc(_Part):
    at: When
    their_offer: Amount | None = None
    our_offer: Amount | None = None
    unmet_conditions: list[Line] = []
    events: list[EventDoc] = []
    first_time_today: bool | None = None
    hours: Hours | None = None
    note: Note = ""
    phase: Literal[0, 1] | None = None


class FollowUpMoveDoc(_Part):
    at: When
    from_date: Day | None = None
    to_date: Day
    note: Note = ""


class WalkedDoc(_Part):
    at: When
    reason: Note
    follow_up_on: Day | None = None
    script_delivered: Note = ""
    follow_up_moves: list[FollowUpMoveDoc] = []


class ReopenedDoc(_Part):
    at: When
    note: Note = ""
    first_time_today: bool | None = None


class TheirSideDoc(_Part):
    decision_maker: Line = ""
    at_table: Line = ""
    walk_away: Amount | None = None
    alternatives: Note = ""


class CommitmentDoc(_Part):
    revision: int = Field(ge=1)
    signer: Title
    signed_at: When
    fingerprint: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    statement: Note = ""
    reason: Note = ""
    reservation_value: Amount | None = None
    conditions: list[Line] = []
    side: Literal["buy", "sell"] | None = None
    signature_png: str | None = None  # base64


class OutcomeDoc(_Part):
    status: Literal["agreed", "dropped"]
    at: When
    amount: Amount | None = None
    note: Note = ""


class PlanDoc(_Part):
    format: Literal["walkaway-plan/1"]
    title: Title
    counterparty: Line
    side: Literal["buy", "sell"]
    currency: Currency
    unit: Line = ""
    reservation: ReservationDoc
    target: Amount | None = None
    opening: Amount | None = None
    signer: Line = ""
    alternatives: list[AlternativeDoc] = []
    signals: list[SignalDoc] = []
    script: ScriptDoc = ScriptDoc()
    rounds: list[RoundDoc] = []
    walked: WalkedDoc | None = None
    reopened: ReopenedDoc | None = None
    their_side: TheirSideDoc | None = None
    commitments: list[CommitmentDoc] = []
    outcome: OutcomeDoc | None = None


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
