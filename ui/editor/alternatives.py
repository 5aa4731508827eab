"""Alternatives: what we do if there is no deal, in a table; the best one is marked."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.model import Alternative, Plan
from ui.common import colours
from ui.common.action_icons import action_icon
from ui.common.percent_edit import PercentDelegate
from ui.common.plan_text import alternative_warning, amount_with_unit
from ui.editor.alternatives_model import LIKELIHOOD, NAME, NOTES, VALUE, AlternativesModel
from ui.editor.reservation import feedback_label, show_warnings, warning_label
from ui.editor.section import Section, hint_label
from ui.session.controller import PlanController


class AlternativesSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = AlternativesModel(self)
        self.model.alternatives_edited.connect(self._save)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Alternatives"))
        self.table.setToolTip(
            self.tr("What you can do if there is no deal: each option with its value and how likely it is")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        # The likelihood is typed in percent, with the "%" in sight (the plan keeps 0–1).
        self.table.setItemDelegateForColumn(LIKELIHOOD, PercentDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(
            VALUE, self.fontMetrics().horizontalAdvance("EUR 1,000,000.00") + 24
        )
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.error = QLabel()
        self.error.setObjectName("alternatives_error")
        colours.tint(self.error, "error")
        self.error.hide()
        self.model.edit_refused.connect(self._show_refusal)

        self.add_button = QPushButton(action_icon("add"), self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add alternative"))
        self.add_button.clicked.connect(self.add_alternative)
        self.remove_button = QPushButton(action_icon("remove"), self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove alternative"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(action_icon("up"), self.tr("&Up"))
        self.up_button.setAccessibleName(self.tr("Move alternative up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(action_icon("down"), self.tr("Do&wn"))
        self.down_button.setAccessibleName(self.tr("Move alternative down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.best = feedback_label("best_alternative")
        font = self.best.font()
        font.setBold(True)
        self.best.setFont(font)
        self.warning = warning_label("alternatives_warning")
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "What will you do if this deal does not happen? Give each alternative what it is worth to you "
                    "in the deal's terms. The best one (★) sets the floor for your walk-away point."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.best)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _save(self, alternatives: list[Alternative]) -> None:
        self.edit(self.tr("Edit alternatives"), lambda plan: setattr(plan, "alternatives", alternatives))

    def _show_refusal(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def add_alternative(self) -> None:
        rows = self.model.alternatives()
        rows.append(Alternative(self.tr("New alternative")))
        self._save(rows)
        self._select(len(rows) - 1, edit=True)

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        rows = self.model.alternatives()
        del rows[row]
        self._save(rows)
        self._select(min(row, len(rows) - 1))

    def _move(self, step: int) -> None:
        row = self.table.currentIndex().row()
        rows = self.model.alternatives()
        target = row + step
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self._save(rows)
        self._select(target)

    def _select(self, row: int, *, edit: bool = False) -> None:
        if row < 0:
            return
        index = self.model.index(row, NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if edit:
            self.table.edit(index)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.table.currentIndex().row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def fill(self, plan: Plan) -> None:
        current = self.table.currentIndex()
        self.model.set_plan(plan)
        if current.isValid() and not self.table.currentIndex().isValid() and current.row() < self.model.rowCount():
            self._select(current.row())
        best = plan.best_alternative
        if best is not None and best.value is not None:
            self.best.setText(
                self.tr("Best alternative: {name}, worth {amount}").format(
                    name=best.name, amount=amount_with_unit(plan, best.value)
                )
            )
        else:
            self.best.setText(
                self.tr("No alternative has a value yet: without one, your walk-away point has no floor.")
            )
        warning = alternative_warning(plan)
        show_warnings(self.warning, [warning] if warning else [])
        self._update_buttons()
