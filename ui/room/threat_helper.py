"""Threatening to walk? The sixty-second rule, and the pressure moves that stake no credibility.

A threat to walk only works if you would follow through within a minute of hearing
"no". If you would not, the helper offers other moves, filled in with the user's own
alternatives, concerns and people. Choosing to walk opens the walk dialog (via
:attr:`ThreatHelper.walk_requested`); the helper itself changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.model import Plan
from planner.verdict import assess
from ui.common.plan_text import amount_with_unit as money


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ThreatHelper(QDialog):
    walk_requested = Signal()

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Threatening to walk?"))
        self.setMinimumWidth(520)

        rule = QLabel(
            self.tr(
                "<b>The sixty-second rule.</b> Say you will walk only if you would stand up and leave within "
                "the next minute when they answer no. A bluff that gets called costs more than the point it "
                "was meant to win: every later warning of yours will be weighed against it."
            )
        )
        rule.setWordWrap(True)
        rule.setTextFormat(Qt.TextFormat.RichText)

        question = QLabel(self.tr("<b>If they say no, will you leave within sixty seconds?</b>"))
        question.setTextFormat(Qt.TextFormat.RichText)

        self.moves_label = QLabel(self.moves_html(plan))
        self.moves_label.setWordWrap(True)
        self.moves_label.setTextFormat(Qt.TextFormat.RichText)
        self.moves_label.setAccessibleName(self.tr("Other pressure moves"))
        self.moves_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.walk_button = QPushButton(self.tr("Yes: walk away…"))
        self.walk_button.setAccessibleName(self.tr("Yes: walk away"))
        self.walk_button.setToolTip(self.tr("Then do not threaten: walk, calmly, with the script"))
        self.stay_button = QPushButton(self.tr("No: use another move"))
        self.stay_button.setAccessibleName(self.tr("No: use another move"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.stay_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.walk_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.walk_button.clicked.connect(self._walk)
        self.stay_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addWidget(question)
        layout.addWidget(QLabel(self.tr("If not, these put on pressure without a bluff:")))
        layout.addWidget(self.moves_label)
        layout.addWidget(buttons)

    def _walk(self) -> None:
        self.accept()
        self.walk_requested.emit()

    def moves(self, plan: Plan) -> list[tuple[str, str]]:
        """(move, what to say) with the plan's own alternatives, concerns and decision maker."""
        alternatives = [a for a in plan.alternatives if a.name.strip()]
        best = plan.best_alternative
        if best is not None:
            priced = f"{best.name} ({money(plan, best.value)})" if best.value is not None else best.name
            alternative = self.tr("“We are also talking to others: {alternative} is a real option for us.”").format(
                alternative=priced
            )
        elif alternatives:
            alternative = self.tr("“We are also looking at {alternative}.”").format(alternative=alternatives[0].name)
        else:
            alternative = self.tr("You have no alternative written down yet: add one to your plan first.")
        # Never the walk-away point itself: while still negotiating, it stays ours.
        result = assess(plan)
        unmet = list(result.unmet_conditions) or plan.reservation.conditions
        if result.headroom is not None and result.headroom < 0 and result.their_offer is not None:
            concern = self.tr("“At {offer}, the price does not work for us. What can move on your side?”").format(
                offer=money(plan, result.their_offer)
            )
        elif unmet:
            concern = self.tr("“{condition} has to be part of this. How will you cover it?”").format(condition=unmet[0])
        else:
            concern = self.tr("Name one specific term that does not work for you, and ask how they would fix it.")
        who = plan.their_side.decision_maker.strip() if plan.their_side.decision_maker.strip() else ""
        consult = (
            self.tr("“I need to take this back to my side before I can answer. Can we pick it up tomorrow?”")
            if not who
            else self.tr(
                "“I need to take this back to my side before I can answer. Will {who} be there when we pick it up?”"
            ).format(who=who)
        )
        return [
            (self.tr("Introduce an alternative"), alternative),
            (self.tr("Raise a specific concern"), concern),
            (self.tr("Ask for time to consult"), consult),
        ]

    def moves_html(self, plan: Plan) -> str:
        items = "".join(f"<li><b>{_escape(move)}.</b> {_escape(say)}</li>" for move, say in self.moves(plan))
        return f"<ul style='margin: 0 0 0 -20px'>{items}</ul>"
