"""What a file with no deals shows: a way to start, and the demo plans to look at first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    new_plan_requested = Signal()
    quick_plan_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("No plans in this file yet"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Decide your walk-away point while you are calm, before the meeting:\n"
                "the worst deal you will accept, and what you will say when you leave."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New plan"))
        self.new_button.setAccessibleName(self.tr("New plan"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_plan_requested)
        self.quick_button = QPushButton(self.tr("&Quick plan (five steps)"))
        self.quick_button.setAccessibleName(self.tr("Quick plan"))
        self.quick_button.clicked.connect(self.quick_plan_requested)
        self.demo_button = QPushButton(self.tr("Open the de&mo plans"))
        self.demo_button.setAccessibleName(self.tr("Open the demo plans"))
        self.demo_button.clicked.connect(self.demo_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(16)
        for button in (self.new_button, self.quick_button, self.demo_button):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Open the demo plans") + 48)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_writable(self, writable: bool) -> None:
        """In a window that may not write the file, none of the ways to start is offered."""
        for button in (self.new_button, self.quick_button, self.demo_button):
            button.setEnabled(writable)
