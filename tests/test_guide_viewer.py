"""Help > Guide: the bundled guide opens offline and its links work."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.shell.guide_viewer import GuideViewer, guide_path, install_guide_action


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("name"):
            self.names.add(values["name"])
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])


def test_guide_is_bundled_and_its_internal_links_resolve() -> None:
    parser = _Anchors()
    parser.feed(guide_path().read_text(encoding="utf-8"))
    internal = [link[1:] for link in parser.links if link.startswith("#")]
    assert internal, "the guide has a table of contents"
    assert set(internal) <= parser.names
    # Offline: nothing is fetched from the network.
    assert not re.search(r"""(src|href)=["']https?:""", guide_path().read_text(encoding="utf-8"))


def test_viewer_shows_the_guide_and_follows_a_section_link(qtbot) -> None:
    viewer = GuideViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert "Walkaway guide" in viewer.browser.toPlainText()
    assert "Watch the signals" in viewer.browser.toPlainText()
    assert not viewer.back_button.isEnabled()

    viewer.browser.setSource(viewer.browser.source().resolved("#keys"))
    qtbot.waitUntil(viewer.back_button.isEnabled)
    assert viewer.browser.source().fragment() == "keys"
    qtbot.mouseClick(viewer.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.browser.source().fragment() == "")


def test_missing_guide_says_so(qtbot, tmp_path: Path) -> None:
    viewer = GuideViewer(guide=tmp_path / "nowhere.html")
    qtbot.addWidget(viewer)
    assert "could not be found" in viewer.browser.toPlainText()
    assert str(tmp_path / "nowhere.html") in viewer.browser.toPlainText()


def test_help_menu_entry_opens_one_viewer_with_f1(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    help_menu = window.menuBar().addMenu("&Help")
    action = install_guide_action(help_menu, window)
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action in help_menu.actions()
    window.show()
    qtbot.waitExposed(window)

    action.trigger()
    viewers = [w for w in window.findChildren(GuideViewer) if w.isVisible()]
    assert len(viewers) == 1
    action.trigger()
    assert len(window.findChildren(GuideViewer)) == 1
