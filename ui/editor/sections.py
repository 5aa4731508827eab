"""The planning sections of the deal editor, in the order a plan is thought through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install_sections(window: MainWindow) -> None:
    from ui.editor.overview import OverviewSection
    from ui.editor.reservation import ReservationSection

    controller = window.controller
    tr = QCoreApplication.translate
    editor = window.editor
    editor.add_section("overview", tr("DealEditor", "Overview"), OverviewSection(controller))
    editor.add_section("reservation", tr("DealEditor", "Walk-away point"), ReservationSection(controller))
