"""Quick plan's optional step (issue 19): "Anything besides price that matters?"

Only those who tick the box on the walk-away point's page see it; everyone else goes on to the
best alternative as before, so the quick plan is no longer for them. A few number terms, each
with the worst the user would take and the best they could hope for, a target for the price and
a minimum score make a package; weights, options and the rest are fine-tuned in the Package section.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner import limits
from planner.model import Issue, IssueKind
from planner.money import AmountError
from ui.common import colours
from ui.common.action_icons import action_icon
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.lines_label import LinesLabel
from ui.common.package_text import key_for
from ui.editor.section import hint_label

#: The price's weight; the terms share as much again between them.
PRICE_WEIGHT = Decimal(50)
NAME, WORST, BEST, UNIT = range(4)


class PackagePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Optional · Besides the price"))
        self.setSubTitle(
            self.tr(
                "Each term scores 0 at the worst you would take and 100 at the best you could hope for; "
                "e.g. Warranty: worst 1, best 5 years."
            )
        )
        outer = QVBoxLayout(self)
        self.table = QTableWidget(3, 4)
        self.table.setAccessibleName(self.tr("Terms besides the price"))
        self.table.setToolTip(
            self.tr("One term a row: its name, the worst you would take, the best you could hope for, its unit")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Worst"), self.tr("Best"), self.tr("Unit")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (WORST, BEST, UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("days a week") + 16)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setFixedHeight(self.table.fontMetrics().height() * 8)
        self.table.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.more = QPushButton(action_icon("add"), self.tr("Anot&her term"))
        self.more.setToolTip(self.tr("Add a row for one more term"))
        self.more.clicked.connect(self._add_row)
        row = QHBoxLayout()
        row.addWidget(self.more)
        row.addStretch(1)
        outer.addWidget(self.table)
        outer.addLayout(row)
        self.problem = LinesLabel(2)
        self.problem.setObjectName("quick_package_problem")
        colours.tint(self.problem, "error")
        outer.addWidget(self.problem)

        below = QWidget()
        host = QFormLayout(below)
        host.setContentsMargins(0, 0, 0, 0)
        host.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(below)
        outer.addStretch(1)
        self.target = AmountEdit()
        self.target.setAccessibleName(self.tr("Target"))
        self.target.setToolTip(
            self.tr("What you aim for: the price scores 100 here and 0 at your walk-away point (optional)")
        )
        self.target.textChanged.connect(lambda _text: self.completeChanged.emit())
        host.addRow(self.tr("Targ&et:"), self.target.with_error_label())
        self.minimum = QSpinBox()
        self.minimum.setRange(0, limits.MAX_SCORE)
        self.minimum.setValue(50)
        self.minimum.setSuffix(self.tr(" of 100"))
        self.minimum.setMaximumWidth(self.minimum.sizeHint().width() + 24)
        self.minimum.setAccessibleName(self.tr("Minimum package score"))
        self.minimum.setToolTip(self.tr("The least package score you accept: below it, you don't accept"))
        host.addRow(self.tr("&Minimum score:"), self.minimum)
        host.addRow(
            "",
            hint_label(self.tr("The price counts half, the terms the other half; change it in the Package section.")),
        )

    def _add_row(self) -> None:
        if self.table.rowCount() < limits.MAX_ISSUES:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem()
            self.table.setItem(row, NAME, item)
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(item)
        self.more.setEnabled(self.table.rowCount() < limits.MAX_ISSUES)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def terms(self) -> tuple[list[Issue], str]:
        """The terms typed (rows left empty are skipped), or why they cannot be taken yet."""
        issues: list[Issue] = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            numbers = (self._text(row, WORST), self._text(row, BEST))
            if not name and not any(numbers) and not self._text(row, UNIT):
                continue
            if not name:
                return [], self.tr("Row {row} needs the term's name.").format(row=row + 1)
            values: list[Decimal] = []
            for text, what in zip(numbers, (self.tr("worst"), self.tr("best")), strict=True):
                try:
                    value = parse_amount_text(text, self.table.locale())
                except AmountError as error:
                    problem = self.tr("{term}: the {what} value {error}")
                    return [], problem.format(term=name, what=what, error=str(error))
                if value is None:
                    return [], self.tr("{term} needs its {what} value.").format(term=name, what=what)
                values.append(value)
            worst, best = values
            if worst == best:
                return [], self.tr("{term}: the best and the worst value must differ.").format(term=name)
            key = key_for(name, {i.key for i in issues})
            unit = self._text(row, UNIT)
            issues.append(Issue(key, name, IssueKind.NUMBER, Decimal(0), best=best, worst=worst, unit=unit))
        for issue in issues:  # the terms share the price's weight between them, in whole numbers
            issue.weight = Decimal(int(PRICE_WEIGHT) // len(issues))
        return issues, ""

    def isComplete(self) -> bool:
        _issues, problem = self.terms()
        self.problem.setText(problem)
        return not problem and not self.target.is_invalid()
