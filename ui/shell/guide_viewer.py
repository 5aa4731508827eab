"""Help > Guide: the bundled HTML guide in a plain, offline browser window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.paths import resources_dir
from ui.common.icons import app_icon


def guide_path() -> Path:
    return resources_dir() / "guide" / "index.html"


class GuideViewer(QDialog):
    """A non-modal window; links inside the guide stay inside it, web links go to the browser."""

    def __init__(self, parent: QWidget | None = None, guide: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walkaway guide"))
        self.setWindowIcon(app_icon())
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Guide text"))

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Go back to the previous section"))
        self.back_button.setEnabled(False)
        self.home_button = QPushButton(self.tr("Contents"))
        self.home_button.setToolTip(self.tr("Go to the start of the guide"))
        self.back_button.clicked.connect(self.browser.backward)
        self.home_button.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self.resize(720, 760)
        self.load(guide or guide_path())

    def load(self, guide: Path) -> None:
        if guide.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        else:
            # A broken install should say so plainly, not show an empty window.
            self.browser.setPlainText(
                self.tr("The guide could not be found at {path}. Reinstalling Walkaway restores it.").format(path=guide)
            )


def install_guide_action(help_menu: QMenu, parent: QWidget, *, before: QAction | None = None) -> QAction:
    """Add Help > Guide (F1) to ``help_menu`` (before ``before``); one viewer per window, raised when asked again."""
    action = QAction(QCoreApplication.translate("GuideViewer", "&Guide"), parent)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(
        QCoreApplication.translate("GuideViewer", "The method and the program, explained in a few minutes")
    )
    viewer: list[GuideViewer] = []

    def show_guide() -> None:
        if not viewer:
            viewer.append(GuideViewer(parent))
        viewer[0].show()
        viewer[0].raise_()
        viewer[0].activateWindow()

    action.triggered.connect(show_guide)
    if before is not None:
        help_menu.insertAction(before, action)
    else:
        help_menu.addAction(action)
    return action
