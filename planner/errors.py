"""Errors the user can act on. Each carries one clear line of text."""

from __future__ import annotations


class WalkawayError(Exception):
    """Base for every error that is the user's to fix (bad input, unknown id, bad file).

    The CLI prints ``str(error)`` on one line and exits 2; the GUI shows it.
    """


class UnknownDeal(WalkawayError):
    def __init__(self, deal_id: int) -> None:
        super().__init__(f"no deal with id {deal_id}")
        self.deal_id = deal_id


class PlanFileError(WalkawayError):
    """A plan file that was refused; ``field`` is the path of the bad field, if known."""

    def __init__(self, source: str, field: str, message: str) -> None:
        where = f"{field}: " if field else ""
        super().__init__(f"{source}: {where}{message}")
        self.source = source
        self.field = field
        self.message = message


class StoreFileError(WalkawayError):
    """A database file that cannot be used as it is (not ours, damaged, too new, locked)."""
