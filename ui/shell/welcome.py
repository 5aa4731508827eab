"""First start: the method in three sentences, then the demo plans or a new plan. Shown once.

The dialog only reports the choice; what a choice does (adding demo deals, opening the editor)
belongs to whoever shows it, through ``on_choice``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.icons import app_icon

#: Set once the welcome has been seen, whichever way it was closed.
SEEN_KEY = "welcome/seen"


class WelcomeChoice(enum.Enum):
    DEMO = "demo"
    NEW_PLAN = "new_plan"
    CLOSED = "closed"


class WelcomeDialog(QDialog):
    """The welcome; emits :attr:`chosen` once, with a :class:`WelcomeChoice`."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, offer_demo: bool = True) -> None:
        """``offer_demo``: the file has no deals yet; a file with deals is not offered six more."""
        super().__init__(parent)
        self.choice = WelcomeChoice.CLOSED
        self.offer_demo = offer_demo
        self.setWindowTitle(self.tr("Welcome to Walkaway"))
        self.setWindowIcon(app_icon())

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Walkaway icon"))

        heading = QLabel(self.tr("Welcome to Walkaway"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)

        self.method_label = QLabel(
            "<ol style='margin-left: 0'>"
            + "".join(f"<li style='margin-bottom: 6px'>{sentence}</li>" for sentence in self.method_sentences())
            + "</ol>"
        )
        self.method_label.setWordWrap(True)
        self.method_label.setTextFormat(Qt.TextFormat.RichText)
        self.method_label.setAccessibleName(self.tr("The method in three steps"))

        invitation = QLabel(
            self.tr("Start by looking at the demo plans, one in every stage, or write your own.")
            if offer_demo
            else self.tr("Your deals are in the list; start a new plan whenever you are ready.")
        )
        invitation.setWordWrap(True)

        self.demo_button = QPushButton(self.tr("Open the demo plans"))
        self.demo_button.setAccessibleName(self.tr("Open the demo plans"))
        self.demo_button.setToolTip(self.tr("Add six example deals, from planning to agreed, to explore"))
        self.new_plan_button = QPushButton(self.tr("New plan"))
        self.new_plan_button.setAccessibleName(self.tr("New plan"))
        self.new_plan_button.setToolTip(self.tr("Start a plan for your own negotiation"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.new_plan_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button.setVisible(offer_demo)
        (self.demo_button if offer_demo else self.new_plan_button).setDefault(True)
        self.demo_button.clicked.connect(lambda: self._choose(WelcomeChoice.DEMO))
        self.new_plan_button.clicked.connect(lambda: self._choose(WelcomeChoice.NEW_PLAN))
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.method_label)
        text.addWidget(invitation)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def method_sentences(self) -> list[str]:
        return [
            self.tr(
                "<b>Decide your walk-away point in advance</b>, while you are calm: the least good deal "
                "you would still sign, as an amount and the conditions that must hold."
            ),
            self.tr(
                "<b>Watch the signals</b> in the room, and judge every offer against your plan, "
                "not against the hours already spent."
            ),
            self.tr(
                "<b>Walk well</b> when it is time: say what they did well, give your specific reason, "
                "and leave the door open."
            ),
        ]

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        # Return means "show me the demo plans"; left alone, focus lands on Close, which Return presses.
        (self.demo_button if self.offer_demo else self.new_plan_button).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def done(self, result: int) -> None:  # Qt override: every way of closing ends here
        super().done(result)
        self.chosen.emit(self.choice)


def welcome_needed(settings: QSettings) -> bool:
    return not settings.value(SEEN_KEY, False, type=bool)


def show_welcome_once(
    parent: QWidget | None,
    settings: QSettings,
    on_choice: Callable[[WelcomeChoice], None],
    *,
    offer_demo: bool = True,
) -> WelcomeDialog | None:
    """Open the welcome (window-modal, not blocking) if this user has never seen it.

    ``offer_demo``: whether the file is empty, so that the demo plans are worth offering.
    """
    if not welcome_needed(settings):
        return None
    dialog = WelcomeDialog(parent, offer_demo=offer_demo)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(choice: WelcomeChoice) -> None:
        settings.setValue(SEEN_KEY, True)
        settings.sync()
        on_choice(choice)

    dialog.chosen.connect(finished)
    dialog.open()
    return dialog
