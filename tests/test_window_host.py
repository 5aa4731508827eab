"""Features plug in through the host only: what it offers works, and no feature touches the window itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu

from planner.demo import demo_plans
from planner.model import Plan
from planner.store import Store
from planner.store.lock import InstanceLock
from ui.after_walk.feature import FollowUpsFeature
from ui.brief.feature import BriefFeature
from ui.room.feature import RoomFeature
from ui.session.controller import PlanController
from ui.shell import features
from ui.shell.host import Feature, Host
from ui.shell.main_window import MainWindow


class ProbeSection(QLabel):
    def load(self, plan: Plan) -> None:
        self.setText(plan.title)


class ProbeFeature(Feature):
    """A feature of the tests' own, using every part of the host."""

    name = "probeFeature"

    def install(self, host: Host) -> None:
        self.host = host
        self.action = QAction("Probe the deal", host.widget)
        self.action.setObjectName("probeAction")
        host.add_deal_separator()
        host.add_deal_action(self.action, writes=True)
        self.section = ProbeSection()
        host.add_section("probe", "Probe", self.section)
        self.banner = QLabel("probe banner")
        host.add_banner(self.banner)
        self.header = QLabel("probe header")
        host.add_list_header(self.header)
        self.menu = QMenu("Probe", host.widget)
        host.add_menu(self.menu)
        self.dock = QDockWidget("Probe", host.widget)
        host.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.writable: list[bool] = []
        host.session.writable_changed.connect(self.writable.append)
        host.show_status("probe installed")


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        store.add_plans(demo_plans())
    return db_path


@pytest.fixture
def with_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "WINDOW_FEATURES", (*features.WINDOW_FEATURES, f"{__name__}:ProbeFeature"))


def _window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(PlanController(path), build_sections=False)
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    return window


def test_features_set_no_attribute_on_the_window(qtbot, demo_db: Path) -> None:
    window = _window(qtbot, demo_db)
    before = set(vars(window))
    window.build_sections()
    assert set(vars(window)) == before  # everything a feature adds went through the host
    found = [window.findChild(kind) for kind in (BriefFeature, RoomFeature, FollowUpsFeature)]
    assert all(feature is not None and feature.parent() is window for feature in found)
    assert window.features == found  # in the registry's order


def test_what_the_host_offers_lands_where_it_says(qtbot, demo_db: Path, with_probe: None) -> None:
    window = _window(qtbot, demo_db)
    window.build_sections()
    probe = window.findChild(ProbeFeature, "probeFeature")
    assert probe is not None and window.features[-1] is probe
    assert window.deal_menu.actions()[-1] is probe.action
    assert "probe" in window.editor.section_keys() and window.editor.section("probe") is probe.section
    assert window.editor.isAncestorOf(probe.banner)
    assert window.deal_list.isAncestorOf(probe.header)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert menus.index(probe.menu) == menus.index(window.help_menu) - 1  # before Help
    assert window.dockWidgetArea(probe.dock) == Qt.DockWidgetArea.BottomDockWidgetArea and probe.dock.isHidden()
    assert window.statusBar().currentMessage() == "probe installed"
    assert not probe.action.isEnabled()  # no deal open
    window.controller.select_deal(1)
    assert probe.action.isEnabled()
    assert probe.section.text() == "Senior engineer offer"  # sections load every version of the plan


def test_a_writing_action_stays_off_in_a_read_only_window(qtbot, demo_db: Path, with_probe: None) -> None:
    first = InstanceLock(demo_db)
    assert first.acquire()
    try:
        window = _window(qtbot, demo_db)
        window.build_sections()
        probe = window.findChild(ProbeFeature, "probeFeature")
        window.controller.select_deal(1)
        assert not probe.action.isEnabled()
        probe.action.setEnabled(True)  # the feature's own condition holds; the file's does not
        assert not probe.action.isEnabled()
        window.close()
    finally:
        first.release()
