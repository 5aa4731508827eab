"""The main window's size, place and panes: restored from the settings, kept on the screen, saved on closing.

:mod:`ui.shell.window_geometry` holds the rules (90 % of the screen at first, clamped later, the
preview folded away in a narrow window); this applies them to one :class:`MainWindow`:

- the splitter: restored as the user left it, else the list as wide as its columns want (as far as
  the editor's room allows) and, once the preview shows, a quarter of the window for it;
- the whole window kept inside its screen once it shows (the frame is known then);
- a dock that would push the window past a short screen floats instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget

from ui.settings import app_settings
from ui.shell.window_geometry import GEOMETRY_KEY, SPLITTER_KEY, keep_on_screen, place_window, screen_for

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

#: The width the editor's sections need (logical pixels), before they are built.
EDITOR_ROOM = 560


class WindowLayout(QObject):
    """Made by the main window, as its child."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.splitter_restored = False
        self._panes_sized = False
        self._placed = False
        self._keeping = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A pane shown or a dock docked may make the window grow past its screen: back inside it.
        if watched is self.window and event.type() == QEvent.Type.Resize and self._placed and not self._keeping:
            self._keeping = True
            QTimer.singleShot(0, self._keep)
        return False

    def _keep(self) -> None:
        self._keeping = False
        keep_on_screen(self.window)

    def restore(self) -> None:
        window, settings = self.window, app_settings()
        place_window(window, settings)  # on a screen that exists, no larger than it
        saved = settings.value(SPLITTER_KEY)
        restored = isinstance(saved, QByteArray) and not saved.isEmpty() and window.splitter.restoreState(saved)
        self._panes_sized = self.splitter_restored = restored
        if not restored:
            self.size_panes()

    def save(self) -> None:
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(SPLITTER_KEY, self.window.splitter.saveState())

    def size_panes(self) -> None:
        """The list as wide as its columns want, the editor the rest; the preview, when it shows, a quarter."""
        window = self.window
        width = max(window.width() - 16, 600)
        preview = round(width * 0.27) if not window.side_pane_host.isHidden() else 0
        # The editor's sections are built after the first paint; until then, what they will need.
        editor = max(window.editor_stack.minimumSizeHint().width(), EDITOR_ROOM)
        columns = window.deal_list.columns
        wanted = window.deal_list.preferred_width() if columns.natural else round(width * 0.4)
        listed = max(min(wanted, width - editor - preview), round(width * 0.25))
        window.splitter.setSizes([listed, width - listed - preview, preview])

    def deals_listed(self, count: int) -> None:
        """The first time there are deals (their columns measured), size the panes by them."""
        if count and not self._panes_sized:
            self._panes_sized = True
            self.size_panes()

    def side_pane_set(self) -> None:
        if not self.splitter_restored:
            self.size_panes()

    def sections_built(self) -> None:
        """The editor's sections are in: the window is made as large as they need now (within its screen),
        not at the first keystroke, when a relayout would make everything jump."""
        window = self.window
        layout = window.layout()
        if layout is not None:
            layout.activate()
        needed = window.size().expandedTo(window.minimumSizeHint())
        if needed != window.size():
            window.resize(needed)
        if self._placed:
            keep_on_screen(window)

    def shown(self) -> None:
        if not self._placed:  # the frame is known once shown: the whole window stays on its screen
            self._placed = True
            QTimer.singleShot(0, lambda: keep_on_screen(self.window))

    def keep_dock_fitting(self, dock: QDockWidget) -> None:
        """A dock that would leave the editor too little height on this screen floats instead, beside it."""
        window = self.window

        def check() -> None:
            if dock.isFloating() or not dock.isVisible():
                return
            frame = window.frameGeometry()
            area = screen_for(frame).availableGeometry()
            chrome = frame.height() - window.height() + window.menuBar().height() + window.statusBar().height()
            # The editor keeps the height it asks for (its banners and a few fields), the dock its least.
            central = max(window.pages.minimumSizeHint().height(), window.editor.sizeHint().height())
            needed = chrome + central + dock.minimumSizeHint().height() + 60  # 60: the toolbar
            if needed <= area.height():
                return
            dock.setFloating(True)
            dock.resize(min(dock.sizeHint().width(), area.width()), min(dock.sizeHint().height(), area.height() // 2))
            dock.move(area.left() + (area.width() - dock.width()) // 2, area.bottom() - dock.height())

            # Once the layouts have settled (the window's least height is smaller without the dock):
            def settle() -> None:
                keep_on_screen(window)
                keep_on_screen(dock)

            QTimer.singleShot(0, settle)

        QTimer.singleShot(0, check)
