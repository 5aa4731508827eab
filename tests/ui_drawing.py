"""Drawing on widgets in tests as a user does: press, drag, release."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag(widget: QWidget, points: list[tuple[int, int]], qtbot) -> None:
    """A left-button stroke through ``points`` (widget coordinates)."""
    first = QPoint(*points[0])
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=first)
    for x, y in points[1:]:
        local = QPointF(x, y)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            local,
            widget.mapToGlobal(local),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def signature(widget: QWidget, qtbot) -> None:
    drag(widget, [(20, 80), (60, 30), (100, 90), (140, 30), (180, 85), (230, 50)], qtbot)
