"""The desktop side of the application: its icon and language, Help > Guide, the first-run welcome.

- ``prepare_application(app)`` (from ``ui.app.run``): the icon every window and dialog inherits,
  and the user's language.
- ``install(window)``: a window feature (``ui.shell.features.WINDOW_FEATURES``): Help > Guide (F1).
- ``welcome_on_first_start(window)`` (from ``ui.app.run`` only, so windows made by tests or opened
  later never pop it up): the welcome, once per user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.common.icons import app_icon
from ui.i18n import install_translators
from ui.settings import app_settings
from ui.shell.guide_viewer import install_guide_action
from ui.shell.welcome import WelcomeChoice, show_welcome_once

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def prepare_application(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
    install_translators(app)  # parented to the app, so they live as long as it does


def install(window: MainWindow) -> None:
    guide = install_guide_action(window.help_menu, window)
    first = window.help_menu.actions()[0]
    if first is not guide:  # the guide comes before About
        window.help_menu.removeAction(guide)
        window.help_menu.insertAction(first, guide)
    window.guide_action = guide


def welcome_choice_handler(window: MainWindow) -> Callable[[WelcomeChoice], None]:
    """Demo plans: added to the open file in one transaction; new plan: the window's own action."""

    def chosen(choice: WelcomeChoice) -> None:
        if choice is WelcomeChoice.DEMO:
            from ui.deals import actions as deal_actions

            deal_actions.add_demo_plans(window)
        elif choice is WelcomeChoice.NEW_PLAN:
            window.new_plan_action.trigger()

    return chosen


def welcome_on_first_start(window: MainWindow, settings: QSettings | None = None) -> None:
    """Once the window is up (so the first paint is not delayed), if this user never saw it."""

    def show() -> None:
        window.welcome = show_welcome_once(window, settings or app_settings(), welcome_choice_handler(window))

    QTimer.singleShot(0, show)
