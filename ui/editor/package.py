"""Package (issue 19, optional): the terms besides the price, their weights, the minimum score, and
what it takes at a price.

The terms are listed on top; the one selected is edited in the form under them
(:mod:`ui.editor.package_term`). Each part's weight (the price's too) has its spin box with its share
of the package beside it. The minimum score is the least package the user accepts; the line under
it says, live, what the other terms must give at a price (the target unless another is typed:
:func:`planner.package.what_it_takes_text`). Once committed, all of it is locked like the point.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import limits
from planner.commitment import is_locked
from planner.model import Issue, IssueKind, Plan
from planner.money import AmountError
from planner.package import what_it_takes_text
from planner.package_checks import ranged_problem
from ui.common import colours
from ui.common.action_icons import action_icon
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.lines_label import LinesLabel
from ui.common.money_text import currency_and_unit
from ui.common.package_text import figure_text, key_for, share_text, shares
from ui.editor.package_term import TermForm
from ui.editor.section import Section, hint_label, show_locked
from ui.session.controller import PlanController

#: A new term's weight, and the price's when the first term makes the plan a package.
NEW_WEIGHT, FIRST_PRICE_WEIGHT = Decimal(25), Decimal(50)


def _carry(plan: Plan, old: Issue, new: Issue) -> None:
    """A term renamed (its key, or an option by its place) is renamed in the rounds that name it too."""
    renamed = dict(zip(old.options, new.options, strict=False)) if len(old.options) == len(new.options) else {}
    for round_ in plan.rounds:
        if old.key not in round_.their_terms:
            continue
        value = round_.their_terms[old.key]
        if isinstance(value, str):
            value = renamed.get(value, value)
        round_.their_terms = {
            (new.key if k == old.key else k): (value if k == old.key else v) for k, v in round_.their_terms.items()
        }


class PackageSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._plan: Plan | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Optional. When more than the price matters (warranty, delivery, remote days), score the whole "
                    "package from 0 to 100: each term from its worst (0) to its best (100), the price from your "
                    "walk-away point (0) to your target (100), weighted."
                )
            )
        )

        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Terms besides the price"))
        self.terms.setToolTip(self.tr("The terms that matter besides the price; select one to change it"))
        self.terms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # edited in the form below
        self.terms.setFixedHeight((self.terms.fontMetrics().height() + 6) * 4 + 2 * self.terms.frameWidth())
        self.terms.currentRowChanged.connect(lambda _row: self._show_current())
        self.add_button = QPushButton(action_icon("add"), self.tr("Add te&rm"))
        self.add_button.setAccessibleName(self.tr("Add term"))
        self.add_button.setToolTip(self.tr("Add a term besides the price, e.g. the warranty or the delivery time"))
        self.add_button.clicked.connect(self.add_term)
        self.remove_button = QPushButton(action_icon("remove"), self.tr("Remove term"))
        self.remove_button.setToolTip(self.tr("Remove the selected term (Ctrl+Z brings it back)"))
        self.remove_button.clicked.connect(self.remove_term)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.terms, 1)
        terms_row.addLayout(buttons)
        layout.addLayout(terms_row)
        self.empty = hint_label(self.tr("No terms besides the price: the walk-away point is all that counts."))
        layout.addWidget(self.empty)

        self.term_form = TermForm()
        self.term_form.edited.connect(self._term_edited)
        layout.addWidget(self.term_form)

        self.weights_box = QGroupBox(self.tr("Weights"))
        self.weights_box.setToolTip(self.tr("How much each part counts: its share is its weight over all the weights"))
        self.weights = QGridLayout(self.weights_box)
        self.weights.setColumnStretch(0, 1)
        self.price_weight = self._weight_spin(self.tr("Weight of the price"))
        self.price_weight.valueChanged.connect(self._price_weight_changed)
        self.price_share = QLabel()
        self.weights.addWidget(QLabel(self.tr("Price")), 0, 0)
        self.weights.addWidget(self.price_weight, 0, 1)
        self.weights.addWidget(self.price_share, 0, 2)
        self._weight_rows: list[tuple[QLabel, QSpinBox, QLabel]] = []
        layout.addWidget(self.weights_box)

        self.minimum = QLineEdit()
        self.minimum.setAccessibleName(self.tr("Minimum package score"))
        self.minimum.setToolTip(
            self.tr("The least package score you accept, from 0 to 100: below it, you don't accept (empty: none)")
        )
        self.minimum.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.minimum.setMaximumWidth(80)
        self.minimum.textEdited.connect(self._minimum_edited)
        self.minimum_error = LinesLabel(1)
        self.minimum_error.setObjectName("package_minimum_error")
        colours.tint(self.minimum_error, "error")
        minimum_row = QHBoxLayout()
        minimum_row.setContentsMargins(0, 0, 0, 0)
        minimum_row.addWidget(self.minimum)
        minimum_row.addWidget(QLabel(self.tr("of 100")))
        minimum_row.addWidget(self.minimum_error, 1)

        self.price = AmountEdit()
        self.price.setAccessibleName(self.tr("Price for what it takes"))
        self.price.setToolTip(
            self.tr(
                "A price they might offer: the line below says what the other terms must then give "
                "(your target when empty)"
            )
        )
        self.price.textEdited.connect(lambda _text: self._show_what_it_takes())
        self.price_unit = QLabel()
        self.what_it_takes = LinesLabel(3)
        self.what_it_takes.setObjectName("what_it_takes")
        font = self.what_it_takes.font()
        font.setBold(True)
        self.what_it_takes.setFont(font)

        self.bottom = QWidget()
        form = QFormLayout(self.bottom)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        minimum_label = QLabel(self.tr("M&inimum score:"))
        minimum_label.setBuddy(self.minimum)
        form.addRow(minimum_label, minimum_row)
        form.addRow(
            "", hint_label(self.tr("A package below it is a reason to counter, and to walk once they call it final."))
        )
        price_label = QLabel(self.tr("What it takes &at:"))
        price_label.setBuddy(self.price)
        form.addRow(price_label, self.price.with_error_label(self.price_unit))
        form.addRow("", self.what_it_takes)
        layout.addWidget(self.bottom)
        layout.addStretch(1)

    def _weight_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, limits.MAX_WEIGHT)
        spin.setAccessibleName(name)
        spin.setToolTip(self.tr("Its weight, from 1 to 100; the share beside it is what it counts in the package"))
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # scrolling the section never turns a weight by accident
        return spin

    # -- showing -----------------------------------------------------------------------

    def fill(self, plan: Plan) -> None:
        self._plan = plan
        labels = [issue.label for issue in plan.issues]
        if [self.terms.item(i).text() for i in range(self.terms.count())] != labels:
            row = self.terms.currentRow()
            self.terms.blockSignals(True)
            self.terms.clear()
            self.terms.addItems(labels)
            self.terms.setCurrentRow(min(max(row, 0), len(labels) - 1))
            self.terms.blockSignals(False)
        has = plan.has_package
        self.terms.setVisible(has)
        self.empty.setVisible(not has)
        self.weights_box.setVisible(has)
        self.bottom.setVisible(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(len(plan.issues) < limits.MAX_ISSUES)
        self._fill_weights(plan)
        self._fill_minimum(plan)
        self.price_unit.setText(currency_and_unit(plan.currency, plan.unit))
        reference = plan.target if plan.target is not None else plan.opening
        self.price.setPlaceholderText(self.tr("your target") if reference is not None else "")
        self._show_current()
        self._show_what_it_takes()
        locked = is_locked(plan)  # after commit, the package moves only by revision, like the point
        spins = [self.price_weight, *(spin for _l, spin, _s in self._weight_rows)]
        show_locked([*self.term_form.lockable(), *spins, self.minimum], locked)
        for spin in spins:
            spin.setReadOnly(locked)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.NoButtons if locked else QAbstractSpinBox.ButtonSymbols.UpDownArrows
            )
        if locked:  # Revise commitment… moves the weights and the minimum; the terms stay as signed
            for field in self.term_form.lockable():
                field.setToolTip(
                    self.tr(
                        "Locked by your signed commitment: the terms stay as signed. "
                        "Revise commitment… moves their weights and the minimum."
                    )
                )
        for button in (self.add_button, self.remove_button):
            button.setVisible(not locked)
        self.term_form.set_locked(locked)

    def _fill_weights(self, plan: Plan) -> None:
        while len(self._weight_rows) > len(plan.issues):
            for part in self._weight_rows.pop():
                self.weights.removeWidget(part)
                part.deleteLater()
        while len(self._weight_rows) < len(plan.issues):
            row = len(self._weight_rows) + 1
            spin = self._weight_spin("")
            spin.valueChanged.connect(lambda value, index=row - 1: self._weight_changed(index, value))
            parts = (QLabel(), spin, QLabel())
            for column, cell in enumerate(parts):
                self.weights.addWidget(cell, row, column)
            self._weight_rows.append(parts)
        price_share, term_shares = shares(plan)
        self._set_spin(self.price_weight, plan.price_weight)
        self.price_share.setText(share_text(price_share))
        self.price_share.setToolTip(
            self.tr("The price's share of the package")
            if price_share is not None
            else self.tr("The price is not scored: give a target (or an opening) better than your walk-away point")
        )
        for issue, share, (label, spin, share_label) in zip(plan.issues, term_shares, self._weight_rows, strict=True):
            label.setText(issue.label)
            spin.setAccessibleName(self.tr("Weight of {term}").format(term=issue.label))
            self._set_spin(spin, issue.weight)
            share_label.setText(share_text(share))

    def _set_spin(self, spin: QSpinBox, value: Decimal | None) -> None:
        whole = int(value) if value is not None else 1  # a weight a file wrote with places shows whole
        if spin.value() != whole and (value is None or Decimal(spin.value()) != value):
            spin.blockSignals(True)
            spin.setValue(whole)
            spin.blockSignals(False)

    def _fill_minimum(self, plan: Plan) -> None:
        minimum = plan.reservation.min_score
        typed = self._typed_minimum()
        if self.minimum.hasFocus() and (typed is None or typed == minimum):
            return  # what is being typed: a value on its way, or the same figure written otherwise
        if typed != minimum or isinstance(typed, str):
            self.minimum.setText(figure_text(minimum) if minimum is not None else "")
            self.minimum_error.setText("")

    def _typed_minimum(self) -> Decimal | str | None:
        """The minimum typed: a score, ``None`` when empty, or why it is not one."""
        try:
            value = parse_amount_text(self.minimum.text(), self.minimum.locale())
        except AmountError as error:
            return str(error)
        problem = ranged_problem(value, 0, limits.MAX_SCORE) if value is not None else None
        return problem if problem else value

    def _show_current(self) -> None:
        plan, row = self._plan, self.terms.currentRow()
        if plan is None or not 0 <= row < len(plan.issues):
            self.term_form.hide()
            return
        issue = plan.issues[row]
        self.term_form.show_term(issue, {i.key for i in plan.issues if i is not issue})
        self.term_form.show()

    def _show_what_it_takes(self) -> None:
        plan = self._plan
        if plan is None or not plan.has_package:
            self.what_it_takes.setText("")
            return
        if plan.reservation.min_score is None:
            self.what_it_takes.setText(self.tr("Give a minimum score to see what the other terms must give."))
            return
        price = self.price.typed_value()
        if price is None:
            price = plan.target if plan.target is not None else plan.opening
        self.what_it_takes.setText(what_it_takes_text(plan, price))

    # -- editing -----------------------------------------------------------------------

    def add_term(self) -> None:
        plan = self.controller.current_plan()
        if plan is None or len(plan.issues) >= limits.MAX_ISSUES:
            return
        label = self.tr("New term")
        key = key_for(label, {i.key for i in plan.issues})

        def add(plan: Plan) -> None:
            if plan.price_weight is None:
                plan.price_weight = FIRST_PRICE_WEIGHT
            plan.issues.append(Issue(key, label, IssueKind.NUMBER, NEW_WEIGHT, best=Decimal(1), worst=Decimal(0)))

        self.edit(self.tr("Add term"), add)
        self.terms.setCurrentRow(self.terms.count() - 1)
        self.term_form.label_edit.setFocus()
        self.term_form.label_edit.selectAll()

    def remove_term(self) -> None:
        plan, row = self.controller.current_plan(), self.terms.currentRow()
        if plan is None or not 0 <= row < len(plan.issues):
            return

        def remove(plan: Plan) -> None:
            del plan.issues[row]
            if not plan.issues:  # no terms: no package, so no price weight and no minimum either
                plan.price_weight = None
                plan.reservation.min_score = None

        self.edit(self.tr("Remove term"), remove)

    def _term_edited(self, old_key: str, issue: Issue, merge: str) -> None:
        row = self.terms.currentRow()

        def change(plan: Plan) -> None:
            index = next((i for i, t in enumerate(plan.issues) if t.key == old_key), row)
            issue.weight = plan.issues[index].weight
            _carry(plan, plan.issues[index], issue)
            plan.issues[index] = issue

        self.edit(self.tr("Edit term"), change, merge_key=f"package.term{row}.{merge}" if merge else None)

    def _weight_changed(self, index: int, value: int) -> None:
        def change(plan: Plan) -> None:
            if index < len(plan.issues):
                plan.issues[index].weight = Decimal(value)

        self.edit(self.tr("Edit weight"), change, merge_key=f"package.weight{index}")

    def _price_weight_changed(self, value: int) -> None:
        weight = Decimal(value)
        self.edit(self.tr("Edit weight"), lambda plan: setattr(plan, "price_weight", weight), merge_key="package.price")

    def _minimum_edited(self, _text: str) -> None:
        typed = self._typed_minimum()
        if isinstance(typed, str):
            self.minimum_error.setText(self.tr("The minimum score {problem}").format(problem=typed))
            return
        self.minimum_error.setText("")
        self.edit(
            self.tr("Edit minimum score"),
            lambda plan: setattr(plan.reservation, "min_score", typed),
            merge_key="package.min_score",
        )
