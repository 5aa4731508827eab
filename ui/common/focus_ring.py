"""A focus ring that can be seen: a rounded frame in the highlight colour around the widget with the keyboard.

Some styles (Fusion among them) draw almost nothing around a focused button, check box or list,
so someone working from the keyboard cannot tell where Tab went. One ring per window, drawn
over the focused widget (it takes no mouse clicks), follows the focus as it moves, and stays
within what is visible of the widget (a field half scrolled away gets half a ring). Focus given
by a mouse click gets no ring: the pointer already says where it is, as ``:focus-visible`` on the web.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

#: The ring's width, in logical pixels.
WIDTH = 2


class FocusRing(QWidget):
    """The ring of one window (a child of it, above everything else in it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        # Back in the window (a dialog closed): the ring goes where the keyboard is now.
        window.installEventFilter(self)
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Ring ``widget`` (``None``: no ring) and keep up with it as it and its parents move."""
        for watched in self._watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        self.target = widget
        if widget is not None:
            current: QWidget | None = widget
            while current is not None and current is not self.parentWidget():
                current.installEventFilter(self)
                self._watched.append(current)
                current = current.parentWidget()
        self.place()

    def place(self) -> None:
        target, window = self.target, self.parentWidget()
        if target is not None and not shiboken6.isValid(target):  # closed and deleted (a message box's button)
            self.target = target = None
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        corner = target.mapTo(window, visible.topLeft())
        self.setGeometry(QRect(corner, visible.size()).adjusted(-WIDTH - 1, -WIDTH - 1, WIDTH + 1, WIDTH + 1))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget():
            if event.type() == QEvent.Type.WindowActivate:
                focused = QApplication.focusWidget()
                if focused is not None and focused.window() is watched and self.target is not _ringed(focused):
                    self.follow(_ringed(focused))
            return False
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = WIDTH / 2 + 0.5
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 4, 4)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    """Move the ring of ``new``'s window to it; a click gives focus without a ring."""
    if new is None or not isinstance(new.window(), QMainWindow | QDialog):
        return  # a popup (a menu, a combo box's list) has its own highlight
    clicked = QApplication.mouseButtons() != Qt.MouseButton.NoButton
    ring_for(new).follow(None if clicked else _ringed(new))


def _ringed(widget: QWidget) -> QWidget:
    """The widget the ring goes around: a spin box or combo box, not the line edit inside it."""
    parent = widget.parentWidget()
    if parent is not None and widget.focusProxy() is None and parent.focusProxy() is widget:
        return parent
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    if parent is not None and isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


def ring_for(widget: QWidget) -> FocusRing:
    window = widget.window()
    ring = window.findChild(FocusRing, "focus_ring", Qt.FindChildOption.FindDirectChildrenOnly)
    return ring if ring is not None else FocusRing(window)


def install_focus_ring() -> None:
    """Once per application: every window shows where the keyboard focus is."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("walkaway_focus_ring"):
        return
    app.setProperty("walkaway_focus_ring", True)
    app.focusChanged.connect(_focus_changed)
