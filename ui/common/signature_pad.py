"""A pad to sign on with a mouse, a pen or a finger; the result is a PNG image.

Strokes are kept as vector paths (so the pad redraws crisply at any size) and
rendered to a transparent PNG, cropped to the ink, when the signature is taken.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.common import colours

PEN_WIDTH = 2.4
#: The exported image is at most this wide: plenty for a 190 pt wide block at print resolution.
EXPORT_WIDTH = 900


class SignaturePad(QWidget):
    """Draw to sign. ``changed`` fires after every stroke and on :meth:`clear`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(260, 90)  # room for a signature; a short screen still fits the dialog
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr("Draw your signature with a mouse, pen or finger"))
        self.setToolTip(self.tr("Draw your signature here"))

    def sizeHint(self) -> QSize:
        return QSize(420, 140)

    # -- what callers use ------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def stroke_count(self) -> int:
        return len(self._strokes)

    def to_png(self) -> bytes | None:
        """The signature as a transparent PNG cropped to the ink, or None when nothing is drawn."""
        if self.is_empty():
            return None
        bounds = QRectF()
        for path in self._strokes:
            bounds = bounds.united(path.boundingRect())
        margin = PEN_WIDTH * 2
        bounds = bounds.adjusted(-margin, -margin, margin, margin)
        factor = min(3.0, EXPORT_WIDTH / max(bounds.width(), 1.0))
        size = QSize(max(1, round(bounds.width() * factor)), max(1, round(bounds.height() * factor)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Scale, then shift the ink's corner to the origin (one transform, no painter state).
        painter.setTransform(QTransform(factor, 0, 0, factor, -bounds.left() * factor, -bounds.top() * factor))
        self._paint_strokes(painter, colours.PRINT_INK)  # the brief is printed on white
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"PNG")).write(image)
        buffer.close()
        return bytes(data.data())

    # -- drawing -----------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self._current = QPainterPath(point)
        self._current.lineTo(point + QPointF(0.01, 0.01))  # a dot is a stroke too
        self._strokes.append(self._current)
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._current is not None:
            self._current.lineTo(point)
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events: they would draw the stroke twice

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        touches = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if isinstance(event, QTouchEvent) and kind in touches:
            points = event.points()
            if points:
                where = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(where)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(where)
                else:
                    self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        baseline = self.height() - 28
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self.is_empty():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(0, 0, 0, -32), Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        self._paint_strokes(painter, colours.ink(self.palette()))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _paint_strokes(self, painter: QPainter, ink: QColor) -> None:
        pen = QPen(ink, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._strokes:
            painter.drawPath(path)
