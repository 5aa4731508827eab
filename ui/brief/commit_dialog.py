"""Commit and sign…: the signer confirms a statement generated from the plan.

The dialog changes a copy of the plan; only a successful save replaces the
caller's view of it (``committed`` carries the saved plan). One click on
"Commit and sign" is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import limits
from planner.commitment import statement_for
from planner.dates import utc_now
from planner.errors import WalkawayError
from planner.model import Plan
from planner.services import signed_commitment
from ui.common import colours
from ui.common.dates_text import date_text
from ui.common.signature_pad import SignaturePad

if TYPE_CHECKING:
    from planner.store.deal_store import DealStore


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    colours.tint(label, "error")
    label.setAccessibleName(QCoreApplication.translate("CommitDialog", "Problem"))
    label.hide()
    return label


def _larger(label: QLabel, factor: float, *, bold: bool = False) -> None:
    """A bigger font for headings and the statement: relative to the user's font, never a fixed size."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold or font.bold())
    label.setFont(font)


def signature_row(pad: SignaturePad, parent: QWidget) -> QHBoxLayout:
    """The pad with its Clear button beside it."""
    row = QHBoxLayout()
    row.addWidget(pad, 1)
    clear = QPushButton(QCoreApplication.translate("SignaturePad", "Clear"), parent)
    clear.setAccessibleName(QCoreApplication.translate("SignaturePad", "Clear the signature"))
    clear.clicked.connect(pad.clear)
    row.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
    return row


class CommitDialog(QDialog):
    """Commit ``plan`` (revision 1). ``now`` is injectable; ``store`` saves when given."""

    committed = Signal(object)  # the committed Plan, as saved

    def __init__(
        self,
        plan: Plan,
        *,
        store: DealStore | None = None,
        now: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._store = store
        self._now = now
        self.result_plan: Plan | None = None
        self.setWindowTitle(self.tr("Commit and sign"))
        self.setModal(True)

        heading = QLabel(self.tr("Commit to the walk-away point of “%s”") % plan.title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        _larger(heading, 1.4, bold=True)
        self.statement = QLabel(statement_for(plan))
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)  # plan text is never markup
        _larger(self.statement, 1.25)
        colours.follow_palette(
            self.statement,
            lambda: self.statement.setStyleSheet(
                f"QLabel {{ padding: 8px; border: 0px; border-left: 4px solid {colours.css(colours.error())}; }}"
            ),
        )
        self.statement.setAccessibleName(self.tr("Statement you sign"))
        explain = QLabel(
            self.tr(
                "After you commit, the walk-away point, its conditions and the side are locked. "
                "Moving them later is a recorded revision with a reason and a new signature."
            )
        )
        explain.setWordWrap(True)

        self.signer = QLineEdit(plan.signer)
        self.signer.setAccessibleName(self.tr("Signer's name"))
        self.signer.setToolTip(self.tr("Your full name, as it will stand under the statement and on the brief"))
        self.signer.setPlaceholderText(self.tr("Your full name"))
        self.signer.setMaxLength(limits.TITLE_CHARS)
        self.date = QLabel(date_text(now().astimezone().date()))
        self.date.setAccessibleName(self.tr("Date"))
        self.pad = SignaturePad(self)
        form = QFormLayout()
        form.addRow(self.tr("&Signer:"), self.signer)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Signature (optional):"), signature_row(self.pad, self))

        self.confirm = QCheckBox(self.tr("I confirm this statement and will hold to it in the room."))
        self.confirm.setAccessibleName(self.tr("Confirm the statement"))
        self.confirm.setToolTip(self.tr("Tick to say you will hold to this point in the room"))
        self.error = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.commit_button = self.buttons.addButton(self.tr("Commit and sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.commit_button.setAccessibleName(self.tr("Commit and sign"))
        self.commit_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.statement)
        for warning in plan.warnings():
            caution = QLabel("⚠ " + warning)
            caution.setWordWrap(True)
            caution.setTextFormat(Qt.TextFormat.PlainText)
            colours.tint(caution, "warning")
            layout.addWidget(caution)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.signer.textChanged.connect(self._update_button)
        self.confirm.toggled.connect(self._update_button)
        self._update_button()

    def _update_button(self) -> None:
        self.commit_button.setEnabled(bool(self.signer.text().strip()) and self.confirm.isChecked())

    def accept(self) -> None:
        if not self.commit_button.isEnabled():
            return
        try:
            # The user's key is made, and the commitment recorded as made here (its brief is signed
            # with that key), before anything is saved: as 'walkaway commit' does.
            updated = signed_commitment(
                self._plan, self.signer.text(), self._now(), signature_png=self.pad.to_png()
            ).plan
            if self._store is not None:
                self._store.save_plan(updated)
        except (WalkawayError, OSError) as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.result_plan = updated
        self.committed.emit(updated)
        super().accept()
