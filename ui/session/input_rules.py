"""The window keeps the same rules as the command line and plan files (:mod:`planner.plan_rules`).

A guard on the controller refuses any edit that would break one: a pasted control
character, a note beyond its length, one alternative too many, a condition listed
twice, a negative amount. The message names the field as a plan file would, and
the fields show the kept values again. Only problems the edit brings in count:
a deal that already broke a rule (written by an older version or another tool)
can still be edited and mended.

The main window adds the guard to its controller with its sections (after the features' own
guards, as before): ``controller.edit_guards.append(refuse_rule_breaking_edit)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import Plan
from planner.plan_rules import RuleError, check_change


def refuse_rule_breaking_edit(before: Plan, after: Plan) -> str | None:
    """A controller guard: why ``after`` is refused (a problem ``before`` did not have), or None."""
    try:
        check_change(before, after)
    except RuleError as error:
        return QCoreApplication.translate("InputRules", "Not kept: {problem}").format(problem=str(error))
    return None
