"""The planning sections of the deal editor, in the order a plan is thought through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install_sections(window: MainWindow) -> None:
    from ui.editor.alternatives import AlternativesSection
    from ui.editor.overview import OverviewSection
    from ui.editor.reservation import ReservationSection
    from ui.editor.script import ScriptSection
    from ui.editor.signals import SignalsSection
    from ui.editor.targets import TargetsSection
    from ui.editor.their_side import TheirSideSection

    controller = window.controller
    editor = window.editor

    def tr(text: str) -> str:
        return QCoreApplication.translate("DealEditor", text)

    editor.add_section("overview", tr("Overview"), OverviewSection(controller))
    editor.add_section("reservation", tr("Walk-away point"), ReservationSection(controller))
    editor.add_section("targets", tr("Target and opening"), TargetsSection(controller))
    editor.add_section("alternatives", tr("Alternatives"), AlternativesSection(controller))
    editor.add_section("their_side", tr("Their side"), TheirSideSection(controller))
    editor.add_section("signals", tr("Signals"), SignalsSection(controller))
    editor.add_section("script", tr("Walk-away script"), ScriptSection(controller))
