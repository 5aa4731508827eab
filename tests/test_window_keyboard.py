"""The window from the keyboard: a new plan takes the typing, the focus can be seen, one letter per Alt+ key,
every action in a menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_checks import mnemonic_clashes, mnemonic_of

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMenu, QWizard

from planner.demo import demo_plans
from planner.store import Store
from ui.common.focus_ring import FocusRing
from ui.deals.new_plan import NewPlanDialog
from ui.deals.quick_plan import QuickPlanWizard
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path: Path) -> MainWindow:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    made = MainWindow(PlanController(db_path))
    qtbot.addWidget(made)
    made.refresh_deal_list()
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def test_new_plan_clears_the_filter_and_types_into_the_new_deal(qtbot, window: MainWindow) -> None:
    window.deal_list.search.setFocus()
    # A search the new deal matches: nothing hides it, yet the list should show every deal again.
    qtbot.keyClicks(window.deal_list.search, "remodel")
    window.deal_list.status_filter.setCurrentIndex(1)  # open deals only
    window.new_plan_action.trigger()
    dialog = window.findChild(NewPlanDialog, "new_plan_dialog")
    qtbot.keyClicks(dialog.title, "Kitchen remodel")
    qtbot.keyClicks(dialog.amount, "30000")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    new_id = window.controller.current_id
    assert window.deal_list.search.text() == "" and window.deal_list.status_filter.currentIndex() == 0
    assert window.deal_list.model.row_of(new_id) is not None, "the new deal shows in the list"
    assert window.deal_list.selected_id() == new_id
    overview = window.editor.section("overview")
    # The first empty field of the new plan: the counterparty (title, side and currency are filled).
    qtbot.waitUntil(lambda: overview.counterparty.hasFocus())
    qtbot.keyClicks(window.focusWidget(), "Hansen Builders")
    assert window.controller.current_plan().counterparty == "Hansen Builders"
    assert window.deal_list.search.text() == ""


def test_quick_plan_also_puts_the_keyboard_in_the_new_deal(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.deal_list.search, "nothing matches this")
    window.quick_plan_action.trigger()
    wizard = window.findChild(QuickPlanWizard, "quick_plan_wizard")
    qtbot.keyClicks(wizard.deal.title_edit, "Supplier renewal")
    wizard.next()
    qtbot.keyClicks(wizard.reservation.amount, "48500")
    for _step in range(3):
        wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert window.deal_list.search.text() == ""
    assert window.deal_list.model.row_of(window.controller.current_id) is not None
    focused = window.focusWidget()
    assert isinstance(focused, QLineEdit) and focused is not window.deal_list.search
    assert window.editor.isAncestorOf(focused) and focused.text() == ""


def test_the_keyboard_focus_has_a_ring_that_can_be_seen(qtbot, window: MainWindow) -> None:
    window.controller.select_deal(window.controller.deal_summaries()[-1].id)  # the plan still being planned
    window.editor.show_section("alternatives")
    button = window.editor.section("alternatives").add_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    ring = window.findChild(FocusRing, "focus_ring")
    assert ring is not None and ring.isVisible() and ring.target is button
    assert ring.geometry().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))
    # Drawn in the highlight colour, on the window's own picture of itself.
    image = window.grab().toImage()
    ratio = window.devicePixelRatioF()
    top_middle = (ring.geometry().center().x(), ring.geometry().top() + 2)
    pixel = QColor(image.pixel(round(top_middle[0] * ratio), round(top_middle[1] * ratio)))
    highlight = window.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert abs(pixel.hue() - highlight.hue()) <= 12 and pixel.saturation() > 60, pixel.name()
    # A click gives focus without a ring: the pointer already says where it is.
    qtbot.mouseClick(window.deal_list.search, Qt.MouseButton.LeftButton)
    assert not ring.isVisible()


def test_no_menu_asks_for_one_letter_twice(window: MainWindow) -> None:
    window.controller.select_deal(window.controller.deal_summaries()[0].id)
    assert not mnemonic_clashes(window)
    menus = [menu for menu in window.findChildren(QMenu) if menu.actions()]
    assert len(menus) >= 6
    for menu in menus:
        letters = [mnemonic_of(a.text()) for a in menu.actions() if not a.isSeparator() and mnemonic_of(a.text())]
        assert len(letters) == len(set(letters)), f"{menu.title()}: {[a.text() for a in menu.actions()]}"


def test_the_old_clashes_are_gone(qtbot, window: MainWindow) -> None:
    """Alt+D was &Door and the &Deal menu in the window; Alt+N Co&nditions and &Next in the quick plan."""
    window.controller.select_deal(window.controller.deal_summaries()[0].id)
    window.editor.show_section("script")
    script = [label.text() for label in window.editor.section("script").findChildren(QLabel) if label.buddy()]
    assert not {mnemonic_of(text) for text in script} & {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    window.quick_plan_action.trigger()
    wizard = window.findChild(QuickPlanWizard, "quick_plan_wizard")
    qtbot.keyClicks(wizard.deal.title_edit, "Supplier renewal")
    wizard.next()
    assert not mnemonic_clashes(wizard)
    wizard.reject()


def test_every_action_is_in_a_menu_with_a_letter(window: MainWindow) -> None:
    """Each of the window's actions can be reached from the keyboard: it is in a menu, and has an Alt+ letter
    there or a shortcut of its own."""
    in_menus = {action for menu in window.findChildren(QMenu) for action in menu.actions()}
    unreachable = [
        action.text()
        for action in window.findChildren(QAction)
        if action.text()
        and not action.isSeparator()
        and action.parent() is window
        and (action not in in_menus or (mnemonic_of(action.text()) is None and action.shortcut().isEmpty()))
    ]
    assert not unreachable, unreachable
