"""The welcome, Help > Guide and the icon, plugged into the real window on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from planner.store import Store
from ui.session.controller import PlanController
from ui.shell.first_run import prepare_application, welcome_on_first_start
from ui.shell.guide_viewer import GuideViewer
from ui.shell.main_window import MainWindow
from ui.shell.welcome import WelcomeDialog, welcome_needed


@pytest.fixture
def window(qtbot, db_path: Path) -> MainWindow:
    controller = PlanController(db_path)
    made = MainWindow(controller)
    qtbot.addWidget(made)
    made.refresh_deal_list()
    controller.open_store()
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _welcome(qtbot, window: MainWindow, settings: QSettings) -> WelcomeDialog:
    welcome_on_first_start(window, settings)
    qtbot.waitUntil(lambda: getattr(window, "welcome", None) is not None and window.welcome.isVisible())
    return window.welcome


def test_help_menu_starts_with_the_guide_on_f1(qtbot, window: MainWindow) -> None:
    guide = window.help_menu.actions()[0]
    assert guide is window.guide_action
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide.trigger()
    qtbot.waitUntil(lambda: any(v.isVisible() for v in window.findChildren(GuideViewer)))


def test_welcome_demo_fills_the_file_and_the_list(qtbot, window: MainWindow, settings, db_path: Path) -> None:
    welcome = _welcome(qtbot, window, settings)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.deal_list.model.rowCount() == 6)
    with Store(db_path) as store:
        assert store.count_deals() == 6
    assert not welcome_needed(settings)


def test_welcome_new_plan_opens_the_new_plan_dialog(qtbot, window: MainWindow, settings) -> None:
    welcome = _welcome(qtbot, window, settings)
    qtbot.mouseClick(welcome.new_plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "new_plan_dialog") is not None)
    assert window.findChild(QDialog, "new_plan_dialog").isVisible()


def test_welcome_only_once(qtbot, window: MainWindow, settings) -> None:
    welcome = _welcome(qtbot, window, settings)
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not welcome_needed(settings))
    window.welcome = None
    welcome_on_first_start(window, settings)
    QApplication.processEvents()  # runs the deferred check (a zero timer)
    assert window.welcome is None


def test_the_application_carries_the_icon(qtbot) -> None:
    app = QApplication.instance()
    prepare_application(app)
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
