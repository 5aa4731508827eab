"""The one name of each signal in the window, translated: the same names the core prints
(:data:`planner.verdict_words.SIGNAL_NAMES`; ``tests/test_translations.py`` checks they match).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.model import SignalKind


def signal_name(kind: SignalKind, label: str = "") -> str:
    """The signal's name in the user's language (a custom signal is called by its label)."""
    if kind is SignalKind.CUSTOM:
        return label
    return {
        SignalKind.BAD_FAITH: QCoreApplication.translate("SignalNames", "Bad faith"),
        SignalKind.UNILATERAL_CONCESSIONS: QCoreApplication.translate("SignalNames", "Concessions without trades"),
        SignalKind.AUTHORITY: QCoreApplication.translate("SignalNames", "Authority problem"),
        SignalKind.SCOPE_DRIFT: QCoreApplication.translate("SignalNames", "Scope drift"),
    }[kind]
