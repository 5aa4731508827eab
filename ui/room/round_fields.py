"""The fields of one round, for the quick-entry row and the round editor: the same widgets and
the same reading of what was typed, so a round is corrected exactly as it is logged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from planner.dates import Moment, moment_day
from planner.errors import WalkawayError
from planner.model import Plan, Round, SignalEvent, SignalKind
from planner.money import AmountError
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.dates_text import date_format
from ui.common.signal_names import signal_name
from ui.room.checklist import ChecklistButton


def _amount(edit: QLineEdit, what: str) -> Decimal | None:
    """The amount typed, read in the user's locale ("18,500.50" or "18.500,50"), exactly."""
    try:
        return parse_amount_text(edit.text(), edit.locale())
    except AmountError as error:
        raise WalkawayError(f"{what}: '{edit.text().strip()}' is {error}") from None


class RoundFields(QObject):
    """Owns the widgets; the caller lays them out (``widgets()``) and parents them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setAccessibleName(self.tr("Date of the round"))
        self.date_edit.setToolTip(self.tr("When the round took place (today unless you change it)"))
        self.their_edit = AmountEdit()
        self.their_edit.setPlaceholderText(self.tr("Their offer"))
        self.their_edit.setAccessibleName(self.tr("Their offer"))
        self.their_edit.setToolTip(self.tr("What they offered in this round; Enter logs the round"))
        self.our_edit = AmountEdit()
        self.our_edit.setPlaceholderText(self.tr("Our offer"))
        self.our_edit.setAccessibleName(self.tr("Our offer"))
        self.our_edit.setToolTip(self.tr("What you offered in this round"))
        self.final_check = QCheckBox(self.tr("Their final offer"))
        self.final_check.setAccessibleName(self.tr("They said this is their final offer"))
        self.final_check.setToolTip(
            self.tr("They said this is their final, best or last offer: past your point, that means walk")
        )
        self.conditions_button = ChecklistButton(self.tr("Unmet"))
        self.conditions_button.setAccessibleName(self.tr("Unmet conditions"))
        self.conditions_button.setToolTip(self.tr("Conditions of your walk-away point not met in this round"))
        self.signals_button = ChecklistButton(self.tr("Signals"))
        self.signals_button.setAccessibleName(self.tr("Signals seen"))
        self.signals_button.setToolTip(self.tr("Warning signs seen in this round"))
        self.first_time_combo = QComboBox()
        self.first_time_combo.addItem(self.tr("First time today?"), None)
        self.first_time_combo.addItem(self.tr("Would sign: yes"), True)
        self.first_time_combo.addItem(self.tr("Would sign: no"), False)
        self.first_time_combo.setAccessibleName(
            self.tr("Would you sign this if it walked in for the first time today?")
        )
        self.first_time_combo.setToolTip(self.tr("If this deal walked in for the first time today, would you sign it?"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("Hours"))
        self.hours_edit.setAccessibleName(self.tr("Hours spent"))
        self.hours_edit.setToolTip(self.tr("Time this round took, e.g. 1.5"))
        self.hours_edit.setMaximumWidth(70)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setToolTip(self.tr("Anything worth remembering about this round"))
        self._events: list[SignalEvent] = []  # the round being corrected: its events, notes included
        self._at: Moment | None = None  # and its moment, kept whole (a time of day) unless the day changes

    def widgets(self) -> list[QWidget]:
        return [
            self.date_edit,
            self.their_edit,
            self.our_edit,
            self.final_check,
            self.conditions_button,
            self.signals_button,
            self.first_time_combo,
            self.hours_edit,
            self.note_edit,
        ]

    def fill_choices(self, plan: Plan | None) -> None:
        """The plan's conditions and signals in the drop-downs, keeping what is ticked."""
        checked_conditions = set(self.conditions_button.checked())
        checked_signals = set(self.signals_button.checked())
        conditions = plan.reservation.conditions if plan is not None else []
        self.conditions_button.set_items([(c, c) for c in conditions])
        signals = plan.signals if plan is not None else []
        self.signals_button.set_items([(signal_name(s.kind, s.label), s.key) for s in signals])
        for action in self.conditions_button.actions_list():
            action.setChecked(action.data() in checked_conditions)
        for action in self.signals_button.actions_list():
            action.setChecked(action.data() in checked_signals)

    def clear(self, today: date) -> None:
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.their_edit.setValue(None)
        self.our_edit.setValue(None)
        self.final_check.setChecked(False)
        self.hours_edit.clear()
        self.note_edit.clear()
        self.conditions_button.clear_checks()
        self.signals_button.clear_checks()
        self.first_time_combo.setCurrentIndex(0)
        self._events = []
        self._at = None

    def show_round(self, round_: Round) -> None:
        """Fill the fields with a logged round (the round editor)."""
        day = moment_day(round_.at)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.their_edit.setValue(round_.their_offer)
        self.our_edit.setValue(round_.our_offer)
        self.final_check.setChecked(round_.final)
        self.hours_edit.setText(format(round_.hours.normalize(), "f") if round_.hours is not None else "")
        self.note_edit.setText(round_.note)
        for action in self.conditions_button.actions_list():
            action.setChecked(action.data() in round_.unmet_conditions)
        keys = {e.key for e in round_.events}
        for action in self.signals_button.actions_list():
            action.setChecked(action.data() in keys)
        self.first_time_combo.setCurrentIndex(self.first_time_combo.findData(round_.first_time_today))
        self._events = list(round_.events)
        self._at = round_.at

    def _signal_events(self, plan: Plan) -> list[SignalEvent]:
        """The ticked signals: a round's own events (with their notes) for those still ticked, one new each else."""
        ticked = [str(key) for key in self.signals_button.checked()]
        events = [e for e in self._events if e.key in ticked]
        kept = {e.key for e in events}
        for key in ticked:
            signal = plan.signal(key)
            if signal is not None and key not in kept:
                events.append(SignalEvent(signal.kind, signal.label if signal.kind is SignalKind.CUSTOM else ""))
        return events

    def values(self, plan: Plan) -> dict[str, Any]:
        """What the fields say, as keyword arguments of a round; :class:`WalkawayError` for a bad amount."""
        picked = self.date_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        return {
            "at": self._at if self._at is not None and moment_day(self._at) == day else day,
            "their_offer": _amount(self.their_edit, self.tr("Their offer")),
            "our_offer": _amount(self.our_edit, self.tr("Our offer")),
            "unmet_conditions": [str(c) for c in self.conditions_button.checked()],
            "events": self._signal_events(plan),
            "first_time_today": self.first_time_combo.currentData(),
            "final": self.final_check.isChecked(),
            "hours": _amount(self.hours_edit, self.tr("Hours")),
            "note": self.note_edit.text(),
        }
