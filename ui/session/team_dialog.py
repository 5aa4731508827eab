"""File › Open a Team Server…: the address of a team server, checked before the window opens it.

The address is checked as the command line checks ``--db`` (no password in it; TLS with the
certificate checked for another machine): a refused address is said under the field, without
repeating it, and the dialog stays open. Opened with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.errors import WalkawayError


class TeamServerDialog(QDialog):
    #: The checked address (a planner.store.server.address.ServerAddress) the user chose.
    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_server_dialog")
        self.setWindowTitle(self.tr("Open a Team Server"))
        intro = QLabel(
            self.tr(
                "A team server is a PostgreSQL database its owner set up for Walkaway. You see the deals "
                "shared with you; your signing key stays on this computer. The password is never typed "
                "here: it comes from your password file (~/.pgpass)."
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setObjectName("team_server_address")
        self.address.setPlaceholderText(self.tr("postgresql://you@server.example.com/walkaway"))
        self.address.setToolTip(
            self.tr(
                "The server's address: postgresql://USER@HOST:PORT/DATABASE, or service=NAME from your "
                "pg_service.conf. No password in it; a server on another machine is reached over TLS."
            )
        )
        self.error = QLabel()
        self.error.setObjectName("team_server_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: palette(highlighted-text); background: palette(highlight); }")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from planner.store.server.address import is_server_address, parse_address

        text = self.address.text().strip()
        if not is_server_address(text):
            self._refuse(self.tr("Write the address as postgresql://USER@HOST/DATABASE or service=NAME."))
            return
        try:
            address = parse_address(text)
        except WalkawayError as error:  # the message never repeats the address
            self._refuse(str(error))
            return
        self.address.clear()  # nothing typed here stays in a widget once it is used
        super().accept()
        self.chosen.emit(address)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
