"""The right-hand pane of the main window (the brief preview), and View › Brief Preview that folds it away.

The pane is empty and hidden until a feature puts a widget in it (``Host.set_side_pane``). Whether it
shows is the user's choice, remembered in the settings; before any choice, it starts folded away in a
narrow window (``ui.shell.window_geometry.preview_wanted``), so the editor keeps its width.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.shell.window_geometry import PREVIEW_KEY, keep_on_screen, preview_wanted, screen_for


class SidePane(QWidget):
    """Holds one widget; :attr:`toggle_action` shows or hides it and remembers the choice."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side_pane")
        self._settings = settings
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.widget: QWidget | None = None
        self.toggle_action = QAction(self.tr("&Brief Preview"), self)
        self.toggle_action.setObjectName("toggle_brief_preview")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence("F9"))
        self.toggle_action.setToolTip(self.tr("Show or hide the brief beside the plan (F9)"))
        self.toggle_action.setStatusTip(self.tr("Show or hide the brief beside the plan"))
        self.toggle_action.setEnabled(False)  # until there is something to show
        self.toggle_action.toggled.connect(self._toggled)
        self.hide()

    def set_widget(self, widget: QWidget, window_width: int) -> None:
        """Put ``widget`` in the pane (a second call replaces the first); shown as the user last chose."""
        while (item := self._layout.takeAt(0)) is not None:
            old = item.widget()
            if old is not None:
                old.setParent(None)
        self._layout.addWidget(widget)
        self.widget = widget
        self.toggle_action.setEnabled(True)
        wanted = preview_wanted(self._settings, window_width)
        self.toggle_action.blockSignals(True)  # the starting state is not a choice to remember
        self.toggle_action.setChecked(wanted)
        self.toggle_action.blockSignals(False)
        if wanted:
            self.make_room()
        self.setVisible(wanted)

    def make_room(self) -> None:
        """Before showing: a window already as wide as its screen lets the preview start narrower than
        it would like (down to nothing), instead of growing past the screen's edge."""
        if self.widget is None:
            return
        own = self.widget.property("walkaway_own_min_width")
        if own is None:
            own = self.widget.minimumWidth()
            self.widget.setProperty("walkaway_own_min_width", own)
        window = self.window()
        area = screen_for(window.frameGeometry()).availableGeometry()
        border = window.frameGeometry().width() - window.width()
        room = area.width() - border - window.minimumSizeHint().width() - 8  # 8: the splitter's handle
        self.widget.setMinimumWidth(max(0, min(int(own), room)))

    def _toggled(self, shown: bool) -> None:
        if shown:
            self.make_room()
        self.setVisible(shown and self.widget is not None)
        self._settings.setValue(PREVIEW_KEY, shown)
        if shown:  # the window may have grown to make room: it stays on its screen
            window = self.window()
            QTimer.singleShot(0, lambda: keep_on_screen(window))
