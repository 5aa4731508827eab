"""Signals: what to watch for in the room, and how many times is enough to walk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.limits import MAX_SIGNAL_THRESHOLD
from planner.model import STANDARD_SIGNALS, Plan, SignalKind
from planner.model import Signal as PlanSignal  # a signal in the room, not Qt's Signal
from ui.common import colours
from ui.common.action_icons import action_icon
from ui.common.signal_names import signal_name as common_signal_name
from ui.editor.section import Section, hint_label
from ui.session.controller import PlanController

#: The plan files' limit too (planner.plan_rules), so a threshold set here always exports and imports.
MAX_THRESHOLD = MAX_SIGNAL_THRESHOLD


def signal_name(kind: SignalKind) -> str:
    """The signal's one name (``ui.common.signal_names``: the same in the room, the brief and the CLI)."""
    if kind is SignalKind.CUSTOM:
        return QCoreApplication.translate("Signals", "Your own signal")
    return common_signal_name(kind)


def signal_explanation(kind: SignalKind) -> str:
    return {
        SignalKind.BAD_FAITH: QCoreApplication.translate(
            "Signals", "They take back what was already agreed, bend facts, or talk with no intention to close."
        ),
        SignalKind.UNILATERAL_CONCESSIONS: QCoreApplication.translate(
            "Signals", "You are asked to give ground again and again, and nothing comes back in return."
        ),
        SignalKind.AUTHORITY: QCoreApplication.translate(
            "Signals", "The person across the table cannot say yes and keeps needing to “check with someone”."
        ),
        SignalKind.SCOPE_DRIFT: QCoreApplication.translate(
            "Signals", "The deal keeps growing: more work, terms or deliveries appear for the same price."
        ),
        SignalKind.CUSTOM: "",
    }[kind]


class SignalsSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(self.tr("Set how many times each signal may appear before it is enough to walk away."))
        )
        standard = QGroupBox(self.tr("Standard signals"))
        grid = QGridLayout(standard)
        grid.setColumnStretch(1, 1)
        self.thresholds: dict[SignalKind, QSpinBox] = {}
        for row, kind in enumerate(STANDARD_SIGNALS):
            name = QLabel(f"<b>{signal_name(kind)}</b>")
            name.setContentsMargins(0, 8 if row else 0, 0, 0)
            explanation = QLabel(signal_explanation(kind))
            explanation.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(1, MAX_THRESHOLD)
            spin.setAccessibleName(self.tr("Walk after how many: {name}").format(name=signal_name(kind)))
            spin.setToolTip(self.tr("How many times this may happen before it counts as a reason to walk"))
            spin.setSuffix(self.tr(" ×"))
            spin.valueChanged.connect(lambda value, k=kind: self._threshold_changed(k.value, value))
            name.setBuddy(spin)
            self.thresholds[kind] = spin
            grid.addWidget(name, row * 2 + 1, 0, 1, 2)
            grid.addWidget(spin, row * 2 + 1, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(explanation, row * 2 + 2, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Walk after")), 0, 2)
        layout.addWidget(standard)

        custom = QGroupBox(self.tr("Your own signals"))
        custom_layout = QVBoxLayout(custom)
        self.custom = QTableWidget(0, 2)
        self.custom.setAccessibleName(self.tr("Your own signals"))
        self.custom.setToolTip(
            self.tr("Warning signs of your own for this deal, each with how many times it may happen")
        )
        self.custom.setHorizontalHeaderLabels([self.tr("Signal"), self.tr("Walk after")])
        self.custom.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.custom.verticalHeader().hide()
        self.custom.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custom.setFixedHeight(self.fontMetrics().height() * 8)
        self.custom.itemChanged.connect(self._custom_changed)
        self.custom_error = QLabel()
        colours.tint(self.custom_error, "error")
        self.custom_error.hide()
        self.add_button = QPushButton(action_icon("add"), self.tr("&Add signal"))
        self.add_button.clicked.connect(self.add_custom)
        self.remove_button = QPushButton(action_icon("remove"), self.tr("&Remove signal"))
        self.remove_button.clicked.connect(self.remove_custom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        custom_layout.addWidget(
            hint_label(self.tr("Anything particular to this deal, e.g. “They bring in a new party”."))
        )
        custom_layout.addWidget(self.custom)
        custom_layout.addWidget(self.custom_error)
        custom_layout.addLayout(buttons)
        layout.addWidget(custom)
        layout.addStretch(1)

    def _threshold_changed(self, key: str, value: int) -> None:
        def change(plan: Plan) -> None:
            signal = plan.signal(key)
            if signal is not None:
                signal.threshold = value

        self.edit(self.tr("Change signal threshold"), change, merge_key=f"signal.{key}")

    def _custom_signals_from_table(self) -> list[PlanSignal] | None:
        found: list[PlanSignal] = []
        labels: set[str] = set()
        for row in range(self.custom.rowCount()):
            label_item, threshold_item = self.custom.item(row, 0), self.custom.item(row, 1)
            label = label_item.text().strip() if label_item else ""
            if not label:
                continue
            if label.casefold() in labels:
                self._show_error(self.tr("“{label}” is there already").format(label=label))
                return None
            labels.add(label.casefold())
            text = threshold_item.text().strip() if threshold_item else "2"
            if not text.isdigit() or not 1 <= int(text) <= MAX_THRESHOLD:
                self._show_error(self.tr("“Walk after” is a whole number from 1 to {max}").format(max=MAX_THRESHOLD))
                return None
            found.append(PlanSignal(SignalKind.CUSTOM, int(text), label))
        self._show_error("")
        return found

    def _show_error(self, message: str) -> None:
        self.custom_error.setText(message)
        self.custom_error.setVisible(bool(message))

    def _custom_changed(self, *_args: object) -> None:
        if self._loading:
            return
        custom = self._custom_signals_from_table()
        if custom is None:
            return

        def change(plan: Plan) -> None:
            plan.signals = [s for s in plan.signals if s.kind is not SignalKind.CUSTOM] + custom

        self.edit(self.tr("Edit own signals"), change)

    def add_custom(self) -> None:
        self._loading = True
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setItem(row, 0, QTableWidgetItem(""))
        self.custom.setItem(row, 1, QTableWidgetItem("2"))
        self._loading = False
        self.custom.setCurrentCell(row, 0)
        name = self.custom.item(row, 0)
        if name is not None:
            self.custom.editItem(name)

    def remove_custom(self) -> None:
        row = self.custom.currentRow()
        if row >= 0:
            self.custom.removeRow(row)
            self._custom_changed()

    def fill(self, plan: Plan) -> None:
        for kind, spin in self.thresholds.items():
            signal = plan.signal(kind.value)
            if signal is not None and spin.value() != signal.threshold:
                spin.setValue(signal.threshold)
        custom = [s for s in plan.signals if s.kind is SignalKind.CUSTOM]
        shown = self._custom_signals_from_table() or []
        if [(s.label, s.threshold) for s in custom] == [(s.label, s.threshold) for s in shown]:
            return
        self.custom.setRowCount(0)
        for signal in custom:
            row = self.custom.rowCount()
            self.custom.insertRow(row)
            self.custom.setItem(row, 0, QTableWidgetItem(signal.label))
            self.custom.setItem(row, 1, QTableWidgetItem(str(signal.threshold)))
