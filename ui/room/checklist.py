"""A drop-down of checkable items (unmet conditions, signals) for the round entry and the round editor."""

from __future__ import annotations

from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """Ticking one item with the mouse leaves the menu open for the next."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ChecklistButton(QToolButton):
    """A drop-down of checkable items (conditions, signals) that keeps its menu open while ticking."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(_StayOpenMenu(self))
        self.setText(caption)

    def set_items(self, items: list[tuple[str, object]]) -> None:
        # Called on every edit of the plan: rebuild the menu only when its items changed.
        # A condition may hold "&" ("R&D budget"): doubled, it shows as written and is no Alt+ letter.
        items = [(text.replace("&", "&&"), data) for text, data in items]
        if [(a.text(), a.data()) for a in self.actions_list()] == items:
            return
        menu = self.menu()
        menu.clear()
        for text, data in items:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setData(data)
            action.toggled.connect(self._update_caption)
            menu.addAction(action)
        self.setEnabled(bool(items))
        self._update_caption()

    def actions_list(self) -> list[QAction]:
        return list(self.menu().actions())

    def checked(self) -> list[object]:
        return [a.data() for a in self.actions_list() if a.isChecked()]

    def clear_checks(self) -> None:
        for action in self.actions_list():
            action.setChecked(False)

    def _update_caption(self) -> None:
        count = len(self.checked())
        self.setText(f"{self._caption} ({count})" if count else self._caption)
