"""Their side: who decides, who will be at the table, and our estimate of their walk-away point."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from planner import limits
from planner.model import Plan
from ui.common.lines_label import LinesLabel
from ui.common.money_text import currency_and_unit
from ui.common.plan_text import zone_of_agreement
from ui.editor.section import Section, form_layout, hint_label, set_text, text_box
from ui.session.controller import PlanController


class TheirSideSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        from ui.common.amount_edit import AmountEdit

        form = form_layout(self)
        self.decision_maker = QLineEdit()
        self.decision_maker.setAccessibleName(self.tr("Who decides on their side"))
        self.decision_maker.setToolTip(self.tr("The person who can actually say yes for them"))
        self.decision_maker.setMaxLength(limits.LINE_CHARS)
        self.bind_line(
            self.decision_maker,
            "their.decision_maker",
            self.tr("Edit who decides"),
            lambda plan, text: setattr(plan.their_side, "decision_maker", text.strip()),
        )
        form.addRow(self.tr("Who de&cides:"), self.decision_maker)
        self.at_table = QLineEdit()
        self.at_table.setAccessibleName(self.tr("Who will be at the table"))
        self.at_table.setToolTip(self.tr("Who will be in the room for them"))
        self.at_table.setMaxLength(limits.LINE_CHARS)
        self.bind_line(
            self.at_table,
            "their.at_table",
            self.tr("Edit who is at the table"),
            lambda plan, text: setattr(plan.their_side, "at_table", text.strip()),
        )
        form.addRow(self.tr("At the &table:"), self.at_table)
        self.authority = LinesLabel(2)  # fixed: the fields below stay put while names are typed
        self.authority.setObjectName("authority_check")
        form.addRow("", self.authority)

        self.walk_away = AmountEdit()
        self.walk_away.setAccessibleName(self.tr("Their walk-away point, estimated"))
        self.walk_away.setToolTip(self.tr("Your estimate of the figure past which they would rather leave"))
        self.walk_away.value_edited.connect(self._walk_away_edited)
        self.walk_away_unit = QLabel()
        form.addRow(self.tr("Their &walk-away point:"), self.walk_away.with_error_label(self.walk_away_unit))
        form.addRow("", hint_label(self.tr("Your best estimate of the point where they would leave.")))
        self.zone = LinesLabel(3)
        self.zone.setObjectName("zone_of_agreement")
        font = self.zone.font()
        font.setBold(True)
        self.zone.setFont(font)
        form.addRow(self.tr("Zone of agreement:"), self.zone)

        self.alternatives = text_box(self.tr("Their alternatives"), lines=4)

        self.alternatives.setToolTip(self.tr("What they can do if there is no deal with you"))
        self.bind_text(
            self.alternatives,
            "their.alternatives",
            self.tr("Edit their alternatives"),
            lambda plan, text: setattr(plan.their_side, "alternatives", text),
        )
        form.addRow(self.tr("Their &alternatives:"), self.alternatives)
        form.addRow("", hint_label(self.tr("What they will do if there is no deal with you.")))

    def _walk_away_edited(self, value: Decimal | None) -> None:
        self.edit(
            self.tr("Edit their walk-away point"),
            lambda plan: setattr(plan.their_side, "walk_away", value),
            merge_key="their.walk_away",
        )

    def fill(self, plan: Plan) -> None:
        their = plan.their_side
        if self.decision_maker.text().strip() != their.decision_maker:
            set_text(self.decision_maker, their.decision_maker)
        if self.at_table.text().strip() != their.at_table:
            set_text(self.at_table, their.at_table)
        if self.walk_away.value() != their.walk_away or (self.walk_away.is_invalid() and not self.walk_away.hasFocus()):
            self.walk_away.setValue(their.walk_away)
        set_text(self.alternatives, their.alternatives)
        self.walk_away_unit.setText(currency_and_unit(plan.currency, plan.unit))
        self.zone.setText(zone_of_agreement(plan))
        self.authority.setText(self._authority_text(plan))

    def _authority_text(self, plan: Plan) -> str:
        decider, table = plan.their_side.decision_maker, plan.their_side.at_table
        if not decider:
            return self.tr("Find out who can say yes before you meet; otherwise every concession is only a step.")
        if table and decider.casefold() not in table.casefold():
            return self.tr(
                "⚠ The person who decides will not be at the table: expect “I have to check” and keep your "
                "concessions for when they are."
            )
        if not table:
            return self.tr("Who will be at the table? Ask before you meet whether the person who decides will be.")
        return self.tr("The person who decides will be at the table.")
