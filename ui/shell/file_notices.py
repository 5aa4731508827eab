"""What the window says about its file, and the ways out it offers, following the file's session.

- Refused (damaged, locked, not ours, too new): a box that explains it, with Restore from Backup…,
  Try Again or Open Another File… as the kind calls for (``ui.session.open_errors``).
- Read-only (another window has it): the title, a banner above the sections and a note in the
  status bar say so; every writing action is off (the window follows ``writable_changed``).
- A file found readable by other users and made private (``Store.mode_fix``): the status bar says so.
- Restore from Backup…: the dialog, then the restored file in this window and where the old one went.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from planner.errors import WalkawayError

log = logging.getLogger("walkaway.ui")

if TYPE_CHECKING:
    from pathlib import Path

    from ui.session.open_errors import OpenErrorBox
    from ui.session.restore_dialog import RestoreDialog
    from ui.shell.main_window import MainWindow


class FileNotices(QObject):
    """Made by the main window, as its child; it reacts to the window's file session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("fileNotices")
        self.window = window
        self.session = window.controller.session
        self.banner: QLabel | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.setObjectName("restore_backup")
        self.restore_action.triggered.connect(self.open_restore_dialog)
        self.session.refused.connect(self.explain_refusal)
        self.session.opened.connect(self._report_mode_fix)
        self.session.writable_changed.connect(self._writable_changed)
        self._writable_changed(self.session.writable)

    # -- a refused file -------------------------------------------------------------

    def explain_refusal(self, error: WalkawayError) -> OpenErrorBox:
        """Say why the file did not open, with the way out its kind calls for (never blocking)."""
        from ui.session.open_errors import OpenErrorBox, explain_open_error

        box = OpenErrorBox(explain_open_error(error), self.window, path=self.session.location)
        box.restore_requested.connect(self.open_restore_dialog)
        box.retry_requested.connect(self.retry)
        box.other_file_requested.connect(self.window.open_action.trigger)
        self.window.statusBar().showMessage(box.problem.title, 10_000)
        box.open()
        return box

    def retry(self) -> None:
        try:
            self.session.retry()
        except WalkawayError:
            return  # explained again, through the session's ``refused``
        self.window.refresh_deal_list()

    def _report_mode_fix(self) -> None:
        """A file found readable by other users was made private (or could not be): say so once."""
        fix = self.session.store.mode_fix
        if fix is None:
            return
        if fix.error:
            text = self.tr("{path} is readable by other users and could not be made private ({reason})").format(
                path=fix.path, reason=fix.error
            )
        else:
            text = self.tr("{path} was readable by other users; it is now readable by you only").format(path=fix.path)
        log.info("file mode tightened from %04o", fix.before)
        self.window.statusBar().showMessage(text, 30_000)

    # -- restore ----------------------------------------------------------------------

    def open_restore_dialog(self) -> RestoreDialog:
        """Restore from Backup… on this window's file; after it, the window shows the restored file."""
        from ui.session.file_session import FileSession
        from ui.session.restore_dialog import RestoreDialog

        assert isinstance(self.session, FileSession), "a team server's backups are its owner's (pg_dump)"
        dialog = RestoreDialog(self.session, self.window, before_restore=self.window.controller.let_go_of_deal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, aside: Path | None) -> None:
        if not self.session.is_open:
            return  # the restored file was refused: the session's ``refused`` explains it
        message = self.tr("Restored the backup copy.")
        if aside is not None:
            message += " " + self.tr("The file it replaced was kept as {path}.").format(path=aside)
        self.window.refresh_deal_list()
        self.window.statusBar().showMessage(message, 15_000)

    # -- read-only ----------------------------------------------------------------------

    def _writable_changed(self, _writable: bool) -> None:
        if self.session.read_only and self.banner is None:
            self._show_read_only()

    def _show_read_only(self) -> None:
        window = self.window
        window.setWindowTitle(self.tr("{title} (read-only)").format(title=window.windowTitle()))
        text = self.tr(
            "Read-only: this file is open in another Walkaway window. You can read your plans here; "
            "make changes in that window, so that neither overwrites the other.",
        )
        self.banner = QLabel(text)
        self.banner.setObjectName("read_only_banner")
        self.banner.setAccessibleName(self.tr("Read-only"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }"
        )
        window.editor.add_banner(self.banner, first=True)
        status = QLabel(self.tr("Read-only"))
        status.setObjectName("read_only_status")
        status.setToolTip(text)
        window.statusBar().addPermanentWidget(status)
