"""Then-and-now, the walking record chart and the start-up notice, as widgets on real data."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from followup_helpers import TODAY, walked_plan

from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt

from planner.services import reopen
from planner.store import Store
from ui.after_walk.followup_notice import FollowUpNotice
from ui.after_walk.then_and_now import ThenAndNowView
from ui.after_walk.walking_record_view import WalkingRecordView


def test_then_and_now_view_shows_both_sides(qtbot, store: Store) -> None:
    deal = store.add_plan(walked_plan("Licences", None))
    plan = reopen(store, deal, at=TODAY, note="Called", today=TODAY, renewed_offer=Decimal("41000"))
    view = ThenAndNowView(plan)
    qtbot.addWidget(view)
    assert "EUR 42,000" in view.points.text()
    assert view.cells[("then", "offer")].text() == "EUR 46,000"
    assert view.cells[("now", "offer")].text() == "EUR 41,000"
    assert view.cells[("then", "gap")].text() == "EUR 4,000 short"
    assert view.cells[("now", "gap")].text() == "meets it, EUR 1,000 to spare"
    assert view.cells[("then", "unmet")].text() == "Price locked for 3 years"
    assert view.cells[("then", "signals")].text() == "Authority problem × 2"
    assert view.cells[("now", "signals")].text() == "none"
    assert "moved EUR 5,000 your way (11.9 %" in view.summary.text()
    assert "Now met: Price locked for 3 years." in view.summary.text()
    # The verdict every screen shows: the authority problem before the walk (2 of 2) still counts.
    assert view.verdict.text().startswith("CONSIDER WALKING: Authority problem seen 2 times")


def test_walking_record_view_chart(qtbot, store: Store) -> None:
    for offer in ("41000", "44000"):
        deal = store.add_plan(walked_plan(f"Deal {offer}", None, walked_days_ago=6))
        reopen(store, deal, at=TODAY - timedelta(days=2), note="Called", today=TODAY, renewed_offer=Decimal(offer))
    store.add_plan(walked_plan("Still walked", None))
    view = WalkingRecordView(lambda: store)
    qtbot.addWidget(view)
    assert [view.figures[k].text() for k in ("walks", "resumed", "days", "improvement")] == ["3", "2", "4", "8.4 %"]
    [series] = view.chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    bars = series.barSets()[0]
    [categories] = [a for a in view.chart.axes(Qt.Orientation.Vertical)]
    shown = dict(zip(categories.categories(), [round(bars.at(i), 1) for i in range(bars.count())], strict=True))
    assert shown == {"Deal 41000": 11.9, "Deal 44000": 4.8}
    assert categories.categories()[-1] == "Deal 41000"  # the oldest walk at the top


def test_walking_record_view_without_walks(qtbot, store: Store) -> None:
    view = WalkingRecordView(lambda: store)
    qtbot.addWidget(view)
    assert view.figures["walks"].text() == "0" and view.chart.series() == []
    assert "No walks yet" in view.note.text()


def test_notice_shows_only_when_due_and_is_not_modal(qtbot, store: Store) -> None:
    store.add_plans([walked_plan("Later", TODAY + timedelta(days=2))])
    notice = FollowUpNotice()
    qtbot.addWidget(notice)
    assert notice.check(store, TODAY) == 0 and notice.isHidden()
    store.add_plans([walked_plan("Licences", TODAY - timedelta(days=1)), walked_plan("Lease", TODAY)])
    assert notice.check(store, TODAY) == 2
    assert not notice.isHidden() and not notice.isModal()
    assert notice.text.text() == "2 follow-ups are due, 1 of them overdue: Licences, Lease."
    with qtbot.waitSignal(notice.show_requested):
        qtbot.mouseClick(notice.show_button, Qt.MouseButton.LeftButton)
    assert notice.isHidden()
