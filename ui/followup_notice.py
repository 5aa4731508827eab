"""The start-up notice: a banner, never a modal box, when follow-ups are due today or overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.followups import FollowUp, Urgency, due_follow_ups

if TYPE_CHECKING:
    from planner.store import Store


class FollowUpNotice(QFrame):
    """Hidden unless :meth:`check` finds follow-ups due; "Show" asks the window to open the list."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#follow_up_notice { background: #fff8e1; border: 1px solid #ffb300; color: #3e2723; }")
        self.setAccessibleName(self.tr("Follow-ups due"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show follow-ups"))
        self.show_button.clicked.connect(self._show_list)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the follow-up notice"))
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def check(self, store: Store, today: date) -> int:
        """Show the notice when follow-ups are due on ``today``; returns how many are."""
        items = due_follow_ups(store, today)
        message = self.notice_text(items)
        self.text.setText(message)
        self.setVisible(bool(message))
        return len(items)

    def notice_text(self, items: list[FollowUp]) -> str:
        """One sentence naming the due follow-ups; empty when none is due."""
        due = [i for i in items if i.urgency is not Urgency.UPCOMING]
        if not due:
            return ""
        names = ", ".join(i.title for i in due[:3])
        if len(due) > 3:
            names = self.tr("{names} and {n} more").format(names=names, n=len(due) - 3)
        overdue = sum(1 for i in due if i.urgency is Urgency.OVERDUE)
        if len(due) == 1:
            text = (
                self.tr("A follow-up is overdue: {names}.")
                if overdue
                else self.tr("A follow-up is due today: {names}.")
            )
        elif overdue:
            text = self.tr("{n} follow-ups are due, {late} of them overdue: {names}.")
        else:
            text = self.tr("{n} follow-ups are due today: {names}.")
        return text.format(n=len(due), late=overdue, names=names)

    def _show_list(self) -> None:
        self.hide()
        self.show_requested.emit()


def check_later(notice: FollowUpNotice, store: Callable[[], Store], today: Callable[[], date]) -> None:
    """Check once the window is painted, so opening the file never delays the first frame."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: notice.check(store(), today()))
