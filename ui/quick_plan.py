"""Quick plan: five steps for the user with ten minutes before a call (filled in below)."""

from __future__ import annotations

from ui.new_plan import NewPlanDialog


class QuickPlanWizard(NewPlanDialog):
    pass
