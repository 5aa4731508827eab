"""Telling the user, once, that the last session ended without closing (planner.crash_trace)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.crash_trace import UncleanEnding


def crash_message(ending: UncleanEnding) -> str:
    moment = ending.started
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    started = QLocale().toString(when, QLocale.FormatType.ShortFormat)
    text = QCoreApplication.translate(
        "CrashNotice", "Walkaway did not close properly last time (the session begun {started})."
    ).format(started=started)
    if ending.db_path is not None:
        text += " " + QCoreApplication.translate(
            "CrashNotice",
            "Every change saved before then is in {file}; Walkaway saves each change within a second, "
            "so at most the last second of typing is missing.",
        ).format(file=ending.db_path)
    if ending.trace is not None:
        text += "\n\n" + QCoreApplication.translate(
            "CrashNotice",
            "A technical trace for a bug report is in {trace}. It names program lines only, none of your plans.",
        ).format(trace=ending.trace)
    return text


def show_crash_notice(parent: QWidget, endings: list[UncleanEnding]) -> QMessageBox | None:
    """A non-blocking box about the latest unclean ending (``None`` when there was none)."""
    if not endings:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CrashNotice", "Walkaway closed unexpectedly"),
        crash_message(endings[-1]),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("crashNotice")
    box.open()
    return box
