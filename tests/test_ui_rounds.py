"""The Rounds section, the verdict banner and the offers chart, driven as a user would."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from helpers import file_digest
from room_ui_helpers import TODAY, StoreRecorder, demo_ids

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.model import Status
from planner.store import Store
from ui.common.money_text import money_text
from ui.room.rounds_model import DATE, FIRST_TIME, SIGNALS, THEIR_OFFER, UNMET, RoundsModel
from ui.room.rounds_section import RoundsSection
from ui.room.verdict_banner import VerdictBanner


class Room(QWidget):
    """The banner above the section, both fed by the recorder, as the window wires them."""

    def __init__(self, recorder: StoreRecorder) -> None:
        super().__init__()
        self.banner = VerdictBanner(lambda: TODAY)
        self.section = RoundsSection(recorder.save_now, lambda: TODAY)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.section)
        recorder.listeners += [self.banner.load, self.section.load]
        self.section.round_entered.connect(self.banner.load)

    def load(self, plan) -> None:
        self.banner.load(plan)
        self.section.load(plan)


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    return demo_ids(store)


@pytest.fixture
def room(qtbot, store: Store) -> tuple[Room, StoreRecorder]:
    recorder = StoreRecorder(store)
    widget = Room(recorder)
    qtbot.addWidget(widget)
    widget.show()
    return widget, recorder


def test_rounds_model_passes_qt_model_tester(qtmodeltester, store: Store, ids: dict[str, int]) -> None:
    model = RoundsModel()
    model.set_plan(store.get_plan(ids["walked"]))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, THEIR_OFFER).data() == money_text(D("47500"), "EUR")  # in the user's locale
    assert model.index(1, UNMET).data() == "Price locked for 3 years"
    assert model.index(1, SIGNALS).data() == "Authority problem, New decision maker every call"  # one name each
    assert model.index(1, FIRST_TIME).data() == "No"
    model.set_plan(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_rounds_after_a_reopen_are_marked(store: Store, ids: dict[str, int]) -> None:
    model = RoundsModel()
    model.set_plan(store.get_plan(ids["reopened"]))
    assert model.index(2, DATE).data().endswith("↺")
    assert model.index(2, DATE).data(Qt.ItemDataRole.ToolTipRole) == "After the deal was reopened (1)"


def test_first_round_typed_with_enter_moves_to_negotiating_and_shows_the_verdict(
    qtbot, room, store: Store, ids: dict[str, int]
) -> None:
    widget, recorder = room
    deal = ids["committed"]  # buying, walk-away point USD 240,000
    widget.load(store.get_plan(deal))
    assert widget.banner.title_label.text() == "NO OFFER YET"  # nothing green before anything is judged
    qtbot.keyClicks(widget.section.their_edit, "240,000.01")
    qtbot.keyClick(widget.section.their_edit, Qt.Key.Key_Return)
    # Same event-loop turn as the key press: the verdict is there before the file is written.
    assert widget.banner.title_label.text() == "DON'T ACCEPT — COUNTER"
    assert widget.banner.headline == "Don't accept: USD 0.01 apart. Counter at or below USD 240,000."
    assert recorder.recorded == []
    qtbot.waitUntil(lambda: len(recorder.recorded) == 1)
    assert recorder.descriptions == ["Log round"]
    assert widget.banner.reasons == [
        "Their latest offer, USD 240,000.01, is USD 0.01 past your walk-away point of USD 240,000."
    ]
    assert "not a reason to accept" not in widget.banner.details_label.text()  # said beside a walk only
    stored = store.get_plan(deal)
    assert stored.status is Status.NEGOTIATING
    assert stored.rounds[-1].their_offer == D("240000.01")
    assert stored.rounds[-1].at == TODAY
    assert widget.section.model.rowCount() == 1
    assert widget.section.their_edit.text() == ""  # ready for the next round
    assert widget.section.chart.points("Their offers") == [(1.0, 240000.01)]


def test_exactly_at_the_point_proceeds(qtbot, room, store: Store, ids: dict[str, int]) -> None:
    widget, recorder = room
    widget.load(store.get_plan(ids["committed"]))
    qtbot.keyClicks(widget.section.their_edit, "240000")
    qtbot.mouseClick(widget.section.log_button, Qt.MouseButton.LeftButton)
    assert widget.banner.title_label.text() == "PROCEED"
    assert "Their latest offer is exactly at your walk-away point." in widget.banner.details_label.text()
    qtbot.waitUntil(lambda: len(recorder.recorded) == 1)


def test_a_full_round_with_conditions_signals_and_the_first_time_answer(
    qtbot, room, store: Store, ids: dict[str, int]
) -> None:
    widget, recorder = room
    deal = ids["committed"]
    widget.load(store.get_plan(deal))
    section = widget.section
    qtbot.keyClicks(section.their_edit, "235000")
    qtbot.keyClicks(section.our_edit, "210000")
    section.conditions_button.actions_list()[0].trigger()  # Five-year service included
    custom = next(a for a in section.signals_button.actions_list() if a.text() == "Delivery date keeps slipping")
    custom.trigger()
    assert section.signals_button.text() == "Signals (1)"
    section.first_time_combo.setCurrentIndex(section.first_time_combo.findData(False))
    qtbot.keyClicks(section.hours_edit, "2.5")
    qtbot.keyClicks(section.note_edit, "Site visit")
    qtbot.keyClick(section.note_edit, Qt.Key.Key_Return)
    assert widget.banner.title_label.text() == "WALK"
    assert len(widget.banner.reasons) == 3
    assert widget.banner.reasons[0] == "Not met in the latest round: Five-year service included."
    assert widget.banner.reasons[2].startswith("Delivery date keeps slipping: seen once")
    assert "not a reason to accept" in widget.banner.details_label.text()  # the sunk cost, beside a walk
    qtbot.waitUntil(lambda: len(recorder.recorded) == 1)
    logged = store.get_plan(deal).rounds[-1]
    assert logged.unmet_conditions == ["Five-year service included"]
    assert [e.label for e in logged.events] == ["Delivery date keeps slipping"]
    assert (logged.first_time_today, logged.hours, logged.note) == (False, D("2.5"), "Site visit")
    assert section.signals_button.text() == "Signals"  # reset for the next round


def test_signal_reaching_its_line_says_consider(qtbot, room, store: Store, ids: dict[str, int]) -> None:
    widget, recorder = room
    widget.load(store.get_plan(ids["negotiating"]))  # one concession demand already logged
    section = widget.section
    qtbot.keyClicks(section.their_edit, "18000")
    next(a for a in section.signals_button.actions_list() if a.data() == "unilateral_concessions").trigger()
    qtbot.keyClick(section.their_edit, Qt.Key.Key_Return)
    assert widget.banner.title_label.text() == "CONSIDER WALKING"
    assert widget.banner.reasons == ["Concessions without trades: seen 2 times; your plan set the line at 2."]
    assert widget.banner.headline == "Concessions without trades seen 2 times, your line was 2: consider walking."
    qtbot.waitUntil(lambda: len(recorder.recorded) == 1)


def test_bad_amount_is_shown_and_nothing_is_stored(
    qtbot, room, store: Store, db_path: Path, ids: dict[str, int]
) -> None:
    widget, recorder = room
    widget.load(store.get_plan(ids["negotiating"]))
    before = file_digest(db_path)
    qtbot.keyClicks(widget.section.their_edit, "about 19k")
    qtbot.keyClick(widget.section.their_edit, Qt.Key.Key_Return)
    assert widget.section.error_label.isVisible()
    assert widget.section.error_label.text() == "Their offer: 'about 19k' is not an amount: use digits only"
    assert widget.section.their_edit.text() == "about 19k"  # kept for correcting
    assert recorder.recorded == []
    assert file_digest(db_path) == before


def test_empty_round_is_refused(qtbot, room, store: Store, ids: dict[str, int]) -> None:
    widget, recorder = room
    widget.load(store.get_plan(ids["negotiating"]))
    qtbot.keyClick(widget.section.their_edit, Qt.Key.Key_Return)
    assert "an empty round" in widget.section.error_label.text()
    assert recorder.recorded == []


@pytest.mark.parametrize(
    ("status", "says"), [("planning", "Commit to your"), ("walked", "reopen it"), ("agreed", "closed")]
)
def test_rounds_cannot_be_entered_outside_the_room(
    qtbot, room, store: Store, ids: dict[str, int], status: str, says: str
) -> None:
    widget, _ = room
    widget.load(store.get_plan(ids[status]))
    assert not widget.section.log_button.isEnabled()
    assert not widget.section.their_edit.isEnabled()
    assert says in widget.section.status_label.text()
    assert widget.banner.isHidden()  # the verdict is for deals in the room


def test_reopened_deal_is_judged_on_its_renewed_rounds(qtbot, room, store: Store, ids: dict[str, int]) -> None:
    widget, recorder = room
    deal = ids["reopened"]  # selling, walk-away point GBP 3,200; renewed offer 3,350
    widget.load(store.get_plan(deal))
    assert widget.banner.title_label.text() == "PROCEED"
    qtbot.keyClicks(widget.section.their_edit, "3199.99")
    qtbot.keyClick(widget.section.their_edit, Qt.Key.Key_Return)
    # Below the point and lower than their renewed 3,350: they moved away, so consider walking.
    assert widget.banner.title_label.text() == "CONSIDER WALKING"
    qtbot.waitUntil(lambda: len(recorder.recorded) == 1)
    assert store.get_plan(deal).rounds[-1].phase == 1


def test_chart_draws_the_levels(qtbot, store: Store, ids: dict[str, int]) -> None:
    from ui.room.offers_chart import OffersChart

    chart = OffersChart()
    qtbot.addWidget(chart)
    chart.load(store.get_plan(ids["negotiating"]))
    assert chart.points("Their offers") == [(1.0, 19800.0), (2.0, 19200.0)]
    assert chart.points("Our offers") == [(1.0, 15200.0), (2.0, 16400.0)]
    assert chart.points("Walk-away point") == [(1.0, 18500.0), (2.0, 18500.0)]
    assert chart.points("Target") == [(1.0, 16000.0), (2.0, 16000.0)]
    assert chart.points("Best alternative") == [(1.0, 18700.0), (2.0, 18700.0)]
    chart.load(store.get_plan(ids["committed"]))  # no rounds yet: the levels alone
    assert chart.points("Their offers") == []
    assert len(chart.chart().axes()) == 2


def test_signals_menu_stays_open_while_ticking(qtbot, room, store: Store, ids: dict[str, int]) -> None:
    widget, _ = room
    widget.load(store.get_plan(ids["committed"]))
    button = widget.section.signals_button
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    first, second = menu.actions()[:2]
    for action in (first, second):
        centre = menu.actionGeometry(action).center()
        qtbot.mouseMove(menu, centre)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=centre)
        assert action.isChecked()
        assert menu.isVisible()
    assert button.text() == "Signals (2)"
    menu.close()


def test_the_banner_keeps_its_height_and_one_headline_while_rounds_are_entered(
    qtbot, room, store: Store, ids: dict[str, int]
) -> None:
    """Issue 15: nothing below the banner moves; the reasons are one click (or a tooltip) away."""
    widget, recorder = room
    widget.resize(900, 700)
    widget.load(store.get_plan(ids["committed"]))
    section = widget.section
    qtbot.waitExposed(widget)
    height, below = widget.banner.height(), section.y()
    seen = []
    entries = [
        ("250000", [], False),  # past the point: counter
        ("250000", ["Five-year service included"], False),  # no better, a condition unmet: consider
        ("239000", [], True),  # inside, final: proceed
        ("250000", ["Five-year service included"], True),  # past and final: walk, with three reasons
    ]
    for offer, unmet, final in entries:
        qtbot.keyClicks(section.their_edit, offer)
        for action in section.conditions_button.actions_list():
            action.setChecked(action.data() in unmet)
        section.final_check.setChecked(final)
        qtbot.keyClick(section.their_edit, Qt.Key.Key_Return)
        logged = len(seen) + 1
        qtbot.waitUntil(lambda: len(recorder.recorded) == logged)  # noqa: B023 - waited for at once
        qtbot.wait(10)
        seen.append(widget.banner.title_label.text())
        assert (widget.banner.height(), section.y()) == (height, below)
        # One headline line, cut to the width when long; the whole text in its tooltip.
        assert widget.banner.headline_label.toolTip() == widget.banner.headline
        assert widget.banner.headline_label.text().count("\n") == 0
        for reason in widget.banner.reasons:
            assert reason in widget.banner.toolTip()
    assert seen == ["DON'T ACCEPT — COUNTER", "CONSIDER WALKING", "PROCEED", "WALK"]
    assert "They called these terms final" in widget.banner.details_label.text()
    # The last row of the rounds table shows the banner's verdict.
    from ui.room.rounds_model import VERDICT

    last = section.model.rowCount() - 1
    assert section.model.index(last, VERDICT).data() == "Walk"
    assert [section.model.index(r, VERDICT).data() for r in range(4)] == [
        "Don't accept — counter",
        "Consider walking",
        "Proceed",
        "Walk",
    ]
