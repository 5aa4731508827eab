"""The window opens on a real file, shows the deals, and edits reach the file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from planner.demo import demo_plans
from planner.store import Store
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


def test_window_lists_deals_and_saves_an_edit(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    window = MainWindow(PlanController(db_path))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    assert window.deal_list.model.rowCount() == 6
    qtbot.mouseClick(
        window.deal_list.table.viewport(),
        Qt.MouseButton.LeftButton,
        # Deal 1 is the demo's plan still in planning: a committed plan's point is read-only.
        pos=window.deal_list.table.visualRect(
            window.deal_list.model.index(window.deal_list.model.row_of(1), 0)
        ).center(),
    )
    assert window.controller.current_id is not None
    window.editor.show_section("reservation")
    amount = window.editor.section("reservation").amount
    amount.selectAll()
    qtbot.keyClicks(amount, "77000")
    window.close()
    with Store(db_path) as store:
        assert store.get_plan(window.controller.current_id).reservation.value == Decimal("77000")
