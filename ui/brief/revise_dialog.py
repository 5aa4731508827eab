"""Revise commitment…: move the locked point on the record, with a reason and a new signature.

Before anything else the dialog shows what has been invested so far (rounds and
hours), because that is the pull that moves walk-away points in the room.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import limits
from planner.commitment import spent_so_far
from planner.dates import utc_now
from planner.errors import WalkawayError
from planner.model import Plan, Side
from planner.services import revised_commitment
from ui.brief.commit_dialog import _larger, error_label, signature_row
from ui.brief.revise_package import RevisePackage
from ui.common import colours
from ui.common.amount_edit import AmountEdit
from ui.common.money_text import money_text
from ui.common.signature_pad import SignaturePad

if TYPE_CHECKING:
    from planner.store.deal_store import DealStore


class ReviseDialog(QDialog):
    revised = Signal(object)  # the revised Plan, as saved

    def __init__(
        self,
        plan: Plan,
        *,
        store: DealStore | None = None,
        now: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if plan.commitment is None:
            raise WalkawayError(f"“{plan.title}” is not committed yet; commit it first")
        self._plan = plan
        self._store = store
        self._now = now
        self.result_plan: Plan | None = None
        self.setWindowTitle(self.tr("Revise commitment"))
        self.setModal(True)

        spent = spent_so_far(plan)
        self.momentum = QLabel(
            self.tr("%s Would you move this point if the deal were new to you today?") % spent.describe()
        )
        self.momentum.setWordWrap(True)
        colours.tint(self.momentum, "error", bold=True)
        _larger(self.momentum, 1.2)
        self.momentum.setAccessibleName(self.tr("Time already invested"))

        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Earlier revisions"))
        self.history.setHeaderLabels([self.tr("Rev."), self.tr("Signed"), self.tr("Point"), self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)  # the record, read only
        for past in plan.commitments:
            value = money_text(past.reservation_value, plan.currency) if past.reservation_value is not None else ""
            item = QTreeWidgetItem(
                [str(past.revision), f"{past.signed_at:%Y-%m-%d %H:%M}", value, past.reason or self.tr("(commitment)")]
            )
            self.history.addTopLevelItem(item)
        for column in range(3):
            self.history.resizeColumnToContents(column)
        # Compact, so that the whole dialog fits a short screen (1366×768 at 150 % leaves 512 px).
        self.history.setMaximumHeight(84)

        self.value = AmountEdit(required=True)
        self.value.setValue(plan.reservation.value)
        self.value.setAccessibleName(self.tr("New walk-away point"))
        self.value.setToolTip(self.tr("The walk-away point from this revision on"))
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        self.side.setToolTip(self.tr("Whether you pay or are paid in this deal"))
        self.side.addItem(self.tr("Buying (the most we pay)"), Side.BUY)
        self.side.addItem(self.tr("Selling (the least we accept)"), Side.SELL)
        self.side.setCurrentIndex(0 if plan.side is Side.BUY else 1)
        self.conditions = QPlainTextEdit("\n".join(plan.reservation.conditions))
        self.conditions.setAccessibleName(self.tr("Conditions, one a line"))
        self.conditions.setToolTip(self.tr("The conditions that must all hold, one a line"))
        self.conditions.setMaximumHeight(72)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the revision"))
        self.reason.setToolTip(self.tr("Why the point moves: what changed outside this negotiation"))
        self.reason.setPlaceholderText(self.tr("What changed, outside this negotiation's momentum?"))
        self.reason.setMaximumHeight(64)
        self.signer = QLineEdit(plan.commitment.signer)
        self.signer.setAccessibleName(self.tr("Signer's name"))
        self.signer.setToolTip(self.tr("Your full name, as it will stand under the revision"))
        self.signer.setMaxLength(limits.TITLE_CHARS)
        self.pad = SignaturePad(self)

        form = QFormLayout()
        form.addRow(self.tr("New &point (%s):") % plan.currency, self.value.with_error_label())
        form.addRow(self.tr("S&ide:"), self.side)
        form.addRow(self.tr("&Conditions:"), self.conditions)
        #: A plan with a package: its minimum score and weights move here too (issue 19).
        self.package = RevisePackage(plan) if plan.has_package else None
        if self.package is not None:
            form.addRow(self.tr("Pac&kage:"), self.package)
            self.conditions.setMaximumHeight(56)  # the package's row takes the room: the dialog still fits 512 px
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Si&gner:"), self.signer)
        form.addRow(self.tr("New signature:"), signature_row(self.pad, self))
        self.error = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revise_button = self.buttons.addButton(
            self.tr("Sign revision %d") % (plan.commitment.revision + 1), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.revise_button.setAccessibleName(self.tr("Sign the revision"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.momentum)
        layout.addWidget(QLabel(self.tr("History of this point:")))
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.reason.textChanged.connect(self._update_button)
        self.signer.textChanged.connect(self._update_button)
        self.pad.changed.connect(self._update_button)
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.reason.toPlainText().strip()) and bool(self.signer.text().strip())
        self.revise_button.setEnabled(ready and not self.pad.is_empty())
        self.revise_button.setToolTip(
            "" if self.revise_button.isEnabled() else self.tr("A revision needs a reason, a name and a new signature")
        )

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        if not self.revise_button.isEnabled():
            return
        value = self.value.typed_value()
        if value is None:
            self.value.commit()  # shows the field's own message beside it
            self._fail(self.tr("New point: %s") % (self.value.error_text() or self.tr("an amount is needed")))
            return
        conditions = [line.strip() for line in self.conditions.toPlainText().splitlines() if line.strip()]
        package = self.package.definition() if self.package is not None else None
        if isinstance(package, str):
            self._fail(package)
            return
        try:
            # Recorded as made here before anything is saved: its brief is signed with the user's key.
            updated = revised_commitment(
                self._plan,
                signer=self.signer.text(),
                reason=self.reason.toPlainText(),
                now=self._now(),
                value=value,
                conditions=conditions,
                side=Side(self.side.currentData()),
                signature_png=self.pad.to_png(),
                package=package,
            ).plan
            if self._store is not None:
                self._store.save_plan(updated)
        except (WalkawayError, OSError) as error:
            self._fail(str(error))
            return
        self.result_plan = updated
        self.revised.emit(updated)
        super().accept()
