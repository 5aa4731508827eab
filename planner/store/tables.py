"""ORM tables (SQLAlchemy 2 typed mapping). Only :mod:`planner.store` sees these.

Child rows carry a ``position`` so that lists keep the order the user gave them.
Every change to these classes needs a migration in ``migrations/versions``;
``tests/test_migrations.py`` fails when the two disagree.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from planner.dates import Moment
from planner.model import (
    CorrectionAction,
    FollowUpMove,
    Issue,
    PackageDefinition,
    Round,
    Side,
    SignalKind,
    Status,
    TermValue,
)
from planner.store.types import (
    Choice,
    IsoMoment,
    IssuesJson,
    Money,
    Moves,
    PackageJson,
    RoundJson,
    TermsJson,
    Texts,
    UtcDateTime,
)

# Named constraints keep batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DealRow(Base):
    __tablename__ = "deals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    counterparty: Mapped[str] = mapped_column(String(500), default="")
    side: Mapped[Side] = mapped_column(Choice(Side, 4))
    currency: Mapped[str] = mapped_column(String(3))
    unit: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[Status] = mapped_column(Choice(Status, 12), index=True)
    signer: Mapped[str] = mapped_column(String(500), default="")

    reservation_value: Mapped[Decimal] = mapped_column(Money)
    reservation_rationale: Mapped[str] = mapped_column(Text, default="")
    reservation_decided_at: Mapped[Moment | None] = mapped_column(IsoMoment)
    target: Mapped[Decimal | None] = mapped_column(Money)
    opening: Mapped[Decimal | None] = mapped_column(Money)

    script_acknowledge: Mapped[str] = mapped_column(Text, default="")
    script_reason: Mapped[str] = mapped_column(Text, default="")
    script_door: Mapped[str] = mapped_column(Text, default="")

    their_decision_maker: Mapped[str] = mapped_column(String(500), default="")
    their_at_table: Mapped[str] = mapped_column(String(500), default="")
    their_walk_away: Mapped[Decimal | None] = mapped_column(Money)
    their_alternatives: Mapped[str] = mapped_column(Text, default="")

    walked_at: Mapped[Moment | None] = mapped_column(IsoMoment)
    walk_reason: Mapped[str | None] = mapped_column(Text)
    walk_script: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    reopened_at: Mapped[Moment | None] = mapped_column(IsoMoment)
    reopen_note: Mapped[str] = mapped_column(Text, default="")
    reopen_first_time_today: Mapped[bool | None] = mapped_column(Boolean)

    outcome_status: Mapped[Status | None] = mapped_column(Choice(Status, 12))
    outcome_at: Mapped[Moment | None] = mapped_column(IsoMoment)
    outcome_amount: Mapped[Decimal | None] = mapped_column(Money)
    outcome_note: Mapped[str] = mapped_column(Text, default="")

    # Packages (issue 19, migration 0004): the terms besides the price, their weights, the minimum.
    issues_json: Mapped[list[Issue]] = mapped_column(IssuesJson, default=list, server_default="[]")
    price_weight: Mapped[Decimal | None] = mapped_column(Money)
    reservation_min_score: Mapped[Decimal | None] = mapped_column(Money)

    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: Counts the saves of the deal: an UPDATE names the version it read (SQLAlchemy's version_id_col),
    #: so a save over another person's newer save changes no row and is refused, never lost.
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads a plain dict

    conditions: Mapped[list[ConditionRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="ConditionRow.position"
    )
    alternatives: Mapped[list[AlternativeRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="AlternativeRow.position"
    )
    signals: Mapped[list[SignalRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="SignalRow.position"
    )
    rounds: Mapped[list[RoundRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="RoundRow.position"
    )
    commitments: Mapped[list[CommitmentRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="CommitmentRow.revision"
    )
    follow_up_moves: Mapped[list[FollowUpMoveRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="FollowUpMoveRow.position"
    )
    past_walks: Mapped[list[PastWalkRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="PastWalkRow.position"
    )
    corrections: Mapped[list[RoundCorrectionRow]] = relationship(
        back_populates="deal", cascade="all, delete-orphan", order_by="RoundCorrectionRow.position"
    )


class ConditionRow(Base):
    __tablename__ = "conditions"
    __table_args__ = (UniqueConstraint("deal_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(500))

    deal: Mapped[DealRow] = relationship(back_populates="conditions")


class AlternativeRow(Base):
    __tablename__ = "alternatives"
    __table_args__ = (UniqueConstraint("deal_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal | None] = mapped_column(Money)
    likelihood: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str] = mapped_column(Text, default="")

    deal: Mapped[DealRow] = relationship(back_populates="alternatives")


class SignalRow(Base):
    __tablename__ = "signals"
    __table_args__ = (UniqueConstraint("deal_id", "kind", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[SignalKind] = mapped_column(Choice(SignalKind, 32))
    label: Mapped[str] = mapped_column(String(500), default="")
    threshold: Mapped[int]

    deal: Mapped[DealRow] = relationship(back_populates="signals")


class RoundRow(Base):
    __tablename__ = "rounds"
    __table_args__ = (UniqueConstraint("deal_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    at: Mapped[Moment] = mapped_column(IsoMoment)
    their_offer: Mapped[Decimal | None] = mapped_column(Money)
    our_offer: Mapped[Decimal | None] = mapped_column(Money)
    first_time_today: Mapped[bool | None] = mapped_column(Boolean)
    hours: Mapped[Decimal | None] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[int] = mapped_column(default=0)
    final: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    their_terms_json: Mapped[dict[str, TermValue]] = mapped_column(TermsJson, default=dict, server_default="[]")

    deal: Mapped[DealRow] = relationship(back_populates="rounds")
    unmet: Mapped[list[UnmetConditionRow]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="UnmetConditionRow.position"
    )
    events: Mapped[list[EventRow]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="EventRow.position"
    )


class UnmetConditionRow(Base):
    """A reservation condition the round's offer leaves unmet, by its text at the time."""

    __tablename__ = "round_unmet_conditions"
    __table_args__ = (UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(500))

    round: Mapped[RoundRow] = relationship(back_populates="unmet")


class EventRow(Base):
    __tablename__ = "round_events"
    __table_args__ = (UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[SignalKind] = mapped_column(Choice(SignalKind, 32))
    label: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[RoundRow] = relationship(back_populates="events")


class CommitmentRow(Base):
    """Revision 1 is the original signed commitment; later revisions move the point, with a reason."""

    __tablename__ = "commitments"
    __table_args__ = (UniqueConstraint("deal_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    revision: Mapped[int]
    signer: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    fingerprint: Mapped[str] = mapped_column(String(64))
    statement: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    reservation_value: Mapped[Decimal | None] = mapped_column(Money)
    conditions_json: Mapped[list[str]] = mapped_column(Texts)
    side: Mapped[Side | None] = mapped_column(Choice(Side, 4))
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: The signer's certificate (DER, public) when the commitment was made with a Walkaway key:
    #: teammates on a team server verify the brief against it.
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary)
    package_json: Mapped[PackageDefinition | None] = mapped_column(PackageJson)

    deal: Mapped[DealRow] = relationship(back_populates="commitments")


class FollowUpMoveRow(Base):
    """A follow-up date moved by hand (snooze or reschedule), oldest first."""

    __tablename__ = "follow_up_moves"
    __table_args__ = (UniqueConstraint("deal_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    deal: Mapped[DealRow] = relationship(back_populates="follow_up_moves")


class PastWalkRow(Base):
    """An earlier walk and the reopening after it (the latest are the deal's own columns); ``position`` is
    the phase the walk ended (0 for the first walk)."""

    __tablename__ = "past_walks"
    __table_args__ = (UniqueConstraint("deal_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    walked_at: Mapped[Moment] = mapped_column(IsoMoment)
    walk_reason: Mapped[str] = mapped_column(Text)
    walk_script: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    follow_up_moves_json: Mapped[list[FollowUpMove]] = mapped_column(Moves)
    reopened_at: Mapped[Moment] = mapped_column(IsoMoment)
    reopen_note: Mapped[str] = mapped_column(Text, default="")
    reopen_first_time_today: Mapped[bool | None] = mapped_column(Boolean)

    deal: Mapped[DealRow] = relationship(back_populates="past_walks")


class RoundCorrectionRow(Base):
    """A logged round corrected (edited or deleted), oldest first: the round as it was, and as corrected."""

    __tablename__ = "round_corrections"
    __table_args__ = (UniqueConstraint("deal_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    position: Mapped[int]
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    action: Mapped[CorrectionAction] = mapped_column(Choice(CorrectionAction, 6))
    round_number: Mapped[int]
    before_json: Mapped[Round] = mapped_column(RoundJson)
    after_json: Mapped[Round | None] = mapped_column(RoundJson)

    deal: Mapped[DealRow] = relationship(back_populates="corrections")


Index("ix_deals_title", DealRow.title)
