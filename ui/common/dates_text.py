"""Dates shown the way the user writes them (their locale), with the year always in full.

The neutral C/POSIX locale (CI, minimal systems) gets ISO 8601, which is unambiguous everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

ISO_FORMAT = "yyyy-MM-dd"


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, e.g. ``dd.MM.yyyy``; for a ``QDateEdit.setDisplayFormat``."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_FORMAT
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Two-digit years ("11/27/26") are ambiguous in plans that span decades of follow-ups.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(day: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def datetime_text(moment: datetime, locale: QLocale | None = None) -> str:
    """Date and time of day, e.g. ``27.11.2026 18:30`` (no seconds: nobody needs them on screen)."""
    locale = locale or QLocale()
    time_format = (
        "HH:mm" if locale.language() == QLocale.Language.C else locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    clock = locale.toString(QTime(moment.hour, moment.minute), time_format)
    return f"{date_text(moment.date(), locale)} {clock}"
