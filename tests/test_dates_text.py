"""Dates in the window follow the user's locale, with a four-digit year; ISO in the C locale."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from helpers import ROOT

from PySide6.QtCore import QLocale

from ui.common.dates_text import date_format, date_text, datetime_text

DAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("de_DE", "27.11.2026"),
        ("en_US", "11/27/2026"),
        ("en_GB", "27/11/2026"),
        ("ja_JP", "2026/11/27"),
        ("C", "2026-11-27"),
    ],
)
def test_date_text_in_the_users_locale(name: str, expected: str) -> None:
    assert date_text(DAY, QLocale(name)) == expected


def test_default_locale_is_used(qtbot) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert date_text(DAY) == "27.11.2026"
        assert date_format() == "dd.MM.yyyy"
    finally:
        QLocale.setDefault(previous)


def test_no_fixed_date_format_in_the_window() -> None:
    """Shown dates go through ui.common.dates_text: no hard-coded display formats, no ISO strings on screen."""
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "dates_text.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r'setDisplayFormat\("|\.strftime\(|\.isoformat\(\)', line) and "not shown" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "use ui.common.dates_text (or mark a machine-only date '# not shown'):\n" + "\n".join(
        offenders
    )


def test_datetime_text_has_the_time_of_day() -> None:
    moment = datetime(2026, 11, 27, 18, 30, 5)
    assert datetime_text(moment, QLocale("de_DE")) == "27.11.2026 18:30"
    assert datetime_text(moment, QLocale("C")) == "2026-11-27 18:30"
    assert datetime_text(moment, QLocale("en_US")).startswith("11/27/2026 6:30")
