"""Amounts for display in the user's locale: ``EUR 120,000`` or ``EUR 120.000,50``."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from ui.common.amount_parse import format_amount_text


def money_text(value: Decimal, currency: str = "", locale: QLocale | None = None) -> str:
    """Every significant digit, never rounded; two places once there are cents."""
    return f"{currency} {format_amount_text(value, locale, cents=True)}".strip()
