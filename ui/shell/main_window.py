"""The main window: the deal list, the deal editor, the menus, and the host features plug into.

Features never see this class: they get a :class:`ui.shell.host.Host` (``self.host``), listed in
:data:`ui.shell.features.WINDOW_FEATURES` and installed once per window, after the planning
sections exist (see DEVELOPERS.md, "The window: extension points"). The window follows its file's
session: what writes is off while the file may not be written (read-only, refused, restoring).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.errors import WalkawayError
from planner.model import Plan
from ui.common.action_icons import action_icon as icon
from ui.common.focus_ring import install_focus_ring
from ui.deals import actions as deal_actions
from ui.deals.list_pane import DealListPane
from ui.editor import DealEditor
from ui.session.close_unsaved import CloseUnsavedBox
from ui.session.controller import PlanController, UnsavedChanges
from ui.session.file_actions import FileActions
from ui.session.unsaved_bar import UnsavedBar
from ui.settings import app_settings
from ui.shell.empty_state import EmptyState
from ui.shell.file_notices import FileNotices
from ui.shell.side_pane import SidePane
from ui.shell.window_geometry import install_screen_keeper
from ui.shell.window_host import WindowHost
from ui.shell.window_layout import WindowLayout

if TYPE_CHECKING:
    from ui.shell.host import Feature
    from ui.shell.welcome import WelcomeDialog


class MainWindow(QMainWindow):
    #: Another Walkaway file to show (File › New, Open, Open Recent): the window manager opens it.
    open_requested = Signal(object)

    def __init__(
        self, controller: PlanController, parent: QWidget | None = None, *, build_sections: bool = True
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = controller.session
        #: What features are given (they never see the window itself).
        self.host = WindowHost(self)
        self.file_actions = FileActions(self.host, self)
        self.file_actions.open_requested.connect(self.open_requested)
        self.features: list[Feature] = []
        self.guide_action: QAction | None = None  # Help › Guide, added with the sections
        self.welcome: WelcomeDialog | None = None  # the first-run welcome, while it is up
        self.setObjectName("main_window")
        self.setWindowFilePath(controller.location)
        self.setWindowTitle(self.tr("{name}[*] — Walkaway").format(name=self.session.name))
        self.setWindowIcon(icon("walkaway"))

        self.deal_list = DealListPane()
        self.editor = DealEditor(controller)
        #: The brief preview's place, folded away with View › Brief Preview (F9).
        self.side_pane_host = SidePane(app_settings(), self)
        self.no_deal = QLabel(self.tr("Choose a deal on the left, or create a new plan."))
        self.no_deal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_deal.setEnabled(False)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.no_deal)
        self.editor_stack.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.deal_list)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.addWidget(self.side_pane_host)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)

        self.empty_state = EmptyState()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.splitter)
        self.unsaved_bar = UnsavedBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.unsaved_bar)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.file_notices = FileNotices(self)
        self._build_actions()
        self._build_menus()
        self._wire()
        self.statusBar().showMessage(controller.location)
        self._writable_changed(self.session.writable)

        install_screen_keeper()  # every dialog on its screen, growing instead of squashing its fields
        install_focus_ring()  # a ring around the widget that has the keyboard, in every window
        self._sections_built = False
        #: Size, place and panes: restored, kept on the screen, saved (ui/shell/window_layout.py).
        self.layout_keeper = WindowLayout(self)
        self.layout_keeper.restore()  # placed first: the preview starts folded or not by the window's width
        if build_sections:
            self.build_sections()

    def build_sections(self) -> None:
        """Add the planning sections and the plugged-in features (once).

        At start-up this runs right after the first paint: no deal is open yet,
        and their imports and widgets would otherwise delay the window.
        """
        if self._sections_built:
            return
        self._sections_built = True
        from ui.editor.sections import install_sections
        from ui.shell.features import install_features
        from ui.shell.guide_viewer import install_guide_action

        # The first window on a file writes it, any other only reads it (at start-up the session has
        # claimed the file already, when it opened it right after the first paint).
        self.session.claim()
        install_sections(self.editor)
        self.guide_action = install_guide_action(self.help_menu, self, before=self.about_action)
        self.features = install_features(self.host, self)
        # Last of the guards: every edit keeps the rules plan files and the command line keep.
        from ui.session.input_rules import refuse_rule_breaking_edit

        self.controller.edit_guards.append(refuse_rule_breaking_edit)
        self.layout_keeper.sections_built()

    # -- what the host offers features (ui/shell/window_host.py) ----------------------

    def set_side_pane(self, widget: QWidget) -> None:
        """Put ``widget`` in the right-hand pane (one widget; a second call replaces the first)."""
        self.side_pane_host.set_widget(widget, self.width())
        self.layout_keeper.side_pane_set()

    def reveal_new_deal(self) -> None:
        """After New plan or Quick plan: every deal in the list (the new one shows, selected), the
        keyboard in the new deal's first empty field (not in the search box the dialog left)."""
        self.deal_list.clear_filters()
        self.activateWindow()  # back from the dialog: the window's keys (F9, Ctrl+PgDown) work at once
        plan = self.controller.current_plan()
        self.deal_list.select_deal(plan.id if plan is not None else None)
        if self.editor.focus_first_empty() is None and self.editor.section_keys():
            self.editor.show_section(self.editor.section_keys()[0])  # nothing empty: the plan from the top

    def add_deal_action(self, action: QAction, *, toolbar: bool = False, writes: bool = False) -> None:
        """An action on the open deal: in the Deal menu, optionally the toolbar, enabled only with a deal.

        ``writes``: it changes the plan, so it is off while the file may not be written.
        """
        self.deal_menu.addAction(action)
        if toolbar:
            self.deal_toolbar.addAction(action)
        self.deal_actions.append(action)
        if writes:
            self.writing_actions.addAction(action)
        action.setEnabled(self.controller.current_id is not None)

    def show_error(self, message: str) -> None:
        """A user's mistake or a refused file: one clear line, in a message box that does not block tests."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Walkaway"), message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(message, 10_000)

    # -- building -----------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: str | QKeySequence.StandardKey | None = None,
            name: str = "",
            icon_name: str = "",
        ) -> QAction:
            made = QAction(text, self)
            if isinstance(shortcut, QKeySequence.StandardKey):
                made.setShortcuts(shortcut)
            elif shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            if icon_name:
                made.setIcon(icon(icon_name))
            made.setObjectName(name)
            made.triggered.connect(slot)
            return made

        host, files = self.host, self.file_actions
        self.new_plan_action = action(
            self.tr("&New Plan…"), lambda: deal_actions.new_plan(host), QKeySequence.StandardKey.New, "new_plan", "new"
        )
        self.quick_plan_action = action(
            self.tr("Quic&k Plan…"), lambda: deal_actions.quick_plan(host), "Ctrl+Shift+N", "quick_plan", "quick"
        )
        self.duplicate_action = action(
            self.tr("D&uplicate as New Plan"), lambda: deal_actions.duplicate(host), "Ctrl+D", "duplicate", "copy"
        )
        self.delete_action = action(
            self.tr("&Delete Deal…"), lambda: deal_actions.delete(host), QKeySequence.StandardKey.Delete, "delete"
        )
        self.delete_action.setIcon(icon("delete"))
        # Delete only when the list has focus: in a text field the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.deal_list.table.addAction(self.delete_action)
        self.new_file_action = action(self.tr("New Plan &File…"), files.new_file, None, "new_file")
        self.open_action = action(self.tr("&Open…"), files.open_file, QKeySequence.StandardKey.Open, "open", "open")
        self.open_team_action = action(self.tr("Open a &Team Server…"), files.open_team_server, None, "open_team")
        self.open_team_action.setToolTip(self.tr("Open the deals shared with you on your team's PostgreSQL server"))
        self.save_copy_action = action(
            self.tr("Save a &Copy…"), files.save_copy, QKeySequence.StandardKey.SaveAs, "save_copy"
        )
        # Team mode: the file's own copy, backups and restore are the server owner's (pg_dump); a local
        # copy of the deals shared with you takes Save a Copy's place.
        self.local_copy_action = action(
            self.tr("Save a &Local Copy…"), files.save_local_copy, QKeySequence.StandardKey.SaveAs, "local_copy"
        )
        self.import_action = action(self.tr("&Import Plan…"), files.import_plans, "Ctrl+I", "import", "import")
        self.export_action = action(self.tr("&Export Plan…"), files.export_plan, "Ctrl+E", "export", "export")
        self.restore_backup_action = self.file_notices.restore_action
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = action(
            self.tr("&Find Deal"), self.deal_list.focus_search, QKeySequence.StandardKey.Find, "find"
        )
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.about_action = action(self.tr("&About Walkaway"), lambda: _about(self), None, "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.deal_actions: list[QAction] = [self.duplicate_action, self.delete_action, self.export_action]
        #: Every action that writes the file: off while the session is not writable. A group, so an
        #: action's own state (no deal open, the wrong stage) and the file's state both count.
        self.writing_actions = QActionGroup(self)
        self.writing_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        for writing in (
            self.new_plan_action,
            self.quick_plan_action,
            self.duplicate_action,
            self.delete_action,
            self.import_action,
            self.undo_action,
            self.redo_action,
            self.restore_backup_action,
        ):
            self.writing_actions.addAction(writing)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.new_plan_action, self.quick_plan_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.new_file_action, self.open_action, self.open_team_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(lambda: self.file_actions.fill_recent_menu(self.recent_menu))
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addActions([self.save_copy_action, self.local_copy_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_backup_action)
        self.file_menu.addSeparator()
        team = self.session.team
        for file_only in (self.save_copy_action, self.restore_backup_action):
            file_only.setVisible(not team)
            file_only.setEnabled(file_only.isEnabled() and not team)
        self.local_copy_action.setVisible(team)
        self.local_copy_action.setEnabled(team)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

        #: Actions on the open deal; other features add theirs with add_deal_action().
        self.deal_menu = bar.addMenu(self.tr("&Deal"))
        self.deal_menu.addActions([self.new_plan_action, self.quick_plan_action, self.duplicate_action])
        self.deal_menu.addAction(self.delete_action)
        self.deal_menu.addSeparator()

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.side_pane_host.toggle_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

        self.deal_toolbar = QToolBar(self.tr("Deal"))
        self.deal_toolbar.setObjectName("deal_toolbar")
        self.deal_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.deal_toolbar.setMovable(False)
        self.deal_toolbar.addActions([self.new_plan_action, self.quick_plan_action])
        self.deal_toolbar.addSeparator()
        self.deal_toolbar.addActions([self.undo_action, self.redo_action])
        self.deal_toolbar.addSeparator()
        self.addToolBar(self.deal_toolbar)

    def _wire(self) -> None:
        controller = self.controller
        self.deal_list.deal_selected.connect(self._open_deal)
        controller.plan_changed.connect(self._plan_changed)
        controller.deal_list_changed.connect(self.refresh_deal_list)
        controller.saved.connect(lambda path: self.statusBar().showMessage(self.tr("Saved — {path}").format(path=path)))
        controller.failed.connect(self.show_error)
        controller.unsaved.connect(self._unsaved)
        self.unsaved_bar.retry_requested.connect(controller.retry_now)
        self.unsaved_bar.copy_requested.connect(self.file_actions.export_plan)
        self.empty_state.new_plan_requested.connect(self.new_plan_action.trigger)
        self.empty_state.quick_plan_requested.connect(self.quick_plan_action.trigger)
        self.empty_state.demo_requested.connect(lambda: deal_actions.add_demo_plans(self.host))
        self.session.writable_changed.connect(self._writable_changed)

    # -- reacting -----------------------------------------------------------------

    def refresh_deal_list(self) -> None:
        deals = self.controller.deal_summaries()
        self.deal_list.set_deals(deals)
        self.layout_keeper.deals_listed(len(deals))
        self.pages.setCurrentWidget(self.splitter if deals else self.empty_state)

    def _open_deal(self, deal_id: int | None) -> None:
        self.build_sections()
        try:
            self.controller.select_deal(deal_id)  # refused with a message when unsaved changes stay
        except WalkawayError as error:
            self.show_error(str(error))

    def _writable_changed(self, writable: bool) -> None:
        """Read-only, refused or restoring: nothing that writes is offered (reading and exporting stay)."""
        self.writing_actions.setEnabled(writable)
        self.editor.set_writable(writable)
        self.empty_state.set_writable(writable)

    def _unsaved(self, reason: str) -> None:
        self.unsaved_bar.show_reason(reason, retrying=self.controller.retrying)
        self.setWindowModified(bool(reason))
        if reason:
            self.statusBar().showMessage(self.tr("Not saved: {reason}").format(reason=reason))

    def _plan_changed(self, plan: Plan | None) -> None:
        has_deal = plan is not None
        if self.editor_stack.currentWidget() is not (self.editor if has_deal else self.no_deal):
            self.editor_stack.setCurrentWidget(self.editor if has_deal else self.no_deal)
            self.editor_stack.updateGeometry()  # its least width is the page's: the window settles now, not later
        for deal_action in self.deal_actions:
            deal_action.setEnabled(has_deal)
        self.deal_list.select_deal(plan.id if plan else None)

    # -- settings and closing -------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.layout_keeper.shown()

    def save_settings(self) -> None:
        self.layout_keeper.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        # No "save changes?" prompt: the pending edit is simply written, including an
        # amount still being typed (amounts commit when editing finishes). Only a write the
        # file refuses stops the window closing, so that nothing is dropped without a word.
        from ui.common.amount_edit import AmountEdit

        for amount in self.findChildren(AmountEdit):
            if amount.isModified():
                amount.commit()
        try:
            self.controller.close()
        except UnsavedChanges as unsaved:
            event.ignore()
            self._ask_close_unsaved(str(unsaved))
            return
        except WalkawayError as error:
            self.show_error(str(error))
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)

    def _ask_close_unsaved(self, reason: str) -> None:
        box = CloseUnsavedBox(reason, self)
        box.export_requested.connect(self.file_actions.export_plan)
        box.drop_requested.connect(self._close_without_unsaved)
        box.open()

    def _close_without_unsaved(self) -> None:
        self.controller.discard_unsaved()
        self.close()


def _about(window: MainWindow) -> None:
    from ui.shell.about import show_about

    show_about(window)
