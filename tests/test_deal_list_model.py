"""The deal list model: search, status filter and sort over DealSummary rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from planner.model import Status
from planner.summaries import DealSummary
from ui.deals.list_model import DEAL_ID_ROLE, RESERVATION, TITLE, DealListModel


def deal(deal_id: int, title: str, counterparty: str, status: Status, amount: str) -> DealSummary:
    return DealSummary(
        deal_id,
        title,
        counterparty,
        status,
        "buy",
        "EUR",
        "per year",
        Decimal(amount),
        date(2026, 12, 1),
        datetime(2026, 11, deal_id, tzinfo=UTC),
    )


DEALS = [
    deal(1, "Office lease", "Harbor Point", Status.PLANNING, "120000"),
    deal(2, "Van purchase", "Citywide Motors", Status.AGREED, "31000.5"),
    deal(3, "Licences", "Vertex Analytics", Status.WALKED, "42000"),
]


def test_model_is_a_correct_qt_model(qtmodeltester) -> None:
    model = DealListModel()
    model.set_deals(DEALS)
    qtmodeltester.check(model)
    model.set_search("o")
    qtmodeltester.check(model)


def ids(model: DealListModel) -> list[int]:
    return [model.index(row, 0).data(DEAL_ID_ROLE) for row in range(model.rowCount())]


def test_search_matches_title_or_counterparty_ignoring_case() -> None:
    model = DealListModel()
    model.set_deals(DEALS)
    model.set_search("MOTORS")
    assert ids(model) == [2]
    model.set_search("lea")
    assert ids(model) == [1]
    model.set_search("")
    assert ids(model) == [1, 2, 3]


def test_status_filter_and_sort() -> None:
    model = DealListModel()
    model.set_deals(DEALS)
    model.set_statuses([Status.PLANNING, Status.WALKED])
    assert ids(model) == [1, 3]
    model.set_statuses(None)
    model.sort(RESERVATION, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [1, 3, 2]
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [3, 1, 2]


def test_display_shows_the_walk_away_point_exactly() -> None:
    model = DealListModel()
    model.set_deals(DEALS)
    texts = [model.index(row, RESERVATION).data() for row in range(3)]
    assert any("31" in text and "000" in text and text.endswith("50 per year") for text in texts)
