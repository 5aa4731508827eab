"""A label that always takes the same number of lines, so that nothing below it moves as its text changes.

Live feedback ("In words: …", the zone of agreement, a warning) changes with every keystroke; a
word-wrapped ``QLabel`` would grow and shrink by a line now and then, and the fields under it jump
under the user's pointer. This one wraps its text into exactly ``lines`` lines of height; a text
that needs more is cut at the end of the last line with "…", and its tooltip always holds the
whole text (so the cut is on purpose, and nothing is lost).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class LinesLabel(QLabel):
    """Plain text in a fixed number of lines; ``elided()`` says whether the last line was cut."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_height()

    @property
    def lines(self) -> int:
        return self._lines

    def setText(self, text: str) -> None:  # Qt override: the tooltip follows the text
        super().setText(text)
        self.setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: a new font changes the height
        super().changeEvent(event)
        self._update_height()

    def _update_height(self) -> None:
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins()
        height = round(metrics.lineSpacing() * self._lines) + margins.top() + margins.bottom() + 2
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def hasHeightForWidth(self) -> bool:  # the height never depends on the width
        return False

    def minimumSizeHint(self) -> QSize:
        return QSize(round(QFontMetricsF(self.font()).averageCharWidth() * 12), self.height())

    def sizeHint(self) -> QSize:
        return QSize(round(QFontMetricsF(self.font()).averageCharWidth() * 40), self.height())

    def _layout(self, width: float) -> tuple[list[str], bool]:
        """The text broken into at most ``lines`` lines of ``width``; True when it had to be cut."""
        metrics = QFontMetricsF(self.font())
        lines: list[tuple[str, int]] = []  # (paragraph, where the line starts in it)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in self.text().split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                lines.append((paragraph[line.textStart() : line.textStart() + line.textLength()], line.textStart()))
            layout.endLayout()
        if len(lines) <= self._lines:
            return [text.rstrip() for text, _start in lines], False
        shown = [text.rstrip() for text, _start in lines[: self._lines - 1]]
        rest = " ".join(text for text, _start in lines[self._lines - 1 :])
        shown.append(metrics.elidedText(" ".join(rest.split()), Qt.TextElideMode.ElideRight, width))
        return shown, True

    def elided(self) -> bool:
        return self._layout(max(1.0, self.contentsRect().width()))[1]

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = QFontMetricsF(self.font())
        y = rect.top() + metrics.ascent()
        for text in self._layout(max(1.0, rect.width()))[0]:
            painter.drawText(QPointF(rect.left(), y), text)
            y += metrics.lineSpacing()
