"""The first-run welcome: three sentences, two ways forward, shown once per user."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from ui.settings import app_settings
from ui.shell.welcome import SEEN_KEY, WelcomeChoice, WelcomeDialog, show_welcome_once, welcome_needed


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_method_in_three_sentences(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    sentences = dialog.method_sentences()
    assert len(sentences) == 3
    text = dialog.method_label.text()
    for phrase in ("walk-away point in advance", "Watch the signals", "Walk well"):
        assert phrase in text


@pytest.mark.parametrize(
    ("button", "choice"), [("demo_button", WelcomeChoice.DEMO), ("new_plan_button", WelcomeChoice.NEW_PLAN)]
)
def test_each_button_reports_its_choice_and_is_remembered(qtbot, settings, button, choice) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[WelcomeChoice] = []
    dialog = show_welcome_once(parent, settings, chosen.append)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen == [choice])
    assert not welcome_needed(settings)
    # The next start does not show it again.
    assert show_welcome_once(parent, settings, chosen.append) is None


def test_escape_closes_it_and_counts_as_seen(qtbot, settings) -> None:
    chosen: list[WelcomeChoice] = []
    dialog = show_welcome_once(None, settings, chosen.append)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: chosen == [WelcomeChoice.CLOSED])
    assert settings.value(SEEN_KEY, type=bool) is True


def test_seen_survives_a_restart(tmp_path: Path, qtbot) -> None:
    """Written to disk, not only kept in memory: a fresh QSettings on the same file agrees."""
    first = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = show_welcome_once(None, first, lambda _choice: None)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.new_plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not welcome_needed(first))
    assert not welcome_needed(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_app_settings_follow_walkaway_home(_private_home: Path) -> None:
    settings = app_settings()
    assert Path(settings.fileName()) == _private_home / "settings.ini"
    assert welcome_needed(settings)


def test_return_opens_the_demo_plans(qtbot, settings) -> None:
    chosen: list[WelcomeChoice] = []
    dialog = show_welcome_once(None, settings, chosen.append)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.demo_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen == [WelcomeChoice.DEMO])
