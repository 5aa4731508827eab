"""One term of a package, in a form: its label, key, kind, best and worst (or its options), unit.

The form edits a copy of the term and hands it back whole (:attr:`TermForm.edited`), only once it
keeps the package's rules (:mod:`planner.package_checks`): a half-typed key or an empty label shows
a message under the form instead of reaching the plan. The Package section applies the term to
the plan, through the controller (one undo step per typing run).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import limits
from planner.model import Issue, IssueKind, copy_issue
from planner.money import AmountError
from planner.package_checks import key_problem, ranged_problem
from ui.common import colours
from ui.common.action_icons import action_icon
from ui.common.amount_edit import AmountEdit
from ui.common.amount_parse import parse_amount_text
from ui.common.lines_label import LinesLabel
from ui.common.package_text import figure_text, key_for
from ui.editor.section import set_text


class TermForm(QWidget):
    """Shows one term (:meth:`show_term`); emits ``edited(old key, new term, what changed)``."""

    edited = Signal(str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issue: Issue | None = None
        self._others: set[str] = set()  # the other terms' keys
        self._filling = False
        #: What a term was before its kind switched, to switch back without retyping (by key).
        self._kept: dict[str, Issue] = {}

        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Term"))
        self.label_edit.setToolTip(self.tr("The term as people call it, e.g. Warranty, Delivery, Remote days"))
        self.label_edit.setMaxLength(limits.TITLE_CHARS)
        self.label_edit.textEdited.connect(self._label_edited)
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Key"))
        self.key_edit.setToolTip(
            self.tr("Its short name in rounds and on the command line (--term KEY=VALUE): letters, digits, _ . -")
        )
        self.key_edit.setMaxLength(limits.ISSUE_KEY_CHARS)
        # A key is taken when it is finished (Enter, Tab): half-typed, it would rename the term in every round.
        self.key_edit.textEdited.connect(lambda text: self.show_problem(self._problem(self._with_key(text))))
        self.key_edit.editingFinished.connect(self._key_edited)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of term"))
        self.kind.setToolTip(
            self.tr("A number scored from its worst to its best value, or a few options each with its own score")
        )
        self.kind.addItem(self.tr("A number"), IssueKind.NUMBER)
        self.kind.addItem(self.tr("Options"), IssueKind.OPTIONS)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.best = AmountEdit(required=True)
        self.best.setAccessibleName(self.tr("Best value"))
        self.best.setToolTip(
            self.tr("The value that scores 100: the best you could hope for (it may be the lower one)")
        )
        self.worst = AmountEdit(required=True)
        self.worst.setAccessibleName(self.tr("Worst value"))
        self.worst.setToolTip(self.tr("The value that scores 0: the worst you would still take on this term"))
        for edit in (self.best, self.worst):
            edit.setMaximumWidth(110)
            edit.value_edited.connect(lambda _value: self._number_edited())
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setToolTip(self.tr("Optional: what the number counts, e.g. years, weeks, days a week"))
        self.unit.setMaxLength(limits.LINE_CHARS)
        self.unit.textEdited.connect(lambda _text: self._emit(merge="unit"))
        numbers = QWidget()
        row = QHBoxLayout(numbers)
        row.setContentsMargins(0, 0, 0, 0)
        self.worst_label = QLabel(self.tr("worst"))
        self.worst_label.setBuddy(self.worst)
        row.addWidget(self.best)
        row.addWidget(self.worst_label)
        row.addWidget(self.worst)
        row.addStretch(1)
        numbers.setFocusProxy(self.best)  # "Best:" (Alt+S) puts the cursor in the best value

        self.options = QTableWidget(0, 2)
        self.options.setAccessibleName(self.tr("Options and their scores"))
        self.options.setToolTip(self.tr("Each option they may offer, with its score from 0 (worst) to 100 (best)"))
        self.options.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Score")])
        self.options.verticalHeader().hide()
        self.options.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.options.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.options.setFixedHeight(self.fontMetrics().height() * 7)
        self.options.itemChanged.connect(lambda _item: self._options_edited())
        self.add_option = QPushButton(action_icon("add"), self.tr("Add option"))
        self.add_option.setToolTip(self.tr("Add an option to this term"))
        self.add_option.clicked.connect(self._add_option)
        self.remove_option = QPushButton(action_icon("remove"), self.tr("Remove option"))
        self.remove_option.setToolTip(self.tr("Remove the selected option"))
        self.remove_option.clicked.connect(self._remove_option)
        options_box = QWidget()
        options_layout = QVBoxLayout(options_box)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(self.options)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_option)
        buttons.addWidget(self.remove_option)
        buttons.addStretch(1)
        options_layout.addLayout(buttons)

        self.error = LinesLabel(2)
        self.error.setObjectName("term_error")
        colours.tint(self.error, "error")

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(self.tr("Ter&m:"), self.label_edit)
        self.form.addRow(self.tr("&Key:"), self.key_edit)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Be&st:"), numbers)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Options:"), options_box)
        self.form.addRow("", self.error)
        self._numbers, self._options_box = numbers, options_box

    # -- showing -----------------------------------------------------------------------

    def show_term(self, issue: Issue, others: set[str]) -> None:
        """Show ``issue`` (a copy is kept); ``others``: the other terms' keys, which this one may not take."""
        self._issue, self._others = copy_issue(issue), set(others)
        self._filling = True
        try:
            if not (self.label_edit.hasFocus() and not self.label_edit.text().strip()):
                set_text(self.label_edit, issue.label)
            if not self.key_edit.hasFocus():
                set_text(self.key_edit, issue.key)
            self.kind.setCurrentIndex(self.kind.findData(issue.kind))
            number = issue.kind is IssueKind.NUMBER
            self.form.setRowVisible(self._numbers, number)
            self.form.setRowVisible(self.unit, number)
            self.form.setRowVisible(self._options_box, not number)
            for edit, value in ((self.best, issue.best), (self.worst, issue.worst)):
                if edit.value() != value or (edit.is_invalid() and not edit.hasFocus()):
                    edit.setValue(value)
            set_text(self.unit, issue.unit)
            self._fill_options(issue)
        finally:
            self._filling = False

    def _fill_options(self, issue: Issue) -> None:
        if self.options.state() == QAbstractItemView.State.EditingState:
            return  # the user is typing in a cell: what it holds is theirs until they finish
        shown = [(name, figure_text(score)) for name, score in issue.options.items()]
        if shown == self._option_texts():
            return
        row = self.options.currentRow()
        self.options.setRowCount(len(shown))
        for index, (name, score) in enumerate(shown):
            self.options.setItem(index, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(score)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.options.setItem(index, 1, item)
        if 0 <= row < len(shown):
            self.options.selectRow(row)

    def _option_texts(self) -> list[tuple[str, str]]:
        texts = []
        for row in range(self.options.rowCount()):
            name, score = self.options.item(row, 0), self.options.item(row, 1)
            texts.append((name.text() if name else "", score.text() if score else ""))
        return texts

    def show_problem(self, message: str) -> None:
        self.error.setText(message)

    def lockable(self) -> list[QWidget]:
        return [self.label_edit, self.key_edit, self.kind, self.best, self.worst, self.unit, self.options]

    def set_locked(self, locked: bool) -> None:
        for button in (self.add_option, self.remove_option):
            button.setVisible(not locked)

    # -- editing -----------------------------------------------------------------------

    def _emit(self, *, merge: str, change: Issue | None = None) -> None:
        """Build the term from the fields (or take ``change``) and hand it on, if it keeps the rules."""
        if self._filling or self._issue is None:
            return
        old = self._issue
        issue = change if change is not None else copy_issue(old)
        if change is None:
            issue.unit = self.unit.text().strip() if issue.kind is IssueKind.NUMBER else ""
        problem = self._problem(issue)
        self.show_problem(problem)
        if problem:
            return
        self._issue = copy_issue(issue)
        # A typing run is one undo step (the section merges by ``merge``); "" is a step of its own.
        self.edited.emit(old.key, issue, merge)

    def _problem(self, issue: Issue) -> str:
        if not issue.label.strip():
            return self.tr("A term needs a name.")
        problem = key_problem(issue.key)
        if problem:
            return self.tr("Key: {problem}").format(problem=problem)
        if issue.key.casefold() in {k.casefold() for k in self._others}:
            return self.tr("Key: '{key}' is the key of another term.").format(key=issue.key)
        if issue.kind is IssueKind.NUMBER and issue.best is not None and issue.best == issue.worst:
            return self.tr("Best and worst must differ: the term scores from its worst (0) to its best (100).")
        return ""

    def _label_edited(self, text: str) -> None:
        if self._issue is None:
            return
        issue = copy_issue(self._issue)
        # The key follows the label while it is the one made from it (the user never typed their own).
        if issue.key == key_for(issue.label, self._others) and text.strip():
            issue.key = key_for(text.strip(), self._others)
            set_text(self.key_edit, issue.key)
        issue.label = text.strip()
        self._emit(merge="label", change=issue)

    def _with_key(self, text: str) -> Issue:
        issue = copy_issue(self._issue) if self._issue is not None else Issue("", "", IssueKind.NUMBER, Decimal(1))
        issue.key = text.strip()
        return issue

    def _key_edited(self) -> None:
        if self._issue is not None and self.key_edit.text().strip() != self._issue.key:
            self._emit(merge="", change=self._with_key(self.key_edit.text()))

    def _number_edited(self) -> None:
        if self._issue is None or self._issue.kind is not IssueKind.NUMBER:
            return
        issue = copy_issue(self._issue)
        issue.best, issue.worst = self.best.value(), self.worst.value()
        self._emit(merge="numbers", change=issue)

    def _kind_changed(self, _index: int) -> None:
        if self._filling or self._issue is None:
            return
        kind = IssueKind(self.kind.currentData())
        issue = copy_issue(self._issue)
        if kind is issue.kind:
            return
        self._kept[f"{issue.key}:{issue.kind.value}"] = copy_issue(issue)
        before = self._kept.get(f"{issue.key}:{kind.value}")
        issue.kind = kind
        if kind is IssueKind.OPTIONS:
            issue.best = issue.worst = None
            issue.unit = ""
            fresh = {self.tr("Yes"): Decimal(100), self.tr("No"): Decimal(0)}
            issue.options = dict(before.options) if before else fresh
        else:
            issue.options = {}
            issue.best, issue.worst = (before.best, before.worst) if before else (Decimal(1), Decimal(0))
            issue.unit = before.unit if before else ""
        self._emit(merge="", change=issue)

    def _options_edited(self) -> None:
        if self._filling or self._issue is None:
            return
        options: dict[str, Decimal] = {}
        for row, (name, score_typed) in enumerate(self._option_texts(), start=1):
            name = name.strip()
            if not name:
                self.show_problem(self.tr("Option {row} needs a name.").format(row=row))
                return
            if name.casefold() in {n.casefold() for n in options}:
                self.show_problem(self.tr("'{name}' is listed twice.").format(name=name))
                return
            try:
                score = parse_amount_text(score_typed, self.options.locale())
            except AmountError as error:
                self.show_problem(self.tr("{name}: the score {error}").format(name=name, error=str(error)))
                return
            problem = ranged_problem(score, 0, limits.MAX_SCORE)
            if problem:
                self.show_problem(self.tr("{name}: the score {problem}").format(name=name, problem=problem))
                return
            options[name] = score if score is not None else Decimal(0)
        issue = copy_issue(self._issue)
        issue.options = options
        self._emit(merge="options", change=issue)

    def _add_option(self) -> None:
        if self._issue is None or len(self._issue.options) >= limits.MAX_OPTIONS:
            return
        taken = {n.casefold() for n in self._issue.options}
        number = len(self._issue.options) + 1
        name = self.tr("Option {n}").format(n=number)
        while name.casefold() in taken:
            number += 1
            name = self.tr("Option {n}").format(n=number)
        issue = copy_issue(self._issue)
        issue.options[name] = Decimal(0)
        self._emit(merge="", change=issue)
        row = list(issue.options).index(name)
        item = self.options.item(row, 0)
        if item is not None:  # the new option, its name ready to be typed over
            self.options.setCurrentCell(row, 0)
            self.options.editItem(item)

    def _remove_option(self) -> None:
        row = self.options.currentRow()
        if self._issue is None or not 0 <= row < len(self._issue.options) or len(self._issue.options) <= 1:
            return
        issue = copy_issue(self._issue)
        del issue.options[list(issue.options)[row]]
        self._emit(merge="", change=issue)
