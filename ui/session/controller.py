"""One open Walkaway file: its store, the deal being edited, autosave and undo.

This is the service every window part talks to; widgets never open the store
themselves. The API, in short (see DEVELOPERS.md, "The window: extension points"):

- ``current_plan()``: a private copy of the plan on screen (``None`` when no deal is open).
- ``edit(description, change, merge_key=None)``: copy the plan, let ``change(copy)`` modify
  it, and push it as one undoable step. ``apply(new_plan, description)`` does the same with a
  plan you built yourself. Steps with the same ``merge_key`` in a row (typing in one field)
  merge into a single undo step. The file is written within a second (``AUTOSAVE_MS``).
- ``save_now(new_plan)``: for actions that Ctrl+Z must not revert (commit and sign, walk away,
  outcome). It saves at once, in one transaction, and clears the undo history, because an
  older undo step would otherwise bring back the plan as it was before the action.
- ``create_deal``, ``duplicate_deal``, ``delete_deal``: undoable too.
- Signals: ``plan_changed(Plan | None)`` whenever the plan on screen changes (another deal
  selected, an edit, undo, save_now); ``deal_list_changed()`` when the list needs a refresh;
  ``saved(str)`` with the file path after every write; ``failed(str)`` with a one-line
  message the window shows when an action is refused; ``unsaved(str)`` when a write of the
  plan on screen is refused (``""`` once it is written).

A refused write loses nothing: the plan stays on screen as an unsaved edit (``unsaved_error``),
undo keeps its steps, and the write is tried again (``RETRY_MS``) unless only the user can
resolve it (another copy changed the deal, the file is read-only); ``Retry`` and exporting the
plan (``current_plan()`` holds the unsaved edit) stay open to the user meanwhile.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from planner.errors import EditConflict, ReadOnlyFile, WalkawayError
from planner.model import Plan, Status
from planner.summaries import DealSummary
from ui.session.file_session import FileSession
from ui.session.undo_commands import CreateDeal, DeleteDeal, EditPlan
from ui.tasks import Tasks

if TYPE_CHECKING:
    from planner.store.deal_store import DealStore
    from planner.store.server.address import ServerAddress
    from ui.session.team_session import TeamSession

log = logging.getLogger("walkaway.ui")

#: The longest an edit waits before it is written to the file.
AUTOSAVE_MS = 400
#: Waits before writing a refused edit again (the last one repeats): a busy file, a full disk.
RETRY_MS = (2_000, 5_000, 15_000, 30_000)


def _session_for(
    given: FileSession | TeamSession | Path | ServerAddress, parent: QObject, tasks: Tasks | None
) -> FileSession | TeamSession:
    if isinstance(given, Path):
        return FileSession(given, parent, tasks=tasks)
    if isinstance(given, FileSession) or getattr(given, "team", False):
        return given  # type: ignore[return-value]  # a session made by the caller
    from ui.session.team_session import TeamSession  # team mode only: psycopg loads with it

    return TeamSession(given, parent, tasks=tasks)  # type: ignore[arg-type]  # a ServerAddress


class UnsavedChanges(WalkawayError):
    """The plan on screen has changes the file refused; raised by ``close()`` so nothing is dropped."""


class PlanController(QObject):
    plan_changed = Signal(object)  # Plan | None: the plan on screen, a copy
    deal_list_changed = Signal()
    saved = Signal(str)
    failed = Signal(str)
    unsaved = Signal(str)  # why the plan on screen could not be written; "" once it is

    def __init__(
        self,
        session: FileSession | TeamSession | Path | ServerAddress,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] = date.today,
        tasks: Tasks | None = None,
    ) -> None:
        """``session``: the open file (or team server); a path or a server's address makes one (with
        ``tasks``, the runner it uses)."""
        super().__init__(parent)
        #: The open file: its lock, its Store and its state (ui/session/file_session.py), or the team
        #: server (ui/session/team_session.py: the same calls and signals).
        self.session: FileSession | TeamSession = _session_for(session, self, tasks)
        #: The calendar, injected so that date defaults are testable.
        self.today = today
        self._plan: Plan | None = None
        self._dirty = False
        self.undo_stack = QUndoStack(self)
        #: Checks every edit must pass: ``guard(before, after)`` returns why it is refused, or None.
        #: (The commitment lock uses one: a committed walk-away point moves only by revision.)
        self.edit_guards: list[Callable[[Plan, Plan], str | None]] = []
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        #: Why the last write of the plan on screen was refused ("" when it is saved).
        self.unsaved_error = ""
        #: Why the last refused write was refused, whichever deal it was.
        self.last_error = ""
        self._retries = 0
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.flush)

    # -- the file, through its session: the store opens lazily, after the first paint

    @property
    def path(self) -> Path:
        """The Walkaway file (in team mode there is none: see :attr:`location`)."""
        if isinstance(self.session, FileSession):
            return self.session.path
        raise AttributeError("a team server has no file path; use location")

    @property
    def location(self) -> str:
        """Where the deals are, for people: the file's path or the team server's address."""
        return self.session.location

    @property
    def store(self) -> DealStore:
        """The file's Store, opened on first use (raises :class:`WalkawayError` for a file we must not use)."""
        return self.session.store

    def open_store(self) -> None:
        """Open the file now (it raises :class:`WalkawayError` for a file we must not use)."""
        self.session.open()

    def close(self) -> None:
        """Write any pending edit and let go of the file; :class:`UnsavedChanges` if it cannot be written."""
        if not self.flush():
            raise UnsavedChanges(self.unsaved_error)
        self._autosave.stop()
        self._retry.stop()
        self.session.close()

    def let_go_of_deal(self) -> None:
        """Write any pending edit and show no deal (before the file closes or is replaced by a backup).

        Raises :class:`UnsavedChanges` when the write is refused: the edit stays on screen.
        """
        if not self.flush():
            raise UnsavedChanges(self.unsaved_error)
        self._autosave.stop()
        self._retry.stop()
        if self._plan is not None:
            self._plan = None
            self.plan_changed.emit(None)
        self.undo_stack.clear()

    def deal_summaries(self) -> list[DealSummary]:
        """Every deal for the list; before the store is open, read lean with sqlite3."""
        return self.session.deal_summaries()

    def add_deals(self, plans: list[Plan]) -> list[int]:
        """Add whole plans in one transaction (imported files, the demo plans); not undoable. Their ids."""
        self.flush()
        ids = self.store.add_plans(plans)
        self.deal_list_changed.emit()
        return ids

    # -- the deal on screen ------------------------------------------------

    def current_plan(self) -> Plan | None:
        return copy.deepcopy(self._plan)

    @property
    def current_id(self) -> int | None:
        return None if self._plan is None else self._plan.id

    def select_deal(self, deal_id: int | None) -> bool:
        """Show another deal (``None``: none); a pending edit of the previous one is written first.

        When that write is refused the deal on screen stays, with its edit (returns False).
        """
        if deal_id == self.current_id:
            return True
        if not self.flush():
            self.failed.emit(
                self.tr("Stayed on this deal: its changes are not saved yet ({reason}).").format(
                    reason=self.unsaved_error
                )
            )
            self.plan_changed.emit(self.current_plan())  # the list selects this deal again
            return False
        self._plan = None if deal_id is None else self.store.get_plan(deal_id)
        self.plan_changed.emit(self.current_plan())
        return True

    def edit(self, description: str, change: Callable[[Plan], None], merge_key: str | None = None) -> None:
        """Modify a copy of the current plan with ``change`` and apply it as one undo step."""
        plan = self.current_plan()
        if plan is None:
            return
        change(plan)
        self.apply(plan, description, merge_key=merge_key)

    def apply(self, new_plan: Plan, description: str, *, merge_key: str | None = None) -> None:
        """Make ``new_plan`` (of the deal on screen) the current plan, undoably; saved within a second."""
        before = self._plan
        if before is None or new_plan.id != before.id:
            raise ValueError("apply() takes a new version of the deal on screen")
        if new_plan == before:
            return
        for guard in self.edit_guards:
            refusal = guard(before, new_plan)
            if refusal:
                self.failed.emit(refusal)
                self.plan_changed.emit(self.current_plan())  # the widgets show the kept values again
                return
        command = EditPlan(self, copy.deepcopy(before), copy.deepcopy(new_plan), description, merge_key)
        if not self._merge_into_top(command):
            self.undo_stack.push(command)

    def _merge_into_top(self, command: EditPlan) -> bool:
        """Merge a typing step into the step on top, as ``QUndoStack.push`` would, without pushing it.

        A command that ``push`` merges is deleted by Qt, but PySide keeps its Python object (and the
        two plans it holds) alive: every keystroke would keep two copies of the plan for good.
        """
        stack = self.undo_stack
        index = stack.index()
        if command.id() == -1 or index == 0 or index != stack.count() or index == stack.cleanIndex():
            return False
        top = stack.command(index - 1)
        if not isinstance(top, EditPlan) or not top.mergeWith(command):
            return False
        command.redo()
        return True

    def save_now(self, new_plan: Plan) -> bool:
        """Save ``new_plan`` now, with no undo step, and forget the undo history (see module doc).

        Refused, it is kept like an edit: on screen, unsaved, retried, and undo keeps its steps.
        """
        if new_plan.id is None:
            raise ValueError("save_now() takes a stored deal")
        on_screen = new_plan.id == self.current_id
        if on_screen:
            self._autosave.stop()  # new_plan carries the pending edit, if any
        else:
            self.flush()
        if not self._write(new_plan):
            if on_screen:
                self._plan, self._dirty = copy.deepcopy(new_plan), True
                self.plan_changed.emit(self.current_plan())
            else:
                self.failed.emit(self.last_error)
            return False
        if on_screen:
            self._dirty = False
        self.undo_stack.clear()
        if on_screen:
            self._plan = copy.deepcopy(new_plan)
            self.plan_changed.emit(self.current_plan())
        self.deal_list_changed.emit()
        return True

    def flush(self) -> bool:
        """Write the pending edit, if any, in one transaction; False when the file refused it (kept)."""
        self._autosave.stop()
        if self._dirty and self._plan is not None:
            if not self._write(self._plan):
                return False
            self._dirty = False
            self.deal_list_changed.emit()
        return True

    @property
    def retrying(self) -> bool:
        """A refused write will be tried again by itself."""
        return self._retry.isActive()

    def retry_now(self) -> bool:
        """The user's Retry: write the unsaved edit now."""
        self._retries = 0
        return self.flush()

    def rescue_unsaved(self) -> Path | None:
        """Write the unsaved plan on screen to a plan file in the data folder; its path, or None.

        For quitting when there is no one to ask (Ctrl+C in the terminal, a logout): the file
        refused the edit, so it goes beside it, private, for the user to import.
        """
        if not self._dirty or self._plan is None:
            return None
        from datetime import datetime

        from planner.paths import data_dir, private_dir
        from planner.plans.files import write_plan_file

        folder = private_dir(data_dir() / "rescued")
        written = write_plan_file(
            self._plan, folder / f"{datetime.now():%Y%m%d-%H%M%S}-deal-{self._plan.id}.walkaway.json"
        )
        log.warning("unsaved changes of deal %s written to the rescued folder", self._plan.id)
        return written

    def discard_unsaved(self) -> None:
        """Drop the unsaved edit (the user chose to, after saving a copy or on close) and show the stored deal."""
        self._dirty = False
        self._retry.stop()
        self._set_unsaved("")
        self.undo_stack.clear()
        deal_id = self.current_id
        try:
            self._plan = None if deal_id is None else self.store.get_plan(deal_id)
        except WalkawayError:
            self._plan = None
        self.plan_changed.emit(self.current_plan())

    @property
    def has_pending_edit(self) -> bool:
        return self._dirty

    # -- whole deals -------------------------------------------------------

    def create_deal(self, plan: Plan, description: str) -> None:
        """Add a new deal and show it; undo deletes it again."""
        self.flush()
        self.undo_stack.push(CreateDeal(self, copy.deepcopy(plan), description))

    def duplicate_deal(self, deal_id: int, title_suffix: str) -> None:
        """A new plan from an existing one: the planning parts only, no history."""
        self.flush()
        original = self.store.get_plan(deal_id)
        fresh = Plan(
            title=(original.title + title_suffix)[:200],
            counterparty=original.counterparty,
            side=original.side,
            currency=original.currency,
            unit=original.unit,
            reservation=copy.deepcopy(original.reservation),
            target=original.target,
            opening=original.opening,
            signer=original.signer,
            alternatives=copy.deepcopy(original.alternatives),
            signals=copy.deepcopy(original.signals),
            script=copy.deepcopy(original.script),
            their_side=copy.deepcopy(original.their_side),
            status=Status.PLANNING,
        )
        self.create_deal(fresh, self.tr("Duplicate deal"))

    def delete_deal(self, deal_id: int, description: str) -> None:
        self.flush()
        self.undo_stack.push(DeleteDeal(self, deal_id, description))

    # -- used by the undo commands -------------------------------------------

    def _write(self, plan: Plan) -> bool:
        try:
            self.store.save_plan(plan)
        except WalkawayError as error:
            log.warning("deal %s not saved (%s)", plan.id, type(error).__name__)
            if plan.id == self.current_id:
                # Another copy's changes or a read-only window: trying again changes nothing.
                if not isinstance(error, (EditConflict, ReadOnlyFile)):
                    self._retry.start(RETRY_MS[min(self._retries, len(RETRY_MS) - 1)])
                    self._retries += 1
                self._set_unsaved(str(error))
            self.last_error = str(error)
            return False
        log.info("saved deal %s", plan.id)
        if plan.id == self.current_id:
            self._retry.stop()
            self._retries = 0
            self._set_unsaved("")
        self.saved.emit(self.location)
        return True

    def _set_unsaved(self, reason: str) -> None:
        if reason != self.unsaved_error:
            self.unsaved_error = reason
            self.unsaved.emit(reason)

    def _stage(self, plan: Plan) -> None:
        """Put ``plan`` on screen as an unsaved edit; autosave writes it."""
        if plan.id != self.current_id:
            self.flush()
        self._plan = copy.deepcopy(plan)
        self._dirty = True
        if not self._autosave.isActive():
            # Not restarted on every keystroke: a long typing run still saves within the interval.
            self._autosave.start()
        self.plan_changed.emit(self.current_plan())

    def _show_stored(self, deal_id: int | None) -> None:
        self._plan = None if deal_id is None else self.store.get_plan(deal_id)
        self.deal_list_changed.emit()
        self.plan_changed.emit(self.current_plan())
