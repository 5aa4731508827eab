"""The main window's side of :class:`ui.shell.host.Host`: what features are handed, and nothing more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.session.controller import PlanController
    from ui.session.file_session import FileSession
    from ui.session.team_session import TeamSession
    from ui.shell.main_window import MainWindow
    from ui.tasks import Tasks


class WindowHost:
    """Implements the host over one :class:`MainWindow` (features get this, not the window)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    @property
    def session(self) -> FileSession | TeamSession:
        return self._window.controller.session

    @property
    def controller(self) -> PlanController:
        return self._window.controller

    @property
    def tasks(self) -> Tasks:
        return self._window.controller.session.tasks

    @property
    def widget(self) -> QWidget:
        return self._window

    def add_deal_action(self, action: QAction, *, toolbar: bool = False, writes: bool = False) -> None:
        self._window.add_deal_action(action, toolbar=toolbar, writes=writes)

    def add_deal_separator(self) -> None:
        self._window.deal_menu.addSeparator()

    def add_menu(self, menu: QMenu) -> None:
        self._window.menuBar().insertMenu(self._window.help_menu.menuAction(), menu)

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        self._window.editor.add_section(key, title, widget)

    def show_section(self, key: str) -> None:
        self._window.editor.show_section(key)

    def reveal_new_deal(self) -> None:
        self._window.reveal_new_deal()

    def add_banner(self, widget: QWidget) -> None:
        self._window.editor.add_banner(widget)

    def add_list_header(self, widget: QWidget) -> None:
        self._window.deal_list.add_header(widget)

    def set_side_pane(self, widget: QWidget) -> None:
        self._window.set_side_pane(widget)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self._window.addDockWidget(area, dock)
        dock.hide()

        # On a screen too short for the window and the dock together, the dock floats beside it.
        def shown(visible: bool) -> None:
            if visible:
                self._window.layout_keeper.keep_dock_fitting(dock)

        dock.visibilityChanged.connect(shown)

    def show_error(self, message: str) -> None:
        self._window.show_error(message)

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        self._window.statusBar().showMessage(message, timeout_ms)
