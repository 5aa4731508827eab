"""Table columns that share the view's width by importance: the main column gets the space, the others give way.

Qt's own modes are all or nothing: ``Stretch`` splits the width evenly (the deal list showed "De…"
and "Cit…" while the walk-away point had room to spare), ``ResizeToContents`` reads every cell on
every change and pushes the table wider than the view. Here each column is measured once when
the rows change (a sample of them), then fitted whenever the view's width changes:

1. every column at its natural width (its widest text, or its header) if they all fit;
2. else the columns in ``give_way`` shrink, in that order, down to their floor (their header's
   width, or ``floor``), and their texts end in "…" (the full text is in the cell's tooltip);
3. the ``main`` column takes what is left: it is cut last;
4. on a very narrow view, the others give way further, below their headers' width, so that no
   column is pushed out of sight.

A hidden column (``view.setColumnHidden``: the rounds' Package column for a plan without one)
takes no width and leaves no gap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

#: Room for the sort arrow beside a header's text.
HEADER_EXTRA = 18
#: Room around a cell's text (the style's margins and the focus frame).
CELL_EXTRA = 14


class ColumnFitter(QObject):
    """Fits ``view``'s columns to its width; call :meth:`measure` when the rows change."""

    def __init__(
        self,
        view: QTableView,
        *,
        main: int,
        give_way: Iterable[int],
        floors: Mapping[int, int] | None = None,
        keep_text: Iterable[int] = (),
        squeeze: Iterable[int] | None = None,
        sample: int = 200,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.main = main
        self.give_way = tuple(give_way)
        self.floors = dict(floors or {})
        #: Columns whose cells are never cut (dates, amounts): only their header may end in "…".
        self.keep_text = frozenset(keep_text)
        #: On a very narrow view, the order the columns give way further (below their headers, their texts).
        self.squeeze = tuple(squeeze) if squeeze is not None else self.give_way
        self.sample = sample
        self.natural: list[int] = []
        self.headers: list[int] = []
        self.contents: list[int] = []
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths come from fit()
        header.setMinimumSectionSize(16)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Unmet cond…", never "t cond"
        view.viewport().installEventFilter(self)

    def measure(self) -> None:
        """Natural widths: the widest text of each column among the first ``sample`` rows, and its header."""
        model = self.view.model()
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        rows = min(model.rowCount(), self.sample)
        self.headers, self.natural, self.contents = [], [], []
        for column in range(model.columnCount()):
            if self.view.isColumnHidden(column):  # a column that means nothing for these rows takes no room
                self.headers.append(0)
                self.contents.append(0)
                self.natural.append(0)
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            head = header_metrics.horizontalAdvance(str(title or "")) + HEADER_EXTRA
            widest = 0
            for row in range(rows):
                text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if text:
                    widest = max(widest, metrics.horizontalAdvance(str(text)) + CELL_EXTRA)
            self.headers.append(head)
            self.contents.append(widest)
            self.natural.append(max(head, widest))
        self.fit()

    def preferred_width(self) -> int:
        """The table's width with every column whole (frame and scroll bar included)."""
        view = self.view
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        vertical = view.verticalHeader().sizeHint().width() if view.verticalHeader().isVisible() else 0
        return sum(self.natural) + frame + vertical

    def main_whole_width(self) -> int:
        """The table's width with the main column whole and the others given way to their floors."""
        view = self.view
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        vertical = view.verticalHeader().sizeHint().width() if view.verticalHeader().isVisible() else 0
        widths = [
            self.natural[c]
            if c == self.main or c not in self.give_way
            else min(self.natural[c], self.contents[c] if c in self.keep_text else self.floors.get(c, self.headers[c]))
            for c in range(len(self.natural))
        ]
        return sum(widths) + frame + vertical

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit()
        return False

    def fit(self) -> None:
        available = self.view.viewport().width()
        if available <= 0 or not self.natural:
            return
        header = self.view.horizontalHeader()
        smallest = header.minimumSectionSize()
        widths = list(self.natural)
        main_floor = max(self.floors.get(self.main, 48), smallest)
        for column in self.give_way:
            excess = sum(widths) - available  # the main column at its natural width: the others give way first
            if excess <= 0:
                break
            floor = self.contents[column] if column in self.keep_text else self.floors.get(column, self.headers[column])
            widths[column] = max(min(max(floor, smallest), widths[column]), widths[column] - excess)
        others = sum(w for c, w in enumerate(widths) if c != self.main)
        room = available - others
        if room < main_floor * 2:
            # Still too narrow (a small screen at 200 %): the main column keeps a little more than its least,
            # and the others give way further, below their headers' width (the headers end in "…" too).
            for column in self.squeeze:
                excess = others + main_floor * 2 - available
                if excess <= 0:
                    break
                cut = min(excess, widths[column] - smallest)
                if cut > 0:
                    widths[column] -= cut
                    others -= cut
        widths[self.main] = max(available - others, main_floor)
        for column, width in enumerate(widths):
            if self.view.isColumnHidden(column):
                continue
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
