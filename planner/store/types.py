"""The ORM's column types: each one writes and reads through its codec in :mod:`planner.store.codec`.

SQLite has no exact decimal type (SQLAlchemy's ``Numeric`` goes through REAL there), so
amounts are stored as canonical text on SQLite and as ``NUMERIC(19, 4)`` elsewhere; the
program's own moments are ISO text on SQLite and ``timestamptz`` on a team server (the server
sets them itself there). Days and flags keep SQLAlchemy's own ``Date`` and ``Boolean`` (their
stored form is the codec's ``DAY`` and ``FLAG``; a test reads both back both ways).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import DateTime, Dialect, Numeric, String, Text
from sqlalchemy.types import TypeDecorator, TypeEngine

from planner.dates import Moment
from planner.model import FollowUpMove, Issue, PackageDefinition, Round, TermValue
from planner.store import codec

E = TypeVar("E", bound=StrEnum)


class Money(TypeDecorator[Decimal]):
    impl = String(32)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(Numeric(19, 4, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        return codec.AMOUNT.encode(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else codec.AMOUNT.decode(value)


class IsoMoment(TypeDecorator[Moment]):
    """A date or a date-time, kept as ISO text so that the two stay distinct."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Moment | None, dialect: Dialect) -> Any:
        return codec.encode(codec.MOMENT, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Moment | None:
        return None if value is None else codec.MOMENT.decode(value)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC moments: ISO text on SQLite (which keeps no offsets), ``timestamptz`` elsewhere."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        encoded = codec.encode(codec.INSTANT, value)  # refuses a naive moment on every backend
        return encoded if dialect.name == "sqlite" else value

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else codec.INSTANT.decode(value)


class Choice(TypeDecorator[E], Generic[E]):
    """One member of a ``StrEnum``, stored by its value in a ``VARCHAR(length)``."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum  # read by SQLAlchemy's statement cache key, with the length
        self.codec = codec.choice(enum)

    def process_bind_param(self, value: E | None, dialect: Dialect) -> Any:
        return codec.encode(self.codec, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.codec.decode(value)


class Texts(TypeDecorator[list[str]]):
    """A list of texts, stored as JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> Any:
        return codec.encode(codec.TEXTS, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str] | None:
        return None if value is None else codec.TEXTS.decode(value)


class Moves(TypeDecorator[list[FollowUpMove]]):
    """The follow-up moves of an earlier walk, stored as JSON text (:data:`codec.MOVES`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[FollowUpMove] | None, dialect: Dialect) -> Any:
        return codec.encode(codec.MOVES, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[FollowUpMove] | None:
        return None if value is None else codec.MOVES.decode(value)


class RoundJson(TypeDecorator[Round]):
    """A whole round (as it was before a correction, or after it), stored as JSON text (:data:`codec.ROUND`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Round | None, dialect: Dialect) -> Any:
        return codec.encode(codec.ROUND, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Round | None:
        return None if value is None else codec.ROUND.decode(value)


class IssuesJson(TypeDecorator[list[Issue]]):
    """A package's terms besides the price, stored as JSON text (:data:`codec.ISSUES`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Issue] | None, dialect: Dialect) -> Any:
        return codec.encode(codec.ISSUES, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Issue] | None:
        return None if value is None else codec.ISSUES.decode(value)


class TermsJson(TypeDecorator[dict[str, TermValue]]):
    """A round's terms besides the price, stored as JSON text (:data:`codec.TERMS`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict[str, TermValue] | None, dialect: Dialect) -> Any:
        return codec.encode(codec.TERMS, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, TermValue] | None:
        return None if value is None else codec.TERMS.decode(value)


class PackageJson(TypeDecorator[PackageDefinition]):
    """The package a commitment signed, stored as JSON text (:data:`codec.PACKAGE`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: PackageDefinition | None, dialect: Dialect) -> Any:
        return codec.encode(codec.PACKAGE, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> PackageDefinition | None:
        return None if value is None else codec.PACKAGE.decode(value)
