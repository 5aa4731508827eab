"""The planning sections of the deal editor, in the order a plan is thought through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.editor import DealEditor


def install_sections(editor: DealEditor) -> None:
    from ui.editor.alternatives import AlternativesSection
    from ui.editor.overview import OverviewSection
    from ui.editor.package import PackageSection
    from ui.editor.reservation import ReservationSection
    from ui.editor.script import ScriptSection
    from ui.editor.signals import SignalsSection
    from ui.editor.targets import TargetsSection
    from ui.editor.their_side import TheirSideSection

    controller = editor.controller

    editor.add_section("overview", QCoreApplication.translate("DealEditor", "Overview"), OverviewSection(controller))
    editor.add_section(
        "reservation", QCoreApplication.translate("DealEditor", "Walk-away point"), ReservationSection(controller)
    )
    editor.add_section(
        "targets", QCoreApplication.translate("DealEditor", "Target and opening"), TargetsSection(controller)
    )
    editor.add_section("package", QCoreApplication.translate("DealEditor", "Package"), PackageSection(controller))
    editor.add_section(
        "alternatives", QCoreApplication.translate("DealEditor", "Alternatives"), AlternativesSection(controller)
    )
    editor.add_section(
        "their_side", QCoreApplication.translate("DealEditor", "Their side"), TheirSideSection(controller)
    )
    editor.add_section("signals", QCoreApplication.translate("DealEditor", "Signals"), SignalsSection(controller))
    editor.add_section(
        "script", QCoreApplication.translate("DealEditor", "Walk-away script"), ScriptSection(controller)
    )
