"""Where the main window opens and how large: always on a screen that exists, never larger than it.

- First start: 90 % of the screen's available area (what panels and docks leave), centred.
- Later starts: the size and place saved on closing, clamped to the screen it lands on; a window
  saved on a screen that has gone (a laptop taken off its monitor) comes back on the primary screen.
  A saved size too small to work in (another scale factor shrank it) gives way to the first-start size.
- The brief preview beside the editor starts collapsed when the window is narrow, unless the user
  chose otherwise (the choice is remembered).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: The share of the available screen a first window takes.
FIRST_SHARE = 0.9
#: Below this size (logical pixels, or the screen if it is smaller) a restored window is not usable.
SMALLEST = QSize(640, 420)
#: A window narrower than this starts with the brief preview collapsed (logical pixels).
NARROW = 1400

GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
PREVIEW_KEY = "window/brief_preview"


def screen_for(rect: QRect) -> QScreen:
    """The screen that holds the centre of ``rect``, else the one it overlaps most, else the primary."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    at = QGuiApplication.screenAt(rect.center())
    if at is not None:
        return at
    overlaps = [(s.availableGeometry().intersected(rect), s) for s in QGuiApplication.screens()]
    best = max(overlaps, key=lambda pair: pair[0].width() * pair[0].height(), default=None)
    if best is not None and not best[0].isEmpty():
        return best[1]
    primary = QGuiApplication.primaryScreen()
    assert primary is not None
    return primary


def first_geometry(screen: QScreen) -> QRect:
    """90 % of ``screen``'s available area, centred on it."""
    area = screen.availableGeometry()
    size = QSize(round(area.width() * FIRST_SHARE), round(area.height() * FIRST_SHARE))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def clamped(rect: QRect, area: QRect) -> QRect:
    """``rect`` no larger than ``area`` and moved inside it."""
    size = QSize(min(rect.width(), area.width()), min(rect.height(), area.height()))
    left = min(max(rect.left(), area.left()), area.right() + 1 - size.width())
    top = min(max(rect.top(), area.top()), area.bottom() + 1 - size.height())
    return QRect(QPoint(left, top), size)


def place_window(window: QWidget, settings: QSettings) -> None:
    """Size and place ``window`` (not shown yet) from ``settings``, or for a first start."""
    saved = settings.value(GEOMETRY_KEY)
    restored = isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved)
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry() if restored else QRect()
    screen = screen_for(frame) if restored else (window.screen() or QGuiApplication.primaryScreen())
    assert screen is not None
    area = screen.availableGeometry()
    smallest = QSize(min(SMALLEST.width(), area.width()), min(SMALLEST.height(), area.height()))
    if not restored or window.width() < smallest.width() or window.height() < smallest.height():
        window.setGeometry(first_geometry(screen))
        return
    # The frame (title bar, borders) counts: the whole window has to fit in the available area.
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    outer = clamped(frame, area)
    window.setGeometry(
        QRect(
            outer.topLeft() + (window.geometry().topLeft() - frame.topLeft()),
            QSize(outer.width() - extra.width(), outer.height() - extra.height()),
        )
    )


def keep_on_screen(window: QWidget) -> None:
    """Once shown (the frame is known): move and shrink the whole window inside its screen's available area."""
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    area = screen_for(frame).availableGeometry()
    if area.contains(frame):
        return
    outer = clamped(frame, area)
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    window.resize(outer.width() - extra.width(), outer.height() - extra.height())
    window.move(outer.topLeft())


def preview_wanted(settings: QSettings, window_width: int) -> bool:
    """The user's last choice, else shown only in a wide window."""
    chosen = settings.value(PREVIEW_KEY)
    if chosen is None:
        return window_width >= NARROW
    return str(chosen).lower() in ("true", "1")


class ScreenKeeper(QObject):
    """Keeps every dialog on its screen, and lets it grow instead of squashing its fields.

    Installed once on the application (:func:`install_screen_keeper`). When a dialog shows, and
    whenever its contents ask for more room (a warning appears, a text wraps to another line), it
    grows to what its layout needs, as far as the screen's available area allows, and moves so
    that the whole of it stays on that screen. It never shrinks a dialog the user made larger.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen_keeper")
        self._pending: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.Show, QEvent.Type.LayoutRequest)
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and watched.isVisible()
            and id(watched) not in self._pending
        ):
            self._pending.add(id(watched))
            dialog = watched
            QTimer.singleShot(0, lambda: self._fit(dialog))
        return False

    def _fit(self, dialog: QDialog) -> None:
        self._pending.discard(id(dialog))
        try:
            if not dialog.isVisible():
                return
        except RuntimeError:  # deleted meanwhile
            return
        grow_to_fit(dialog)
        keep_on_screen(dialog)


def grow_to_fit(window: QWidget) -> None:
    """Grow ``window`` to the height (and width) its layout needs at its width, within its screen."""
    layout = window.layout()
    if layout is None:
        return
    frame = window.frameGeometry()
    area = screen_for(frame).availableGeometry()
    border = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = max(window.width(), window.minimumSizeHint().width())
    width = min(width, area.width() - border.width())
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    height = min(max(window.height(), needed, window.minimumSizeHint().height()), area.height() - border.height())
    if width > window.width() or height > window.height():
        window.resize(width, height)


def install_screen_keeper() -> None:
    """Once per application: every dialog stays on its screen and grows to fit (see :class:`ScreenKeeper`)."""
    app = QApplication.instance()
    if app is None or app.findChild(ScreenKeeper, "screen_keeper") is not None:
        return
    keeper = ScreenKeeper(app)
    app.installEventFilter(keeper)
