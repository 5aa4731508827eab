"""A deal's status in words (the deal list, the editor's heading, the status filter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import Status


def status_label(status: Status) -> str:
    labels = {
        Status.PLANNING: QCoreApplication.translate("DealList", "Planning"),
        Status.COMMITTED: QCoreApplication.translate("DealList", "Committed"),
        Status.NEGOTIATING: QCoreApplication.translate("DealList", "Negotiating"),
        Status.WALKED: QCoreApplication.translate("DealList", "Walked away"),
        Status.REOPENED: QCoreApplication.translate("DealList", "Reopened"),
        Status.AGREED: QCoreApplication.translate("DealList", "Agreed"),
        Status.DROPPED: QCoreApplication.translate("DealList", "Dropped"),
    }
    return labels[status]
