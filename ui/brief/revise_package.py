"""Revise commitment… for a plan with a package (issue 19): its minimum score and its weights move
only on the record, as the point does.

The terms themselves (their best and worst, their options) are what the deal is about; what moves
in the room is how much each counts and the least package accepted, so those are offered here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from planner import limits
from planner.model import PackageDefinition, Plan, copy_issue
from planner.money import AmountError
from planner.package_checks import ranged_problem
from ui.common.amount_parse import parse_amount_text
from ui.common.package_text import figure_text

#: The minimum and the weights side by side, four a line, so that the dialog stays short (1366×768 at 150 %).
COLUMNS = 4


def _weight(old: Decimal | None, shown: int) -> Decimal:
    """A weight as revised: what its spin box shows, or the old weight, exactly, while it still shows it
    (a weight a plan file wrote with places, ``12.5``, shows as ``12`` and stays ``12.5`` unless changed)."""
    return old if old is not None and shown == int(old) else Decimal(shown)


class RevisePackage(QWidget):
    """The minimum score (:attr:`minimum`), then a spin box per weight (:attr:`weights`, the price first)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        minimum = plan.reservation.min_score
        self.minimum = QLineEdit(figure_text(minimum) if minimum is not None else "")
        self.minimum.setAccessibleName(self.tr("New minimum package score"))
        self.minimum.setToolTip(self.tr("The least package score you accept from this revision on, 0 to 100"))
        self.minimum.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.minimum.setMaximumWidth(self.minimum.fontMetrics().horizontalAdvance("100.0") + 16)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: list[tuple[str, QWidget]] = [(self.tr("Minimum"), self.minimum)]
        self.weights: list[QSpinBox] = []
        parts = [(self.tr("Price"), plan.price_weight), *((i.label, i.weight) for i in plan.issues)]
        for name, weight in parts:
            spin = QSpinBox()
            spin.setRange(1, limits.MAX_WEIGHT)
            spin.setValue(int(weight) if weight is not None else 1)
            spin.setAccessibleName(self.tr("New weight of {part}").format(part=name))
            spin.setToolTip(self.tr("How much {part} counts from this revision on, 1 to 100").format(part=name))
            cells.append((name, spin))
            self.weights.append(spin)
        for index, (name, field) in enumerate(cells):
            label = QLabel(name)
            label.setBuddy(field)
            row, column = divmod(index, COLUMNS)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(field, row, column * 2 + 1)
        self.setFocusProxy(self.minimum)

    def definition(self) -> PackageDefinition | str | None:
        """The package as revised, ``None`` when nothing moved, or why the minimum is not a score."""
        plan = self._plan
        try:
            minimum = parse_amount_text(self.minimum.text(), self.minimum.locale())
        except AmountError as error:
            return self.tr("Minimum package score: {problem}").format(problem=str(error))
        problem = ranged_problem(minimum, 0, limits.MAX_SCORE) if minimum is not None else None
        if problem:
            return self.tr("Minimum package score: {problem}").format(problem=problem)
        issues = [copy_issue(i) for i in plan.issues]
        price, *terms = (spin.value() for spin in self.weights)
        for issue, weight in zip(issues, terms, strict=True):
            issue.weight = _weight(issue.weight, weight)
        price_weight = _weight(plan.price_weight, price)
        revised = PackageDefinition(issues, price_weight, minimum)
        return None if revised == plan.package_definition() else revised
