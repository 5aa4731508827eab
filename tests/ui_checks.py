"""Checks a screen must pass, shared by the window tests: mnemonics, cut labels, scroll bars, the screen.

Each takes a top-level widget (the main window, a dialog) as it is on screen now, and returns what
is wrong as readable lines (empty: all is well), so a failing test says exactly where to look.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    """The Alt+ letter a text asks for (``Co&nditions`` → ``n``); ``&&`` is a literal ampersand."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) if widget is not window else True


def mnemonics(window: QWidget, *, hidden_too: bool = False) -> dict[str, list[str]]:
    """Every Alt+letter that works in ``window`` as it is now, with what it reaches.

    ``hidden_too``: also what is hidden (the other pages of a wizard), so that a letter stays one
    key whichever page shows.
    """
    found: dict[str, list[str]] = {}

    def add(text: str, where: str) -> None:
        letter = mnemonic_of(text)
        if letter:
            found.setdefault(letter, []).append(f"{where} {text!r}")

    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not (hidden_too or _shown(widget, window)):
            continue  # another window's (a dialog parented here), or hidden (another page, a closed menu)
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None:
            if type(widget.parentWidget()).__name__ == "QToolBar":
                continue  # a toolbar's buttons show their action's text without a shortcut
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    return found


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    """The letters of one menu's items (a menu is a scope of its own: its letters work while it is open)."""
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            letter = mnemonic_of(action.text())
            if letter:
                found.setdefault(letter, []).append(f"item {action.text()!r}")
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Letters that two things of one scope ask for: the window as shown (a dialog: with its hidden
    parts too, such as a wizard's other pages), and each of its menus."""
    from PySide6.QtWidgets import QDialog

    scopes = [("", mnemonics(window, hidden_too=isinstance(window, QDialog)))]
    scopes += [(f"menu {m.title()!r}: ", menu_mnemonics(m)) for m in window.findChildren(QMenu) if m.window() is m]
    return [
        f"{scope}Alt+{letter.upper()}: " + ", ".join(where)
        for scope, found in scopes
        for letter, where in found.items()
        if len(where) > 1
    ]


def cut_labels(window: QWidget) -> list[str]:
    """Visible labels whose text does not fit them, unless they elide on purpose and say it all in a tooltip."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text().strip():
            continue
        if label.toolTip().strip() and (label.toolTip() == label.text() or getattr(label, "elided", None)):
            continue  # cut on purpose, the whole text on hover (ui.common.lines_label)
        rect = label.contentsRect()
        margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
        width, height = rect.width() - margin, rect.height() - label.margin() * 2
        if width <= 0 or height <= 0:
            problems.append(f"{_name(label)}: no room at all for {label.text()[:60]!r}")
            continue
        needed_width, needed_height = _needed(label, width)
        if needed_width > width + 1 or needed_height > height + 1:
            problems.append(
                f"{_name(label)}: {label.text()[:60]!r} needs {needed_width}×{needed_height}, has {width}×{height}"
            )
    return problems


def _needed(label: QLabel, width: int) -> tuple[int, int]:
    text = label.text()
    metrics = QFontMetrics(label.font())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(width)
            return 0, round(document.size().height())
        return round(document.idealWidth()), round(document.size().height())
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&") if label.buddy() else text
    if label.wordWrap():
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), shown)
        return 0, box.height()
    lines = shown.split("\n")
    height = metrics.lineSpacing() * len(lines) - metrics.leading()
    return max(metrics.horizontalAdvance(line) for line in lines), height


def horizontal_scrolling(widget: QWidget) -> list[str]:
    """Scroll areas under ``widget`` whose content is wider than their view (something is cut or scrolls sideways)."""
    problems = []
    for area in widget.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(widget.window()):
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0 and (bar.isVisible() or isinstance(area, QScrollArea)):
            problems.append(f"{_name(area)}: scrolls {bar.maximum()} px sideways")
    return problems


def columns_out_of_sight(top: QWidget) -> list[str]:
    """Tables whose columns run past the view's right edge where no scroll bar can bring them back."""
    from PySide6.QtWidgets import QTableView

    problems = []
    for table in top.findChildren(QTableView):
        if not table.isVisibleTo(top) or table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        length = table.horizontalHeader().length()
        if length > table.viewport().width() + 1:
            problems.append(f"{_name(table)}: columns {length} px wide in a view of {table.viewport().width()} px")
    return problems


def off_screen(window: QWidget) -> list[str]:
    """The window's frame outside its screen's available area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    return [] if area.contains(frame) else [f"{_name(window)} {frame} is not inside the screen's {area}"]


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        parts.append(current.objectName() or current.accessibleName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(parts)


def _not_a_field(widget: QWidget, top: QWidget) -> bool:
    """A list that only shows or chooses, a text to read (the guide), a file dialog's own views."""
    from PySide6.QtWidgets import QAbstractItemView, QTextEdit

    if isinstance(widget, QTextEdit):
        return widget.isReadOnly()
    if isinstance(widget, QAbstractItemView):
        no_edit = widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        return no_edit or type(top).__name__ == "QFileDialog"
    return False


def fields_without_tooltip(top: QWidget) -> list[str]:
    """Visible form fields (inputs, editable lists, check boxes, radio buttons) that do not say what goes in them."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    fields = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget, QAbstractButton):
            if not widget.isCheckable() or type(widget.parentWidget()).__name__ == "QToolBar":
                continue
        elif not isinstance(widget, fields) or _not_a_field(widget, top):
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not top:
            if isinstance(parent, QComboBox | QAbstractSpinBox):
                inside = True  # the line edit of a spin box, a combo box's list: parts of one field
            parent = parent.parentWidget()
        if not inside and not widget.toolTip().strip():
            missing.append(f"{_name(widget)} ({type(widget).__name__})")
    return missing
