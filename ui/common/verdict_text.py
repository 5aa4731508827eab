"""The verdicts' names in the window, translated: one place for the banner, the rounds table,
then-and-now and the walking record (the core's English names are
:data:`planner.verdict_words.VERDICT_TITLES`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.verdict import Verdict


def verdict_title(verdict: Verdict) -> str:
    """The banner's headline word: WALK, CONSIDER WALKING, DON'T ACCEPT — COUNTER, PROCEED, NO OFFER YET."""
    return {
        Verdict.WALK: QCoreApplication.translate("Verdict", "WALK"),
        Verdict.CONSIDER: QCoreApplication.translate("Verdict", "CONSIDER WALKING"),
        Verdict.COUNTER: QCoreApplication.translate("Verdict", "DON'T ACCEPT — COUNTER"),
        Verdict.PROCEED: QCoreApplication.translate("Verdict", "PROCEED"),
        Verdict.NO_OFFER: QCoreApplication.translate("Verdict", "NO OFFER YET"),
    }[verdict]


def verdict_word(verdict: Verdict) -> str:
    """The same in a table cell or a sentence: Walk, Consider walking, Don't accept — counter, …"""
    return {
        Verdict.WALK: QCoreApplication.translate("Verdict", "Walk"),
        Verdict.CONSIDER: QCoreApplication.translate("Verdict", "Consider walking"),
        Verdict.COUNTER: QCoreApplication.translate("Verdict", "Don't accept — counter"),
        Verdict.PROCEED: QCoreApplication.translate("Verdict", "Proceed"),
        Verdict.NO_OFFER: QCoreApplication.translate("Verdict", "No offer yet"),
    }[verdict]
