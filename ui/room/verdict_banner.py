"""The verdict at a glance: WALK / CONSIDER WALKING / PROCEED, the reasons in words, the investment.

The banner recomputes the verdict synchronously in :meth:`VerdictBanner.load`, so it is
current in the same event-loop turn as the round that changed it. ``assess`` is a pure
function over a handful of rounds: well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.model import Plan, Status
from planner.momentum import momentum, momentum_note, momentum_text
from planner.verdict import PRICE_PAST_RESERVATION, Assessment, Verdict, assess
from planner.verdict_words import headroom_text, reason_texts, verdict_summary

#: Background and text colours per verdict, readable in light and dark themes (contrast ≥ 4.5).
_COLOURS = {
    Verdict.WALK: ("#b3261e", "#ffffff"),
    Verdict.CONSIDER: ("#f2c94c", "#1f1f1f"),
    Verdict.PROCEED: ("#1e7b46", "#ffffff"),
}
#: Deals where the verdict still matters: the room is open.
_IN_THE_ROOM = {Status.COMMITTED, Status.NEGOTIATING, Status.REOPENED}


class VerdictBanner(QFrame):
    """Shows :func:`planner.verdict.assess` of the plan it was last given."""

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.assessment: Assessment | None = None
        self.reasons: list[str] = []  # the reasons in words, as shown
        self.setObjectName("verdictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Verdict"))

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Verdict"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.headroom_label = QLabel()
        self.headroom_label.setWordWrap(True)
        self.headroom_label.setAccessibleName(self.tr("Headroom"))
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_label.setAccessibleName(self.tr("Reasons"))
        self.momentum_label = QLabel()
        self.momentum_label.setWordWrap(True)
        self.momentum_label.setAccessibleName(self.tr("Invested so far"))
        self.sunk_cost_label = QLabel()
        self.sunk_cost_label.setWordWrap(True)
        italic = self.sunk_cost_label.font()
        italic.setItalic(True)
        self.sunk_cost_label.setFont(italic)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        for label in (
            self.title_label,
            self.summary_label,
            self.headroom_label,
            self.reasons_label,
            self.momentum_label,
            self.sunk_cost_label,
        ):
            layout.addWidget(label)
        self.hide()

    def title_text(self, verdict: Verdict) -> str:
        return {
            Verdict.WALK: self.tr("WALK"),
            Verdict.CONSIDER: self.tr("CONSIDER WALKING"),
            Verdict.PROCEED: self.tr("PROCEED"),
        }[verdict]

    def load(self, plan: Plan | None) -> None:
        """Show the verdict on ``plan``; hidden for deals that are not in the room."""
        if plan is None or plan.status not in _IN_THE_ROOM:
            self.assessment = None
            self.reasons = []
            self.hide()
            return
        # All rounds, as `walkaway assess` without --phase: the GUI and the CLI give the same verdict.
        result = assess(plan)
        self.assessment = result
        background, foreground = _COLOURS[result.verdict]
        style = (
            f"#verdictBanner {{ background: {background}; border-radius: 6px; }}"
            f"#verdictBanner QLabel {{ color: {foreground}; background: transparent; }}"
        )
        if style != self.styleSheet():  # re-polishing every label costs milliseconds: only on a change
            self.setStyleSheet(style)
        self.title_label.setText(self.title_text(result.verdict))
        self.summary_label.setText(verdict_summary(result))
        self.headroom_label.setText(headroom_text(plan, result))
        # The price reason already says how far past the point the offer is.
        self.headroom_label.setVisible(PRICE_PAST_RESERVATION not in result.reasons)
        reasons = self.reasons = reason_texts(plan, result)
        self.reasons_label.setText(
            "<ul style='margin: 0 0 0 -20px'>" + "".join(f"<li>{_escape(r)}</li>" for r in reasons) + "</ul>"
        )
        self.reasons_label.setVisible(bool(reasons))
        self.momentum_label.setText(momentum_text(momentum(plan, self.today())))
        note = momentum_note(result.verdict)
        self.sunk_cost_label.setText(note)
        self.sunk_cost_label.setVisible(bool(note))
        self.setAccessibleDescription(f"{self.title_label.text()}. {' '.join(reasons)}")
        self.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
