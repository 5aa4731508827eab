"""One amount format everywhere: the brief's grouped form, made by one function.

``planner.money.format_money`` makes it; the window passes its locale's separators through
``ui/common/money_text.py`` (the grouped default under C/POSIX), the command line's tables keep
the default. Nothing else in ``ui/`` or ``planner/cli/`` turns an amount into text itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import ROOT, run_cli

from PySide6.QtCore import QLocale

from planner.demo import demo_plans
from planner.model import Plan, Reservation, Side
from planner.money import format_money
from planner.store import Store
from ui.common.amount_edit import AmountEdit
from ui.common.money_text import money_text
from ui.common.plan_text import reservation_sentence
from ui.deals.list_model import RESERVATION, DealListModel
from ui.editor.alternatives_model import VALUE, AlternativesModel
from ui.room.rounds_model import THEIR_OFFER, RoundsModel

#: The one module of the window that formats amounts (it calls planner.money.format_money).
ONE_PLACE = ROOT / "ui" / "common" / "money_text.py"

#: Ways to format a number without the one function (what the window and the CLI did before).
FORBIDDEN = {
    "format(value, spec) with a grouping or a fixed-point spec": re.compile(
        r"\bformat\([^()]*,\s*f?[\"'][^\"']*[,f][\"']"
    ),
    "an f-string spec that groups or fixes places": re.compile(
        r"f[\"'][^\"']*\{[^{}:\"']+:[^{}\"']*(?:,|\.\d+f)[^{}\"']*\}"
    ),
    "QLocale.toString on a number": re.compile(r"(?:QLocale\(\)|locale)\.toString\((?!QDate|QTime|when\b)"),
    "a currency code glued to a figure in an f-string": re.compile(r"f[\"'][^\"']*\{[^{}]*currency\}\s*\{"),
    "planner.money's texts outside the one place": re.compile(r"\b(?:format_money|amount_to_text)\("),
    "a %-format of a float": re.compile(r"\"%[.\d]*f"),
}


def _sources(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.rglob("*.py"))


def test_no_view_formats_money_itself() -> None:
    found = []
    for path in [*_sources(ROOT / "ui"), *_sources(ROOT / "planner" / "cli")]:
        if path == ONE_PLACE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            for what, pattern in FORBIDDEN.items():
                if not pattern.search(code):
                    continue
                if path.parts[-3:-1] == ("planner", "cli") and "format_money(" in code and what.startswith("planner"):
                    continue  # the CLI's tables call the one function itself (no locale to pass)
                if path.parts[-3:-1] == ("planner", "cli") and "amount_to_text(" in code:
                    continue  # machine-readable output (--json, plan files): the canonical form, not display
                found.append(f"{path.relative_to(ROOT)}:{number}: {what}: {line.strip()}")
    assert not found, "money formatted outside planner.money.format_money:\n" + "\n".join(found)


def test_the_check_above_finds_what_it_looks_for() -> None:
    samples = [
        'format(value, ",.2f")',
        'f"{value:,}"',
        'f"{amount:.2f}"',
        "locale.toString(int(whole))",
        'f"{plan.currency} {text}"',
        "format_money(value, plan.currency)",
        'axis.setLabelFormat("%.0f")',
    ]
    for sample in samples:
        assert any(p.search(sample) for p in FORBIDDEN.values()), sample
    for fine in ('locale.toString(QDate(day.year, 1, 1), "yyyy")', 'f"{count} rounds"', "money_text(value, currency)"):
        assert not any(p.search(fine) for p in FORBIDDEN.values()), fine


@pytest.fixture(params=["C", "en_US", "de_DE", "fr_FR"])
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    chosen = QLocale(request.param)
    QLocale.setDefault(chosen)
    yield chosen
    QLocale.setDefault(QLocale.c())


def expected(value: Decimal, currency: str, locale: QLocale) -> str:
    if locale.name() == "C":
        return format_money(value, currency)  # the brief's own form: "EUR 18,500.50"
    return format_money(value, currency, group=locale.groupSeparator(), point=locale.decimalPoint())


def test_money_text_is_the_brief_form_with_the_locale_separators(locale: QLocale) -> None:
    value = Decimal("1234567.5")
    assert money_text(value, "EUR") == expected(value, "EUR", locale)
    if locale.name() == "C":
        assert money_text(value, "EUR") == "EUR 1,234,567.50"
        assert money_text(Decimal(18500), "EUR") == "EUR 18,500"
    if locale.name() == "de_DE":
        assert money_text(value, "EUR") == "EUR 1.234.567,50"


def test_every_view_shows_the_one_form(qtbot, locale: QLocale, db_path: Path) -> None:
    value = Decimal("18500.5")
    shown = expected(value, "EUR", locale)
    plan = Plan(title="Van", counterparty="Citywide", side=Side.BUY, currency="EUR", reservation=Reservation(value))

    assert shown in reservation_sentence(plan)  # the editor's "in words", the targets, the zone

    with Store(db_path) as store:
        store.add_plans([plan])
        deals = store.list_deals()
    model = DealListModel()
    model.set_deals(deals)
    assert model.index(0, RESERVATION).data() == shown

    from planner.model import Alternative, Round

    plan.alternatives = [Alternative("Stay", value)]
    alternatives = AlternativesModel()
    alternatives.set_plan(plan)
    assert alternatives.index(0, VALUE).data() == shown

    plan.rounds = [Round(at=date(2026, 11, 1), their_offer=value)]
    rounds = RoundsModel()
    rounds.set_plan(plan)
    assert rounds.index(0, THEIR_OFFER).data() == shown

    field = AmountEdit()
    qtbot.addWidget(field)
    field.setValue(value)
    assert field.text() == shown.removeprefix("EUR ")


def test_the_offers_chart_labels_its_axis_in_the_one_form(qtbot) -> None:
    from PySide6.QtCharts import QCategoryAxis
    from PySide6.QtCore import Qt

    from ui.room.offers_chart import OffersChart

    chart = OffersChart()
    qtbot.addWidget(chart)
    chart.load(
        Plan(
            title="Van", counterparty="Citywide", side=Side.BUY, currency="EUR", reservation=Reservation(Decimal(18500))
        )
    )
    [axis] = chart.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QCategoryAxis)
    labels = axis.categoriesLabels()
    assert "18,500" in labels and all(label.replace(",", "").isdigit() for label in labels), labels


def test_the_command_line_list_groups_amounts_as_the_brief(db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    listed = run_cli("list", "--db", db_path)
    assert listed.returncode == 0, listed.stderr
    assert "EUR 42,000 per year" in listed.stdout and "USD 240,000" in listed.stdout
