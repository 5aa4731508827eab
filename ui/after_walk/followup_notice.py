"""The start-up notice: a banner, never a modal box, when follow-ups are due today or overdue."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.services import due_follow_ups
from ui.common import colours

if TYPE_CHECKING:
    from planner.store.deal_store import DealStore


class FollowUpNotice(QFrame):
    """Hidden unless :meth:`check` finds follow-ups due; "Show" asks the window to open the list."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colours.follow_palette(self, self._paint)
        self.setAccessibleName(self.tr("Follow-ups due"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show"))  # short: the list stays narrow on a small screen
        self.show_button.setAccessibleName(self.tr("Show the follow-ups"))
        self.show_button.clicked.connect(self._show_list)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the follow-up notice"))
        self.dismiss_button.clicked.connect(self.hide)
        # The sentence above its buttons: a narrow list keeps it on one or two lines.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def _paint(self) -> None:
        background, foreground, border = (colours.css(c) for c in colours.notice())
        self.setStyleSheet(
            f"#follow_up_notice {{ background: {background}; border: 1px solid {border}; }}"
            f"#follow_up_notice QLabel {{ color: {foreground}; }}"
        )

    def check(self, store: DealStore, today: date) -> int:
        """Show the notice when follow-ups are due on ``today``; returns how many are."""
        return self.show_due([(f.title, f.days_overdue) for f in due_follow_ups(store, today)])

    def show_due(self, due: list[tuple[str, int]]) -> int:
        """Show (or hide) the notice for ``(title, days overdue)`` pairs, oldest first."""
        message = self.notice_text(due)
        self.text.setText(message)
        self.setVisible(bool(message))
        return len(due)

    def notice_text(self, items: list[tuple[str, int]]) -> str:
        """One sentence naming the due follow-ups; empty when none is due."""
        due = [(title, days) for title, days in items if days >= 0]
        if not due:
            return ""
        names = ", ".join(title for title, _days in due[:3])
        if len(due) > 3:
            names = self.tr("{names} and {n} more").format(names=names, n=len(due) - 3)
        overdue = sum(1 for _title, days in due if days > 0)
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
