"""The fields of one round, for the quick-entry row and the round editor: the same widgets and
the same reading of what was typed, so a round is corrected exactly as it is logged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLineEdit, QWidget

from planner.dates import Moment, moment_day
from planner.errors import WalkawayError
from planner.model import Issue, IssueKind, Plan, Round, SignalEvent, SignalKind, TermValue, copy_issue
from planner.money import AmountError
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.dates_text import date_format
from ui.common.money_text import amount_text
from ui.common.package_text import figure_text, term_name
from ui.common.signal_names import signal_name
from ui.room.checklist import ChecklistButton


def _amount(edit: QLineEdit, what: str) -> Decimal | None:
    """The amount typed, read in the user's locale ("18,500.50" or "18.500,50"), exactly."""
    try:
        return parse_amount_text(edit.text(), edit.locale())
    except AmountError as error:
        raise WalkawayError(f"{what}: '{edit.text().strip()}' is {error}") from None


def _term_shape(issue: Issue) -> tuple[object, ...]:
    return (issue.key, issue.label, issue.kind, issue.unit, tuple(issue.options))


class RoundFields(QObject):
    """Owns the widgets; the caller lays them out (``widgets()`` and ``terms_box``) and parents them.

    A plan with a package (issue 19) adds one field per term: a line edit for a number term, a
    drop-down for an options term; ``columns`` of them side by side in :attr:`terms_box` (the entry
    row: the term's name is the placeholder), or, ``labelled``, as :meth:`term_rows` for a form
    (the round editor).
    """

    #: Enter in a term's field: the entry row logs the round.
    term_return_pressed = Signal()

    def __init__(self, parent: QObject | None = None, *, columns: int = 3, labelled: bool = False) -> None:
        super().__init__(parent)
        self._columns, self._labelled = columns, labelled
        self.terms_box = QWidget()
        self.terms_box.setObjectName("round_terms")
        self._terms_grid = QGridLayout(self.terms_box)
        self._terms_grid.setContentsMargins(0, 0, 0, 0)
        self._terms_grid.setHorizontalSpacing(4)
        self.term_fields: dict[str, QLineEdit | QComboBox] = {}
        self._issues: list[Issue] = []
        self.terms_box.hide()
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
            *self.term_fields.values(),
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
        self.set_terms(plan.issues if plan is not None else [])

    def set_terms(self, issues: list[Issue]) -> None:
        """One field per term of the package (rebuilt only when the terms changed; typed values stay)."""
        if [_term_shape(i) for i in issues] == [_term_shape(i) for i in self._issues]:
            return
        typed = {key: self._field_value(field) for key, field in self.term_fields.items()}
        for old in self.term_fields.values():
            self._terms_grid.removeWidget(old)
            old.deleteLater()
        self.term_fields = {}
        self._issues = [copy_issue(i) for i in issues]
        for index, issue in enumerate(issues):
            field = self._term_field(issue)
            self.term_fields[issue.key] = field
            if not self._labelled:
                row, column = divmod(index, self._columns)
                self._terms_grid.addWidget(field, row, column)
            self._set_field(field, typed.get(issue.key))
        for column in range(self._columns):
            self._terms_grid.setColumnStretch(column, 1)
        self.terms_box.setVisible(bool(issues) and not self._labelled)

    def term_rows(self) -> list[tuple[str, QLineEdit | QComboBox]]:
        """Each term's name and field, for a form of the caller's (``labelled``: the round editor)."""
        # "&" in a term's name is shown as written, never taken for a keyboard shortcut
        return [(term_name(issue).replace("&", "&&"), self.term_fields[issue.key]) for issue in self._issues]

    def _term_field(self, issue: Issue) -> QLineEdit | QComboBox:
        name = term_name(issue)
        if issue.kind is IssueKind.OPTIONS:
            combo = QComboBox()
            combo.addItem(self.tr("{term}?").format(term=issue.label), None)
            for option in issue.options:
                combo.addItem(option, option)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setAccessibleName(self.tr("Their {term}").format(term=issue.label))
            combo.setToolTip(
                self.tr("What they offered for {term} in this round (scored: {scores})").format(
                    term=issue.label,
                    scores=", ".join(f"{option} {figure_text(score)}" for option, score in issue.options.items()),
                )
            )
            return combo
        edit = QLineEdit()
        edit.setPlaceholderText(name)
        edit.setMinimumWidth(60)
        edit.setAccessibleName(self.tr("Their {term}").format(term=name))
        edit.setToolTip(
            self.tr("What they offered for {term} in this round: a number (best {best}, worst {worst})").format(
                term=name,
                best=figure_text(issue.best) if issue.best is not None else "",
                worst=figure_text(issue.worst) if issue.worst is not None else "",
            )
        )
        edit.returnPressed.connect(self.term_return_pressed)
        return edit

    @staticmethod
    def _field_value(field: QLineEdit | QComboBox) -> str | None:
        if isinstance(field, QComboBox):
            data = field.currentData()
            return str(data) if data is not None else None
        return field.text() or None

    def _set_field(self, field: QLineEdit | QComboBox, text: str | None) -> None:
        if isinstance(field, QComboBox):
            index = field.findData(text) if text is not None else 0
            field.setCurrentIndex(max(index, 0))
        else:
            field.setText(text or "")

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
        for field in self.term_fields.values():
            self._set_field(field, None)
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
        for key, field in self.term_fields.items():
            value = round_.their_terms.get(key)
            if isinstance(value, Decimal):
                value = amount_text(value, field.locale(), cents=False)
            self._set_field(field, value)
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
            "their_terms": self._their_terms(),
        }

    def _their_terms(self) -> dict[str, TermValue]:
        """The terms filled in: a number read in the user's locale, or the option chosen."""
        terms: dict[str, TermValue] = {}
        for issue in self._issues:
            field = self.term_fields[issue.key]
            if isinstance(field, QComboBox):
                if field.currentData() is not None:
                    terms[issue.key] = str(field.currentData())
                continue
            text = field.text().strip()
            negative = text[:1] in ("-", "\u2212")  # a term's number may be below zero, unlike an amount
            try:
                value = parse_amount_text(text[1:] if negative else text, field.locale())
            except AmountError as error:
                raise WalkawayError(f"{issue.label}: '{text}' is {error}") from None
            if value is not None:
                terms[issue.key] = -value if negative else value
        return terms
