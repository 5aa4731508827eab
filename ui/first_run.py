"""Help > Guide in every window, and the welcome on the very first start.

``install(window)`` is a window feature (listed in ``ui.features.WINDOW_FEATURES``).
``welcome_on_first_start(window)`` is called by ``ui.app.run`` only, so windows made in
tests or opened later never pop the welcome up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from ui.guide_viewer import install_guide_action
from ui.settings import app_settings
from ui.welcome import WelcomeChoice, WelcomeDialog, show_welcome_once

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    guide = install_guide_action(window.help_menu, window)
    first = window.help_menu.actions()[0]
    if first is not guide:  # the guide comes before About
        window.help_menu.removeAction(guide)
        window.help_menu.insertAction(first, guide)
    window.guide_action = guide


def welcome_on_first_start(window: MainWindow, settings: QSettings | None = None) -> WelcomeDialog | None:
    def chosen(choice: WelcomeChoice) -> None:
        if choice is WelcomeChoice.DEMO:
            from ui import deal_actions

            deal_actions.add_demo_plans(window)
        elif choice is WelcomeChoice.NEW_PLAN:
            window.new_plan_action.trigger()

    return show_welcome_once(window, settings or app_settings(), chosen)
