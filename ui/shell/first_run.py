"""The desktop side of the application: its icon and language, and the first-run welcome.

- ``prepare_application(app)`` (from ``ui.app.run``): the icon every window and dialog inherits,
  and the user's language.
- ``welcome_on_first_start(window)`` (from ``ui.app.run`` only, so windows made by tests or opened
  later never pop it up): the welcome, once per user.

Help > Guide (F1) is the main window's own (``MainWindow.build_sections``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.common.icons import app_icon
from ui.i18n import install_translators
from ui.settings import app_settings
from ui.shell.welcome import WelcomeChoice, show_welcome_once

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def prepare_application(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
    install_translators(app)  # parented to the app, so they live as long as it does


def welcome_choice_handler(window: MainWindow) -> Callable[[WelcomeChoice], None]:
    """Demo plans: added to the open file in one transaction; new plan: the window's own action."""

    def chosen(choice: WelcomeChoice) -> None:
        if choice is WelcomeChoice.DEMO:
            from ui.deals import actions as deal_actions

            deal_actions.add_demo_plans(window.host)
        elif choice is WelcomeChoice.NEW_PLAN:
            window.new_plan_action.trigger()

    return chosen


def welcome_on_first_start(window: MainWindow, settings: QSettings | None = None) -> None:
    """Once the window is up (so the first paint is not delayed), if this user never saw it."""

    def show() -> None:
        # A file that has deals already (opened by name, or made with `walkaway import`) is not offered the demo.
        empty = window.deal_list.model.total_count() == 0
        window.welcome = show_welcome_once(
            window, settings or app_settings(), welcome_choice_handler(window), offer_demo=empty
        )

    QTimer.singleShot(0, show)
