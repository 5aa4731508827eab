"""The deal editor's "After the walk" section: every walk, its follow-up and the reopening after it,
then and now (the latest walk against now, with the verdict).

It only shows; changes go through the Reopen and Outcome dialogs that the
feature opens when this section asks for them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.dates import moment_day
from planner.model import Plan, Status, Walk
from ui.after_walk.then_and_now import ThenAndNowView
from ui.common.dates_text import date_text
from ui.common.money_text import money_text


class AfterWalkSection(QWidget):
    reopen_requested = Signal()
    outcome_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.story = QLabel()
        self.story.setObjectName("after_walk_story")
        self.story.setWordWrap(True)
        self.story.setTextFormat(Qt.TextFormat.PlainText)
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the deal"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.outcome_button = QPushButton(self.tr("Record Outcome…"))
        self.outcome_button.setAccessibleName(self.tr("Record how the deal ended"))
        self.outcome_button.clicked.connect(self.outcome_requested)
        self.then_and_now = ThenAndNowView()
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.outcome_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.story)
        layout.addLayout(buttons)
        layout.addWidget(self.then_and_now, 1)

    def load(self, plan: Plan) -> None:
        walked, reopened = plan.walked, plan.reopened
        self.reopen_button.setVisible(plan.status is Status.WALKED)
        self.outcome_button.setVisible(plan.status in (Status.WALKED, Status.REOPENED))
        self.then_and_now.setVisible(reopened is not None)
        if walked is None:
            self.story.setText(self.tr("This section fills in once you walk away from the deal."))
            return
        lines: list[str] = []
        reopenings = dict(plan.reopenings())
        for phase, walk in plan.walks():
            lines.extend(self._walk_lines(walk, current=walk is walked and plan.status is Status.WALKED))
            again = reopenings.get(phase + 1)
            if again is not None:
                lines.append(
                    self.tr("Reopened on {day}: {why}").format(day=date_text(moment_day(again.at)), why=again.note)
                )
                answer = {True: self.tr("yes"), False: self.tr("no"), None: self.tr("not sure")}[again.first_time_today]
                lines.append(
                    self.tr("Would you sign it if it walked in today? On reopening: {answer}.").format(answer=answer)
                )
        if reopened is not None:
            self.then_and_now.set_plan(plan)
        if plan.outcome is not None:
            amount = " " + money_text(plan.outcome.amount, plan.currency) if plan.outcome.amount is not None else ""
            lines.append(
                self.tr("Ended {day}: {status}{amount}.").format(
                    day=date_text(moment_day(plan.outcome.at)), status=plan.outcome.status.value, amount=amount
                )
            )
        self.story.setText("\n".join(lines))

    def _walk_lines(self, walked: Walk, *, current: bool) -> list[str]:
        lines = [
            self.tr("You walked away on {day}: {reason}").format(
                day=date_text(moment_day(walked.at)), reason=walked.reason
            )
        ]
        if walked.follow_up_on is not None and current:
            lines.append(self.tr("Follow up on {day}.").format(day=date_text(walked.follow_up_on)))
        for move in walked.moves:
            moved = self.tr("Follow-up moved on {at} from {old} to {new}").format(
                at=date_text(move.at.date()),
                old=date_text(move.from_date) if move.from_date else "—",
                new=date_text(move.to_date),
            )
            lines.append(f"{moved}{': ' + move.note if move.note else '.'}")
        return lines
