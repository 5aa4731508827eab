"""The small things of issue 16, each checked on the real widgets: locked looks locked, nothing jumps,
percentages, dates, the outcome's labels, where file dialogs open, the charts, the welcome."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from followup_helpers import TODAY, walked_plan
from room_ui_helpers import demo_ids

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from planner.demo import demo_plans
from planner.model import Alternative, Plan, Reservation, Round, Side
from planner.services import reopen
from planner.store import Store
from ui.common.percent_edit import PercentEdit
from ui.editor.alternatives_model import LIKELIHOOD
from ui.room.feature import RoomFeature
from ui.room.offers_chart import OffersChart
from ui.room.rounds_section import RoundsSection
from ui.room.walk_dialog import WalkDialog
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english_numbers():
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


def _window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(PlanController(path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    return window


def _plan(**changes: object) -> Plan:
    plan = Plan(
        title="Van", counterparty="Citywide", side=Side.BUY, currency="EUR", reservation=Reservation(Decimal(18500))
    )
    for name, value in changes.items():
        setattr(plan, name, value)
    return plan


# -- locked looks locked ------------------------------------------------------------


def test_committed_fields_look_locked_and_take_no_caret(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    window.controller.select_deal(ids["committed"])
    reservation, overview = window.editor.section("reservation"), window.editor.section("overview")
    window.editor.show_section("reservation")
    for field in (reservation.amount, overview.currency):
        assert field.isReadOnly()
        assert field.focusPolicy() == Qt.FocusPolicy.NoFocus, "no caret, out of the Tab order"
        assert "Revise commitment" in field.toolTip()
        assert field.findChild(QAction, "lock_mark") is not None, "a lock at the end of the field"
        palette = field.palette()
        assert palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window), "not white"
    assert not overview.side.isEnabled() and not overview.side.itemIcon(overview.side.currentIndex()).isNull()
    conditions = reservation.conditions
    assert conditions.list.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert conditions.add_button.isHidden() and "Revise commitment" in conditions.list.toolTip()
    # A deal still being planned: the same fields are plain inputs again.
    window.controller.select_deal(ids["planning"])
    amount = reservation.amount
    assert not amount.isReadOnly() and amount.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert amount.findChild(QAction, "lock_mark") is None
    assert amount.palette().color(QPalette.ColorRole.Base) != amount.palette().color(QPalette.ColorRole.Window)
    assert conditions.add_button.isVisibleTo(conditions) and overview.side.isEnabled()


# -- nothing jumps ------------------------------------------------------------------


def test_typing_the_point_moves_nothing_below_it(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    window.controller.select_deal(ids["planning"])
    window.editor.show_section("reservation")
    qtbot.wait(50)  # the deal on screen, settled
    section = window.editor.section("reservation")
    below = section.conditions.mapTo(window, section.conditions.rect().topLeft())
    sentence_height = section.sentence.height()
    for typed in ("1", "1000000000", "123456789012.5", "95000"):
        section.amount.setText(typed)
        section.amount.commit()
        qtbot.wait(10)
        assert section.conditions.mapTo(window, section.conditions.rect().topLeft()) == below, typed
        assert section.sentence.height() == sentence_height
    # The sentence may be cut to its lines, but then it says it all on hover.
    assert section.sentence.toolTip() == section.sentence.text()


def test_logging_a_round_keeps_the_entry_row_and_its_button_in_place(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    window.findChild(RoomFeature).set_today(lambda: TODAY)
    window.controller.select_deal(ids["negotiating"])
    window.editor.show_section("rounds")
    qtbot.wait(50)
    section = window.findChild(RoundsSection)
    where = section.log_button.mapTo(window, section.log_button.rect().topLeft())
    qtbot.keyClicks(section.their_edit, "19000")
    qtbot.keyClick(section.their_edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert section.log_button.mapTo(window, section.log_button.rect().topLeft()) == where


def test_the_walk_dialog_record_button_does_not_move_when_its_text_changes(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
        plan = store.get_plan(ids["negotiating"])
    dialog = WalkDialog(plan, save=lambda _plan: None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason_edit.setPlainText("Given the price, this does not work for us.")
    width = dialog.record_button.width()
    dialog.reason_edit.setPlainText("You people wasted my time")  # advice appears: "… anyway"
    qtbot.wait(20)
    assert dialog.record_button.width() == width


# -- the small things ----------------------------------------------------------------


def test_likelihood_is_typed_and_shown_in_percent(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    window.controller.select_deal(ids["planning"])
    window.editor.show_section("alternatives")
    section = window.editor.section("alternatives")
    table = section.table
    assert "%" in section.model.headerData(LIKELIHOOD, Qt.Orientation.Horizontal)
    table.setCurrentIndex(section.model.index(0, LIKELIHOOD))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1 and isinstance(editors[0], PercentEdit)
    editor = editors[0]
    assert editor.suffix.text() == "%" and editor.suffix.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "62.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert section.model.index(0, LIKELIHOOD).data() == "62.5 %"
    assert window.controller.current_plan().alternatives[0].likelihood == Decimal("0.625")  # the file keeps 0–1


def test_an_unticked_decided_shows_no_date(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    window.controller.select_deal(ids["planning"])
    window.editor.show_section("reservation")
    section = window.editor.section("reservation")
    if section.decided.isChecked():
        section.decided.click()
    assert window.controller.current_plan().reservation.decided_at is None
    assert not section.decided_on.isVisible(), "no placeholder day such as 2000-01-01"
    section.decided.click()
    assert section.decided_on.isVisible()
    assert section.decided_on.date().toPython() == TODAY


def test_the_outcome_dialog_says_the_currency_and_full_labels(qtbot, store: Store) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.after_walk.outcome_dialog import OutcomeDialog

    deal = store.add_plan(walked_plan("Licences", None))
    plan = reopen(store, deal, at=TODAY, note="Called", today=TODAY, renewed_offer=Decimal("41000"))
    dialog = OutcomeDialog(plan, today=lambda: TODAY, save=lambda _plan: None)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "EUR" in labels, "the currency beside the agreed amount"
    form = dialog.findChild(QFormLayout)
    names = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
        for row in range(form.rowCount())
        if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
    ]
    assert all(len(name.replace("&", "")) > 3 and name.endswith(":") for name in names if name), names
    assert "Agreed" in dialog.agreed.text() and len(dialog.agreed.text()) > len("Agreed")
    dialog.amount.setText("41000")
    assert "EUR 1,000" in dialog.amount_feedback.text()


def test_file_dialogs_start_in_documents_and_remember_the_last_folder(qtbot, db_path: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.common.file_dialogs import documents_folder

    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    window.controller.select_deal(ids["planning"])
    window.file_actions.export_plan()
    dialog = window.findChild(QFileDialog, "export")
    assert Path(dialog.directory().absolutePath()) == documents_folder()
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    dialog.fileSelected.emit(str(chosen / "van.walkaway.json"))
    dialog.reject()
    window.file_actions.save_copy()
    again = window.findChild(QFileDialog, "save_copy")
    assert Path(again.directory().absolutePath()) == chosen
    again.reject()


@pytest.mark.parametrize("rounds", [0, 1], ids=["no-round", "one-round"])
def test_the_offers_chart_draws_the_lines_before_two_rounds(qtbot, rounds: int) -> None:
    plan = _plan(target=Decimal(16000), alternatives=[Alternative("Keep the old van", Decimal(17500))])
    plan.rounds = [Round(at=date(2026, 11, 1), their_offer=Decimal(19800))][:rounds]
    chart = OffersChart()
    qtbot.addWidget(chart)
    chart.load(plan)
    for name in ("Walk-away point", "Target", "Best alternative"):
        points = chart.points(name)
        assert len(points) == 2 and points[1][0] - points[0][0] >= 0.5, (name, points)


def test_the_walking_record_axis_has_sensible_ticks(qtbot, store: Store) -> None:
    from datetime import timedelta

    from ui.after_walk.walking_record_view import WalkingRecordView

    # Offers that moved 1.2 % and 1.7 % of the point: a printf axis read "0 %, 1 %, 1 %, 2 %".
    for offer in ("41500", "41300"):
        deal = store.add_plan(walked_plan(f"Deal {offer}", None, walked_days_ago=6))
        reopen(store, deal, at=TODAY - timedelta(days=2), note="Called", today=TODAY, renewed_offer=Decimal(offer))
    view = WalkingRecordView(lambda: store)
    qtbot.addWidget(view)
    assert isinstance(view.axis, QCategoryAxis)
    labels = view.axis.categoriesLabels()
    assert len(labels) == len(set(labels)) >= 3, labels
    assert labels[0] == "0 %" and all(label.endswith(" %") for label in labels)


def test_after_a_walk_the_whole_round_entry_row_is_off(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        ids = demo_ids(store)
    window = _window(qtbot, db_path)
    room = window.findChild(RoomFeature)
    room.set_today(lambda: TODAY)
    window.controller.select_deal(ids["negotiating"])
    window.editor.show_section("rounds")
    section = window.findChild(RoundsSection)
    entry = [
        w
        for w in section.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(section)
        and section.table not in (w, w.parentWidget())
        and w is not section.chart
        and w not in (section.edit_button, section.delete_button)  # corrections of logged rounds, not entry
        and not section.table.isAncestorOf(w)
        and not section.chart.isAncestorOf(w)
    ]
    assert len(entry) >= 8 and all(w.isEnabled() for w in entry)
    window.findChild(QAction, "walkAwayAction").trigger()
    dialog = window.findChild(WalkDialog)
    dialog.record_walk()
    qtbot.wait(20)
    still_on = [f"{type(w).__name__} {w.accessibleName()}" for w in entry if w.isEnabled()]
    assert not still_on, still_on
    assert section.status_label.isVisible()


def test_the_welcome_offers_the_demo_plans_only_to_an_empty_file(qtbot, db_path: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.shell.first_run import welcome_on_first_start
    from ui.shell.welcome import WelcomeDialog

    with Store(db_path) as store:
        store.add_plans(demo_plans())
    window = _window(qtbot, db_path)
    welcome_on_first_start(window, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: window.welcome is not None)
    assert window.welcome.demo_button.isHidden()
    assert window.welcome.new_plan_button.isDefault()
    window.welcome.reject()

    empty = _window(qtbot, tmp_path / "empty.walkaway")
    welcome_on_first_start(empty, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: empty.welcome is not None)
    assert isinstance(empty.welcome, WelcomeDialog) and not empty.welcome.demo_button.isHidden()
    empty.welcome.reject()
