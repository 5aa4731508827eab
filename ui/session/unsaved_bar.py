"""The bar that says the plan on screen is not saved, why, and what the user can do about it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget


class UnsavedBar(QFrame):
    """Hidden while everything is saved; ``show_reason(text, retrying=...)`` shows it, ``""`` hides it."""

    retry_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.message = QLabel()
        self.message.setObjectName("unsavedMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(self.tr("Try Again"))
        self.retry_button.setToolTip(self.tr("Write the changes to the file now"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.copy_button = QPushButton(self.tr("Export a Copy…"))
        self.copy_button.setToolTip(
            self.tr("Save this deal, with the changes not yet in the file, as a plan file you choose")
        )
        self.copy_button.clicked.connect(self.copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        self.hide()

    def show_reason(self, reason: str, *, retrying: bool) -> None:
        if reason and retrying:
            text = self.tr("Not saved yet: {reason}. Your changes are kept here; Walkaway tries again shortly.")
        else:
            text = self.tr("Not saved: {reason}. Your changes are kept here; export a copy to keep them safe.")
        if reason:
            self.message.setText(text.format(reason=reason.rstrip(".")))
            self.message.setToolTip(reason)
        self.setVisible(bool(reason))
