"""The verdict at a glance: one headline saying what to do next, the details one click away.

Layout, fixed so nothing below it moves while rounds are entered: the verdict's title with a
"Why?" button on the first line, the headline (counter and how far apart, walk and the script,
consider walking and which signal) on the second, the investment on the third. Longer texts are
cut with "…" and shown whole in the tooltip; the reasons, the headroom and the next step are in
the "Why?" popup (and the banner's tooltip).

The banner recomputes the verdict synchronously in :meth:`VerdictBanner.load`, so it is current
in the same event-loop turn as the round that changed it: ``assess`` takes well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from planner.model import Plan, Status
from planner.momentum import momentum, momentum_note, momentum_text
from planner.verdict import Assessment, Verdict, assess
from planner.verdict_words import headline, headroom_text, next_step, package_text, reason_texts
from ui.common.verdict_text import verdict_title

#: Deals where the verdict still matters: the room is open.
_IN_THE_ROOM = {Status.COMMITTED, Status.NEGOTIATING, Status.REOPENED}


def verdict_colours(verdict: Verdict) -> tuple[str, str]:
    """Background and text colour of a verdict (contrast ≥ 4.5 : 1 on both).

    The banner's one place for colours, until ``ui.common`` has them for every view.
    """
    return {
        Verdict.WALK: ("#b3261e", "#ffffff"),
        Verdict.CONSIDER: ("#f2c94c", "#1f1f1f"),
        Verdict.COUNTER: ("#1a4f8b", "#ffffff"),  # your move: not a warning, not a go-ahead
        Verdict.PROCEED: ("#1e7b46", "#ffffff"),
        Verdict.NO_OFFER: ("#5f6368", "#ffffff"),  # nothing to judge: neutral, never green
    }[verdict]


class ElidedLabel(QLabel):
    """One line that never widens its parent: cut with "…" to the width it gets, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        if shown != self.text():
            self.setText(shown)


class VerdictBanner(QFrame):
    """Shows :func:`planner.verdict.assess` of the plan it was last given."""

    def __init__(self, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.assessment: Assessment | None = None
        self.reasons: list[str] = []  # the reasons in words, as shown under "Why?"
        self.setObjectName("verdictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Verdict"))

        self.title_label = QLabel()
        self.title_label.setObjectName("verdictTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Verdict"))
        self.headline_label = ElidedLabel()
        self.headline_label.setObjectName("verdictHeadline")
        bold = self.headline_label.font()
        bold.setBold(True)
        self.headline_label.setFont(bold)
        self.headline_label.setAccessibleName(self.tr("What to do next"))
        self.momentum_label = ElidedLabel()
        self.momentum_label.setObjectName("verdictMomentum")
        self.momentum_label.setAccessibleName(self.tr("Invested so far"))

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setMinimumWidth(360)
        self.details_label.setContentsMargins(10, 8, 10, 8)
        self.details_label.setAccessibleName(self.tr("Why this verdict"))
        details_menu = QMenu(self)
        holder = QWidgetAction(details_menu)
        holder.setDefaultWidget(self.details_label)
        details_menu.addAction(holder)
        self.details_button = QToolButton()
        self.details_button.setObjectName("verdictWhy")
        self.details_button.setText(self.tr("Why?"))
        self.details_button.setAccessibleName(self.tr("Why this verdict"))
        self.details_button.setToolTip(self.tr("The reasons behind the verdict and what to do next"))
        self.details_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.details_button.setMenu(details_menu)
        self.details_button.setAutoRaise(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.momentum_label)
        self.title_label.setText(self.title_text(Verdict.NO_OFFER))
        # One height whatever the verdict says: the sections below never move while rounds are entered.
        first = max(self.title_label.sizeHint().height(), self.details_button.sizeHint().height())
        line = self.headline_label.fontMetrics().height()
        margins = layout.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * layout.spacing() + 2 * self.frameWidth()
        self.setFixedHeight(first + 2 * line + chrome)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def title_text(self, verdict: Verdict) -> str:
        return verdict_title(verdict)

    @property
    def headline(self) -> str:
        return self.headline_label.full_text

    def load(self, plan: Plan | None) -> None:
        """Show the verdict on ``plan``; hidden for deals that are not in the room."""
        if plan is None or plan.status not in _IN_THE_ROOM:
            self.assessment = None
            self.reasons = []
            self.hide()
            return
        # The one verdict: the same call as `walkaway assess`, the After-the-walk section and the briefs.
        result = assess(plan)
        self.assessment = result
        background, foreground = verdict_colours(result.verdict)
        # The banner's own lines only: the "Why?" popup is the banner's child but keeps the menu's colours.
        lines = ", ".join(f"#{name}" for name in ("verdictTitle", "verdictHeadline", "verdictMomentum", "verdictWhy"))
        style = (
            f"#verdictBanner {{ background: {background}; border-radius: 6px; }}"
            f"{lines} {{ color: {foreground}; background: transparent; }}"
        )
        if style != self.styleSheet():  # re-polishing every label costs milliseconds: only on a change
            self.setStyleSheet(style)
        self.title_label.setText(self.title_text(result.verdict))
        self.headline_label.set_full_text(headline(plan, result))
        self.momentum_label.set_full_text(momentum_text(momentum(plan, self.today())))
        self.reasons = reason_texts(plan, result)
        details = self._details(plan, result)
        self.details_label.setText(details)
        self.setToolTip(details)
        self.setAccessibleDescription(f"{self.title_label.text()}. {self.headline} {' '.join(self.reasons)}")
        self.show()

    def _details(self, plan: Plan, result: Assessment) -> str:
        parts = [f"<p><b>{_escape(self.headline)}</b></p>"]
        if self.reasons:
            items = "".join(f"<li>{_escape(r)}</li>" for r in self.reasons)
            parts.append(f"<ul style='margin: 0 0 0 -20px'>{items}</ul>")
        parts.append(f"<p>{_escape(headroom_text(plan, result))}</p>")
        package = package_text(result)  # a plan with a package: its score against the minimum
        if package:
            parts.append(f"<p>{_escape(package)}</p>")
        parts.append(f"<p>{_escape(next_step(plan, result))}</p>")
        note = momentum_note(result.verdict)
        if note:
            parts.append(f"<p><i>{_escape(note)}</i></p>")
        return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
