"""The File menu's work: new file, open (a file or a team server), recent ones, save a copy (in team mode
a local copy of the deals shared with you), import and export plan files.

File dialogs open with ``open()`` and answer through ``fileSelected``: nothing blocks the window.
Copies and exports are written on the task runner (a copy of the Walkaway file on its ``FILE``
queue, after any backup in flight). Opening another file is the window manager's job: this only
says which file (:attr:`FileActions.open_requested`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from planner.errors import WalkawayError
from ui.common.file_dialogs import file_dialog
from ui.session.file_session import FileSession
from ui.settings import app_settings
from ui.tasks import FILE

if TYPE_CHECKING:
    from planner.model import Plan
    from planner.store.server.address import ServerAddress
    from ui.shell.host import Host

MAX_RECENT = 8
WALKAWAY_FILTER = "Walkaway files (*.walkaway);;All files (*)"
PLAN_FILTER = "Walkaway plans (*.walkaway.json);;JSON files (*.json);;All files (*)"


def _recent_names() -> list[str]:
    value = app_settings().value("recent_files", [])
    names = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    return [str(name) for name in names if name]


def recent_files() -> list[Path]:
    """The Walkaway files opened lately, newest first (team servers are in :func:`recent_servers`)."""
    from planner.store.server.address import is_server_address

    return [Path(name) for name in _recent_names() if not is_server_address(name)]


def recent_servers() -> list[str]:
    """The team servers opened lately, by address (an address never holds a password)."""
    from planner.store.server.address import is_server_address

    return [name for name in _recent_names() if is_server_address(name)]


def remember_recent(target: Path | ServerAddress) -> None:
    name = str(target)  # a path, or a server's display address
    names = [name] + [other for other in _recent_names() if other != name]
    app_settings().setValue("recent_files", names[:MAX_RECENT])


class FileActions(QObject):
    """What the File menu does to one window's file (a child of the window)."""

    #: A Walkaway file (a Path) or a team server (a ServerAddress) to show in a window (new, opened,
    #: recent): the window manager opens it.
    open_requested = Signal(object)

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.team_dialog: QDialog | None = None  # Open a Team Server…, while it is up

    # -- other files --------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = [p for p in recent_files() if p.exists()]
        for path in files:
            action = menu.addAction(path.name.replace("&", "&&"))  # a file name's "&" is no Alt+ letter
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        servers = recent_servers()
        for address in servers:
            action = menu.addAction(address)
            action.setStatusTip(address)
            action.triggered.connect(lambda _checked=False, a=address: self.open_recent_server(a))
        if not files and not servers:
            menu.addAction(QCoreApplication.translate("FileActions", "No recent files")).setEnabled(False)

    def open_recent_server(self, text: str) -> None:
        from planner.store.server.address import parse_address

        try:
            self.open_requested.emit(parse_address(text))
        except WalkawayError as error:
            self.host.show_error(str(error))

    def open_team_server(self) -> None:
        """File › Open a Team Server…: asks for its address; the window manager opens it."""
        from ui.session.team_dialog import TeamServerDialog

        dialog = TeamServerDialog(self.host.widget)
        dialog.chosen.connect(self.open_requested)
        dialog.open()
        self.team_dialog = dialog

    def _ask(self, title: str, file_filter: str, *, save: bool, name: str) -> QFileDialog:
        """A file dialog for ``open()`` (never ``exec()``); callers connect to its ``fileSelected``."""
        # In the folder the user last chose a file in, the first time in their documents (ui/common/file_dialogs.py).
        dialog = file_dialog(self.host.widget, title, file_filter, save=save, name=name)
        if not save:
            dialog.setFileMode(
                QFileDialog.FileMode.ExistingFiles if name == "import" else QFileDialog.FileMode.ExistingFile
            )
        return dialog

    def new_file(self) -> None:
        title = QCoreApplication.translate("FileActions", "New plan file")
        dialog = self._ask(title, WALKAWAY_FILTER, save=True, name="new_file")
        dialog.setDefaultSuffix("walkaway")
        dialog.fileSelected.connect(lambda name: self.open_requested.emit(Path(name)))
        dialog.open()

    def open_file(self) -> None:
        title = QCoreApplication.translate("FileActions", "Open a Walkaway file")
        dialog = self._ask(title, WALKAWAY_FILTER, save=False, name="open")
        dialog.fileSelected.connect(lambda name: self.open_requested.emit(Path(name)))
        dialog.open()

    # -- a copy of the whole file -------------------------------------------------------

    def save_local_copy(self) -> None:
        """Team mode's Save a Local Copy…: every deal shared with you into a new Walkaway file."""
        title = QCoreApplication.translate("FileActions", "Save a local copy")
        dialog = self._ask(title, WALKAWAY_FILTER, save=True, name="local_copy")
        dialog.setDefaultSuffix("walkaway")
        dialog.fileSelected.connect(lambda name: self.save_local_copy_to(Path(name)))
        dialog.open()

    def save_local_copy_to(self, target: Path) -> None:
        from planner.store.export_all import export_all

        self.host.controller.flush()
        try:
            plans = self.host.controller.store.all_plans()  # read here: one snapshot, the connection's thread
        except WalkawayError as error:
            self.host.show_error(str(error))
            return

        def refused(error: BaseException) -> None:
            if not isinstance(error, OSError | WalkawayError):
                raise error
            self.host.show_error(
                QCoreApplication.translate("FileActions", "Could not save a local copy to {path}: {error}").format(
                    path=target, error=error
                )
            )

        def saved(_copy: Path) -> None:
            self.host.show_status(
                QCoreApplication.translate("FileActions", "Saved {count} deal(s) to {path}").format(
                    count=len(plans), path=target
                ),
                8000,
            )

        self.host.tasks.run(lambda: export_all(plans, target), done=saved, failed=refused, queue=FILE, owner=self)

    def save_copy(self) -> None:
        title = QCoreApplication.translate("FileActions", "Save a copy")
        dialog = self._ask(title, WALKAWAY_FILTER, save=True, name="save_copy")
        dialog.setDefaultSuffix("walkaway")
        dialog.fileSelected.connect(lambda name: self.save_copy_to(Path(name)))
        dialog.open()

    def save_copy_to(self, target: Path) -> None:
        """A consistent, private copy of the whole file, made with SQLite's backup API (never a raw file copy)."""
        import sqlite3

        from planner.store.backup import copy_database_to

        self.host.controller.flush()  # the pending edit goes into the copy too
        session = self.host.session
        assert isinstance(session, FileSession), "a team server is copied with save_local_copy"
        source = session.path
        if target.resolve() == source:
            self.host.show_error(
                QCoreApplication.translate("FileActions", "Choose another name: that is the file you have open.")
            )
            return

        def refused(error: BaseException) -> None:
            if not isinstance(error, OSError | sqlite3.Error | WalkawayError):
                raise error
            self.host.show_error(
                QCoreApplication.translate("FileActions", "Could not save a copy to {path}: {error}").format(
                    path=target, error=error
                )
            )

        def saved(_copy: Path) -> None:
            self.host.show_status(
                QCoreApplication.translate("FileActions", "Saved a copy to {path}").format(path=target), 8000
            )

        self.host.tasks.run(
            lambda: copy_database_to(source, target), done=saved, failed=refused, queue=FILE, owner=self
        )

    # -- plan files ----------------------------------------------------------------------

    def import_plans(self) -> None:
        title = QCoreApplication.translate("FileActions", "Import plan files")
        dialog = self._ask(title, PLAN_FILTER, save=False, name="import")
        dialog.filesSelected.connect(lambda names: self.import_paths([Path(n) for n in names]))
        dialog.open()

    def import_paths(self, paths: list[Path]) -> None:
        """Import plan files in one transaction, then show the first imported deal."""
        from planner.plans.files import read_plan_file

        controller = self.host.controller
        try:
            plans = [read_plan_file(path) for path in paths]
            ids = controller.add_deals(plans)
        except WalkawayError as error:
            self.host.show_error(str(error))
            return
        controller.select_deal(ids[0])
        self.host.show_status(
            QCoreApplication.translate("FileActions", "Imported {count} plan(s)").format(count=len(ids)), 5000
        )
        from planner.signing.made_here import check_commitment

        # A commitment that does not match its own fingerprint is said at once, not only when the deal is open.
        mismatches = [report.message for report in (check_commitment(plan).report for plan in plans) if not report.ok]
        if mismatches:
            self.host.show_error("\n".join(mismatches))

    def export_plan(self) -> None:
        """The deal on screen as a plan file (with any change the file refused: it is what is on screen)."""
        if self.host.controller.current_plan() is None:
            return
        title = QCoreApplication.translate("FileActions", "Export plan")
        dialog = self._ask(title, PLAN_FILTER, save=True, name="export")
        dialog.setDefaultSuffix("walkaway.json")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()

    def export_to(self, target: Path) -> None:
        from planner.plans.files import write_plan_file

        self.host.controller.flush()
        plan: Plan | None = self.host.controller.current_plan()
        if plan is None:
            return

        def refused(error: BaseException) -> None:
            if not isinstance(error, OSError | WalkawayError):
                raise error
            self.host.show_error(
                QCoreApplication.translate("FileActions", "Could not export to {path}: {error}").format(
                    path=target, error=error
                )
            )

        def written(path: Path) -> None:
            self.host.show_status(
                QCoreApplication.translate("FileActions", "Exported to {path}").format(path=path), 8000
            )

        self.host.tasks.run(lambda: write_plan_file(plan, target), done=written, failed=refused, owner=self)
