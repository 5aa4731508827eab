"""The Share… dialog: the roles a deal is shared with, adding one and taking one off.

Every change is made on the server at once (:mod:`planner.store.server.sharing`); a refusal
(not on the team, the deal's creator, yourself) is said under the list and changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import WalkawayError


class ShareDialog(QDialog):
    def __init__(self, store: Any, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store  # a ServerStore
        self.deal_id = deal_id
        self.setObjectName("share_dialog")
        self.setWindowTitle(self.tr("Share deal {id}").format(id=deal_id))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "Only the people listed here see this deal, its walk-away point and its rounds. "
                "The person who made it always stays."
            )
        )
        intro.setWordWrap(True)
        self.members = QListWidget()
        self.members.setObjectName("share_members")
        self.members.setToolTip(self.tr("The team members this deal is shared with"))
        self.role = QLineEdit()
        self.role.setObjectName("share_role")
        self.role.setPlaceholderText(self.tr("a team member's role, e.g. alice"))
        self.role.setToolTip(self.tr("The database role of a member of your team (the owner adds members)"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("share_add")
        self.add_button.clicked.connect(self.add_member)
        self.role.returnPressed.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("share_remove")
        self.remove_button.clicked.connect(self.remove_member)
        self.error = QLabel()
        self.error.setObjectName("share_error")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.members)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.members.currentItemChanged.connect(lambda *_: self._update_remove())
        self.refresh()

    def refresh(self) -> None:
        from planner.store.server.sharing import members

        self.members.clear()
        try:
            found = members(self.store, self.deal_id)
        except WalkawayError as error:
            self._say(str(error))
            found = []
        for member in found:
            text = self.tr("{role} (made the deal)").format(role=member.role) if member.creator else member.role
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.role)
            item.setData(Qt.ItemDataRole.UserRole + 1, member.creator)
            self.members.addItem(item)
        self._update_remove()

    def roles(self) -> list[str]:
        return [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())]

    def _update_remove(self) -> None:
        item = self.members.currentItem()
        self.remove_button.setEnabled(item is not None and not item.data(Qt.ItemDataRole.UserRole + 1))

    def add_member(self) -> None:
        role = self.role.text().strip()
        if role:
            self._change(role, add=True)
            if self.error.isHidden():
                self.role.clear()

    def remove_member(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            self._change(item.data(Qt.ItemDataRole.UserRole), add=False)

    def _change(self, role: str, *, add: bool) -> None:
        from planner.store.server.sharing import share

        self.error.hide()
        try:
            share(self.store, self.deal_id, role, add=add)
        except WalkawayError as error:
            self._say(str(error))
        self.refresh()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
