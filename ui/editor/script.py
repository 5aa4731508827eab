"""Walk-away script: the three things to say when leaving, written in advance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.model import Plan
from ui.editor.section import Section, form_layout, hint_label, set_text, text_box
from ui.session.controller import PlanController


class ScriptSection(Section):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        form = form_layout(self)
        intro = hint_label(
            self.tr("Written now, said calmly later. Short sentences you can say out loud without reading.")
        )
        form.addRow(intro)
        self.acknowledge = self._field(
            form,
            self.tr("&Acknowledge:"),
            self.tr("Acknowledge"),
            "acknowledge",
            self.tr("Recognise their effort and the time spent, honestly, e.g. thank them for the work on the offer."),
        )
        self.reason = self._field(
            form,
            self.tr("Rea&son:"),
            self.tr("Reason"),
            "reason",
            self.tr("Name the specific reason: “Given X, this does not work for us.” One fact, no blame."),
        )
        self.door = self._field(
            form,
            self.tr("Doo&r:"),
            self.tr("Leave the door open"),
            "door",
            self.tr("Say what would bring you back, and that you would welcome the call if it changes."),
        )

    def _field(self, form, label: str, name: str, key: str, hint: str):
        box = text_box(name, lines=3)
        box.setToolTip(hint)
        self.bind_text(box, f"script.{key}", self.tr("Edit script"), lambda plan, text: setattr(plan.script, key, text))
        form.addRow(label, box)
        form.addRow("", hint_label(hint))
        return box

    def fill(self, plan: Plan) -> None:
        set_text(self.acknowledge, plan.script.acknowledge)
        set_text(self.reason, plan.script.reason)
        set_text(self.door, plan.script.door)
