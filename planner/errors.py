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


class CannotWrite(WalkawayError, OSError):
    """A file that cannot be written where it was asked for (a read-only folder, a full disk).

    Also an :class:`OSError`, so code that lets a failed write of its own caches pass still does.
    """


class StoreFileError(WalkawayError):
    """A database file that cannot be used as it is (not ours, damaged, too new, locked)."""


# The four ways a file can be refused. Each has its own message and its own
# advice, in the CLI and in the window; none of them ever changes the file.


class FileLocked(StoreFileError):
    """Another program (or another copy of Walkaway) holds the file's write lock."""


class FileDamaged(StoreFileError):
    """The file is a database, ours or not, that SQLite cannot read or check cleanly."""


class NotAWalkawayFile(StoreFileError):
    """Not a database, or a database of another program."""


class FileTooNew(StoreFileError):
    """A Walkaway file with a schema this version does not know."""


class ReadOnlyFile(StoreFileError):
    """A write was asked of a store opened read-only (the file is open in another window)."""


class WriteRefused(StoreFileError):
    """The file could not take a write (a full disk, a read-only file or folder, a disk error); nothing was written."""


class EditConflict(WalkawayError):
    """The deal changed in another window or command since it was read here."""

    def __init__(self, deal_id: int) -> None:
        super().__init__(
            f"deal {deal_id} was changed by another copy of Walkaway since it was opened here; "
            "reopen it to see those changes, then make yours again"
        )
        self.deal_id = deal_id
