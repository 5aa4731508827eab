"""Edit round…: a logged round in the same fields as the entry row, corrected and kept in the history.

Open with ``open()``; :attr:`RoundDialog.corrected` carries the corrected plan (from
:func:`planner.corrections.edited_plan`: the round as it was and as corrected are recorded).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.corrections import edited_plan
from planner.errors import WalkawayError
from planner.model import Plan
from ui.common import colours
from ui.room.round_fields import RoundFields


class RoundDialog(QDialog):
    corrected = Signal(object)  # Plan

    def __init__(
        self,
        plan: Plan,
        number: int,
        *,
        today: Callable[[], date],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = copy.deepcopy(plan)
        self.number = number
        self._today = today
        self._now = now
        self.setWindowTitle(self.tr("Correct round {number}").format(number=number))
        self.fields = RoundFields(self, columns=1, labelled=True)
        self.fields.fill_choices(self._plan)
        self.fields.show_round(self._plan.ordered_rounds()[number - 1])
        self.fields.their_edit.setToolTip(self.tr("What they offered in this round"))

        intro = QLabel(
            self.tr(
                "The log of rounds is evidence: the round as it was logged stays in the deal's history "
                "beside the correction, with the time you made it."
            )
        )
        intro.setWordWrap(True)
        self.error_label = QLabel()
        colours.tint(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        f = self.fields
        offers = QHBoxLayout()
        offers.addWidget(f.their_edit, 1)
        offers.addWidget(f.final_check)
        form = QFormLayout()
        form.addRow(self.tr("Date"), f.date_edit)
        form.addRow(self.tr("Their offer"), offers)
        form.addRow("", f.their_edit.error_label)
        form.addRow(self.tr("Our offer"), f.our_edit)
        form.addRow("", f.our_edit.error_label)
        form.addRow(self.tr("Unmet conditions"), f.conditions_button)
        form.addRow(self.tr("Signals seen"), f.signals_button)
        form.addRow(self.tr("First time today?"), f.first_time_combo)
        form.addRow(self.tr("Hours"), f.hours_edit)
        form.addRow(self.tr("Note"), f.note_edit)
        for name, field in f.term_rows():  # their terms besides the price (a package only)
            form.addRow(name, field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        try:
            plan = edited_plan(
                self._plan, self.number, now=self._now(), today=self._today(), **self.fields.values(self._plan)
            )
        except WalkawayError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.corrected.emit(plan)
        self.accept()
