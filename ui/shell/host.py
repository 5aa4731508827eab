"""What a window feature gets (:class:`Host`), and the one shape of a feature (:class:`Feature`).

A feature (``ui.brief``, ``ui.room``, ``ui.after_walk``) is listed in
:data:`ui.shell.features.WINDOW_FEATURES`. The window makes it once, as its child, and calls
``install(host)`` after the planning sections exist. Everything the feature adds to the window
goes through the host; it never reaches into another widget's layout, never sets attributes on
the window, and never imports another feature (``tests/test_import_graph.py``). Features that
need each other's work talk through the controller (the plan) instead.

The file may not be open when ``install`` runs (at start-up it opens right after), and it may be
read-only: an action that changes the plan is added with ``writes=True`` and the host keeps it
off while ``host.session.writable`` is false; anything else that writes follows
``host.session.writable_changed`` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from ui.session.controller import PlanController
    from ui.session.file_session import FileSession
    from ui.session.team_session import TeamSession
    from ui.tasks import Tasks


class Host(Protocol):
    """The window, as a feature sees it."""

    @property
    def session(self) -> FileSession | TeamSession:
        """The open file (or team server, ``session.team``): its state, ``writable`` and ``writable_changed``."""
        ...

    @property
    def controller(self) -> PlanController:
        """The deal on screen: read it, change it (undoably or for good), react to ``plan_changed``."""
        ...

    @property
    def tasks(self) -> Tasks:
        """The task runner: slow work off the GUI thread (``ui.tasks``)."""
        ...

    @property
    def widget(self) -> QWidget:
        """The window, as the parent of the feature's dialogs and actions."""
        ...

    def add_deal_action(self, action: QAction, *, toolbar: bool = False, writes: bool = False) -> None:
        """An action on the open deal: in the Deal menu (optionally the toolbar), on only while a deal is open.

        The feature may switch it off further (for a deal in the wrong stage) on ``plan_changed``.
        ``writes``: it changes the plan or the file, so it stays off in a window that may not write.
        """
        ...

    def add_deal_separator(self) -> None:
        """A line in the Deal menu before the feature's next actions."""
        ...

    def add_menu(self, menu: QMenu) -> None:
        """A menu of the feature's own in the menu bar (before Help)."""
        ...

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        """A section of the deal editor; ``widget.load(plan)`` is called with every new version of the plan."""
        ...

    def show_section(self, key: str) -> None:
        """Bring a section of the deal editor to the front."""
        ...

    def reveal_new_deal(self) -> None:
        """The deal just created, in view: the list's filter cleared, the keyboard in its first empty field."""
        ...

    def add_banner(self, widget: QWidget) -> None:
        """A banner above the editor's sections (the verdict, the commitment), below those added before."""
        ...

    def add_list_header(self, widget: QWidget) -> None:
        """A line above the deal list (the follow-ups due), below those added before."""
        ...

    def set_side_pane(self, widget: QWidget) -> None:
        """The right-hand pane (the brief preview); one widget, a second call replaces the first."""
        ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """A dock of the feature's own (the follow-ups and the walking record), hidden until it shows it."""
        ...

    def show_error(self, message: str) -> None:
        """A refused action or a user's mistake: one clear line, without blocking."""
        ...

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        """A passing note in the status bar (``timeout_ms`` 0: until the next one)."""
        ...


class Feature(QObject):
    """The base of a window feature: made once per window, as its child, so it lives as long.

    Subclasses set ``name`` (their object name: tests find them with ``window.findChild``) and
    build everything in :meth:`install`.
    """

    name = "feature"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.name)

    def install(self, host: Host) -> None:
        raise NotImplementedError
