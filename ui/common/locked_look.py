"""How a field a signed commitment locks looks: plainly read-only, with a lock, and out of the Tab order.

A locked field keeps its value readable (normal text colour, never the faint disabled grey), but
its background is the window's instead of the white of an input, a lock sits at its end, it takes
no keyboard focus (no caret invites typing) and its tooltip says how to move it: Revise commitment….
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from ui.common.action_icons import action_icon

_STATE = "walkaway_locked"


def lock_tooltip() -> str:
    return QCoreApplication.translate(
        "CommitLock", "Locked by your signed commitment: use Deal ▸ Revise commitment… to move it."
    )


def is_locked(widget: QWidget) -> bool:
    return bool(widget.property(_STATE))


class _Repaint(QObject):
    """Re-applies the locked background when the system palette switches (light ⇄ dark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            _paint(watched, is_locked(watched))
        return False


def _paint(widget: QWidget, locked: bool) -> None:
    if not locked:
        widget.setPalette(QPalette())  # back to the inherited palette
        return
    palette = QPalette(QApplication.palette(widget))
    window = palette.color(QPalette.ColorRole.Window)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Base, window)
        palette.setColor(group, QPalette.ColorRole.Button, window)
    # Locked is not disabled: the value reads as clearly as any other (a switched-off box or list
    # would otherwise draw its text in the faint disabled grey).
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)


def set_locked(widget: QWidget, locked: bool) -> None:
    """Show ``widget`` (a line edit, an amount field, a combo box or a list) as locked, or as its own self again."""
    if isinstance(widget, QComboBox):  # the lock marks the item shown, whichever it is
        for index in range(widget.count()):
            widget.setItemIcon(index, action_icon("lock") if locked and index == widget.currentIndex() else QIcon())
    if widget.property("walkaway_own_focus") is not None and is_locked(widget) == locked:
        return  # nothing changes: no repaint on every keystroke of another field
    if widget.property("walkaway_own_focus") is None:  # first time: remember the field's own ways
        widget.setProperty("walkaway_own_focus", widget.focusPolicy())
        if isinstance(widget, QAbstractItemView):
            widget.setProperty("walkaway_own_triggers", widget.editTriggers())
        widget.installEventFilter(_Repaint(widget))
    widget.setProperty(_STATE, locked)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy(widget.property("walkaway_own_focus")))
    if locked and widget.hasFocus():
        widget.clearFocus()
    if isinstance(widget, QLineEdit):
        widget.setReadOnly(locked)
        action = widget.findChild(QAction, "lock_mark")
        if locked and action is None:
            action = QAction(action_icon("lock"), "", widget)
            action.setObjectName("lock_mark")
            action.setToolTip(lock_tooltip())
            widget.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
        elif not locked and action is not None:
            widget.removeAction(action)
            action.setParent(None)  # gone at once, not at the next turn of the event loop
            action.deleteLater()
    elif isinstance(widget, QComboBox):
        widget.setEnabled(not locked)
    elif isinstance(widget, QAbstractItemView):
        own = widget.property("walkaway_own_triggers")
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if locked else own)
    _paint(widget, locked)
