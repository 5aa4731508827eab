"""After commit: the walk-away point, its conditions, the side, the currency and the package are read-only.

Three layers, so no path around the lock exists: the editor's fields turn
read-only with a tooltip saying why (the editor's sections do that themselves,
``ui.editor.section.show_locked``); a guard on the controller refuses any edit
that would move them anyway (a paste, an old undo step, another feature); and a
banner says the plan is committed, offers "Revise commitment…", and says plainly
when the stored content no longer matches its signed fingerprint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.commitment import Integrity, locked_changes
from planner.model import Plan
from ui.common import colours

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.shell.host import Host


def _field_name(field: str) -> str:
    names = {
        "reservation.value": QCoreApplication.translate("CommitLock", "the walk-away point"),
        "reservation.conditions": QCoreApplication.translate("CommitLock", "its conditions"),
        "side": QCoreApplication.translate("CommitLock", "the side"),
        "currency": QCoreApplication.translate("CommitLock", "the currency"),
        "issues": QCoreApplication.translate("CommitLock", "the package's terms"),
        "price_weight": QCoreApplication.translate("CommitLock", "the price's weight"),
        "reservation.min_score": QCoreApplication.translate("CommitLock", "the minimum package score"),
    }
    return names[field]


def refuse_locked_edit(before: Plan, after: Plan) -> str | None:
    """A controller guard: why an edit of a committed plan is refused, or None."""
    changed = locked_changes(before, after)
    if not changed:
        return None
    names = ", ".join(_field_name(name) for name in changed)
    return QCoreApplication.translate(
        "CommitLock", "Committed plans keep {names} as signed. Use Deal ▸ Revise commitment… to move them."
    ).format(names=names)


class CommitBanner(QFrame):
    """The line above the sections that says the plan is committed (or was changed outside)."""

    def __init__(self, revise_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commit_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(QCoreApplication.translate("CommitLock", "Commitment"))
        self.revise = QPushButton(QCoreApplication.translate("CommitLock", "Revise commitment…"))
        self.revise.setAccessibleName(QCoreApplication.translate("CommitLock", "Revise commitment"))
        self.revise.clicked.connect(revise_action.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.revise)
        self._tone = ""  # "" while the commitment is intact; else "error" or "warning"
        colours.follow_palette(self, self._paint)
        self.hide()

    def _paint(self) -> None:
        """A bar on the left: the palette's accent for an intact commitment, red or amber when it is not."""
        edge = colours.css(colours.text_colour(self._tone)) if self._tone else "palette(highlight)"
        # "border" first: without it Qt draws no left edge at all.
        self.setStyleSheet(f"#commit_banner {{ border: 1px solid palette(mid); border-left: 4px solid {edge}; }}")

    def show_plan(self, plan: Plan | None) -> None:
        commitment = None if plan is None else plan.commitment
        if plan is None or commitment is None:
            self.hide()
            return
        from planner.signing.made_here import check_commitment

        check = check_commitment(plan)
        report = check.report
        if check.imported:
            line = QCoreApplication.translate(
                "CommitLock",
                "Imported commitment: revision {revision}, signed by {signer} on {day} on another computer. "
                "The walk-away point is locked; its brief is not signed here until you revise the commitment.",
            )
        elif plan.has_package:  # the terms, their weights and the minimum are locked with the point
            line = QCoreApplication.translate(
                "CommitLock",
                "Committed: revision {revision}, signed by {signer} on {day}. "
                "The walk-away point and the package are locked.",
            )
        else:
            line = QCoreApplication.translate(
                "CommitLock",
                "Committed: revision {revision}, signed by {signer} on {day}. The walk-away point is locked.",
            )
        day = f"{commitment.signed_at:%Y-%m-%d}"
        line = line.format(revision=commitment.revision, signer=commitment.signer, day=day)
        if report.state is Integrity.TAMPERED or report.state is Integrity.UNSIGNED_EDITS:
            line += " " + report.message
        self._tone = {Integrity.TAMPERED: "error", Integrity.UNSIGNED_EDITS: "warning"}.get(report.state, "")
        self._paint()
        self.text.setText(line)
        self.show()


def install_lock(host: Host, revise_action: QAction) -> CommitBanner:
    """The guard on the controller and the banner above the sections (the editor locks its own fields)."""
    controller = host.controller
    controller.edit_guards.append(refuse_locked_edit)
    banner = CommitBanner(revise_action)
    host.add_banner(banner)
    controller.plan_changed.connect(banner.show_plan)
    banner.show_plan(controller.current_plan())
    return banner
