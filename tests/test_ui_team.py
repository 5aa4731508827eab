"""The window in team mode: File › Open a Team Server…, what only a file has hidden, Share…, and a
teammate's newer save never overwritten. Real widgets (qtbot) on a real PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from helpers import EXAMPLES
from pg_fixtures import TeamServer

from PySide6.QtCore import Qt

from planner.plans.files import read_plan_file
from ui.session.controller import PlanController
from ui.session.team_dialog import TeamServerDialog
from ui.shell.main_window import MainWindow
from ui.tasks import SyncTasks

SECRET = "Hunter2-Sekrit-9f3"


def _window(qtbot, target) -> MainWindow:
    window = MainWindow(PlanController(target, tasks=SyncTasks()))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    return window


def test_open_a_team_server_checks_the_address_and_never_shows_the_password(qtbot, db_path: Path) -> None:
    window = _window(qtbot, db_path)
    assert window.open_team_action in window.file_menu.actions()
    window.open_team_action.trigger()
    dialog = window.file_actions.team_dialog
    assert isinstance(dialog, TeamServerDialog) and dialog.isVisible()
    chosen: list = []
    dialog.chosen.connect(chosen.append)
    dialog.address.setText(f"postgresql://alice:{SECRET}@db.example.com/team")
    dialog.accept()
    assert dialog.isVisible() and chosen == []
    assert "~/.pgpass" in dialog.error.text() and SECRET not in dialog.error.text()
    dialog.address.setText("postgresql://alice@db.example.com/team")
    with qtbot.waitSignal(window.open_requested) as requested:
        dialog.accept()
    address = requested.args[0]
    assert address.display == "postgresql://alice@db.example.com/team" and "sslmode=verify-full" in address.conninfo
    assert not dialog.isVisible() and dialog.address.text() == ""


def test_a_team_window_hides_what_only_a_file_has_and_saves_to_the_server(qtbot, team: TeamServer) -> None:
    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
    window = _window(qtbot, team.address("alice"))
    window.session.open()
    window.build_sections()
    assert window.session.team and window.windowTitle().startswith(f"{team.database} (team)")
    assert not window.save_copy_action.isVisible() and not window.restore_backup_action.isVisible()
    assert window.local_copy_action.isVisible() and window.local_copy_action.isEnabled()
    assert window.deal_list.model.total_count() == 1
    window.controller.select_deal(deal)
    window.controller.edit("title", lambda plan: setattr(plan, "title", "Renamed in the window"))
    assert window.controller.flush()
    assert team.address("alice").display in window.statusBar().currentMessage()
    with team.store("alice") as store:
        assert store.get_plan(deal).title == "Renamed in the window"


def test_a_teammates_newer_save_is_kept_and_the_window_keeps_its_change(qtbot, team: TeamServer) -> None:
    from planner.store.server.sharing import share

    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
        share(store, deal, team.role("bob"))
    window = _window(qtbot, team.address("alice"))
    window.controller.select_deal(deal)
    with team.store("bob") as bob:
        theirs = bob.get_plan(deal)
        theirs.counterparty = "Bob's change"
        bob.save_plan(theirs)
    window.controller.edit("title", lambda plan: setattr(plan, "title", "Alice's change"))
    assert not window.controller.flush()
    assert "was changed by another copy of Walkaway" in window.controller.unsaved_error
    assert window.controller.current_plan().title == "Alice's change"  # still on screen, unsaved
    with team.store("bob") as bob:
        assert bob.get_plan(deal).counterparty == "Bob's change"


def test_share_dialog_adds_and_removes_members(qtbot, team: TeamServer) -> None:
    from ui.sharing.feature import SharingFeature

    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
    window = _window(qtbot, team.address("alice"))
    window.session.open()
    window.build_sections()
    feature = window.findChild(SharingFeature)
    assert feature is not None and feature.share_action in window.deal_menu.actions()
    window.controller.select_deal(deal)
    dialog = feature.open_dialog()
    assert dialog is not None and dialog.roles() == [team.role("alice")]
    dialog.members.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()  # the deal's creator stays
    dialog.role.setText("nobody_here")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "not a member of this server's team" in dialog.error.text() and dialog.roles() == [team.role("alice")]
    dialog.role.setText(team.role("bob"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.roles() == [team.role("alice"), team.role("bob")] and dialog.role.text() == ""
    with team.store("bob") as bob:
        assert [s.id for s in bob.list_deals()] == [deal]
    dialog.members.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.roles() == [team.role("alice")]
    with team.store("bob") as bob:
        assert bob.list_deals() == []


def test_a_file_window_has_no_team_features(qtbot, db_path: Path) -> None:
    from ui.sharing.feature import SharingFeature

    window = _window(qtbot, db_path)
    window.build_sections()
    assert window.findChild(SharingFeature) is None
    assert window.save_copy_action.isVisible() and not window.local_copy_action.isVisible()


def test_save_a_local_copy_writes_the_shared_deals_to_a_new_file(qtbot, team: TeamServer, tmp_path: Path) -> None:
    from planner.store import Store

    with team.store("alice") as store:
        store.add_plans([read_plan_file(path) for path in EXAMPLES])
    window = _window(qtbot, team.address("alice"))
    copy = tmp_path / "local.walkaway"
    window.file_actions.save_local_copy_to(copy)
    with Store(copy) as local:
        assert sorted(s.title for s in local.list_deals()) == sorted(read_plan_file(p).title for p in EXAMPLES)
