"""Share…: a deal's members on a team server, in the Deal menu.

A team window's feature (:data:`ui.shell.features.TEAM_FEATURES`: a file's window never loads
it); the dialog and the server's sharing code load when the dialog first opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from ui.shell.host import Feature, Host

if TYPE_CHECKING:
    from ui.sharing.dialog import ShareDialog


class SharingFeature(Feature):
    name = "sharingFeature"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ShareDialog | None = None
        self.share_action: QAction | None = None

    def install(self, host: Host) -> None:
        self.host = host
        action = QAction(QCoreApplication.translate("SharingFeature", "&Share…"), host.widget)
        action.setObjectName("share_deal")
        action.setToolTip(QCoreApplication.translate("SharingFeature", "Who on your team sees this deal"))
        action.triggered.connect(self.open_dialog)
        host.add_deal_separator()
        host.add_deal_action(action, writes=True)
        self.share_action = action

    def open_dialog(self) -> ShareDialog | None:
        from ui.sharing.dialog import ShareDialog

        deal_id = self.host.controller.current_id
        if deal_id is None:
            return None
        self.dialog = ShareDialog(self.host.controller.store, deal_id, self.host.widget)
        self.dialog.open()
        return self.dialog
