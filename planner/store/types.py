"""Column types that keep values exact on every database.

SQLite has no exact decimal type (SQLAlchemy's ``Numeric`` goes through
REAL there), so amounts are stored as canonical text on SQLite and as
``NUMERIC(19, 4)`` elsewhere.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Numeric, String
from sqlalchemy.types import TypeDecorator, TypeEngine

from planner.dates import Moment, moment_to_text, parse_moment
from planner.money import amount_to_text


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
        return amount_to_text(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value) if isinstance(value, str) else Decimal(str(value)).normalize()


class IsoMoment(TypeDecorator[Moment]):
    """A date or a date-time, kept as ISO text so that the two stay distinct."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Moment | None, dialect: Dialect) -> str | None:
        return None if value is None else moment_to_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Moment | None:
        return None if value is None else parse_moment(value)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC moments stored as ISO text (SQLite keeps no offsets)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC moment is required")
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)
