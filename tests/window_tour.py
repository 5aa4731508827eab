"""Every section, view and dialog of the window on one screen, checked: run as a child by tests/test_window_fits.py.

``python window_tour.py WIDTH HEIGHT [--dark] [--shots DIR]`` (``QT_SCALE_FACTOR`` from the
environment) starts the window the way ``walkaway`` does, on the offscreen platform with one
screen of that size, on a file holding the demo deals, and visits every section of the editor
(for a deal in each stage), the follow-ups and the walking record, and every dialog, each opened
with ``open()``. In each state it checks (``tests/ui_checks.py``): the window inside the screen,
no sideways scrolling in the editor, no label cut (unless it elides on purpose, with a tooltip),
no Alt+letter twice, and the contrast of the verdict colours. It prints one JSON line:
``{"problems": [...], "states": N, "shots": [...]}``; with ``--shots`` it saves a PNG per state.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

TODAY = date(2026, 11, 27)  # the demo plans' own day: their follow-ups and rounds read as intended


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("width", type=int)
    parser.add_argument("height", type=int)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--only", default="", help="states whose name contains this (for debugging)")
    return parser.parse_args()


ARGS = parse()
_screen = Path(tempfile.mkdtemp()) / "screen.json"
_screen.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "tour",
                    "x": 0,
                    "y": 0,
                    "width": ARGS.width,
                    "height": ARGS.height,
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ]
        }
    )
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.setdefault("WALKAWAY_HOME", tempfile.mkdtemp())

from ui_checks import (  # noqa: E402
    columns_out_of_sight,
    cut_labels,
    fields_without_tooltip,
    horizontal_scrolling,
    mnemonic_clashes,
    off_screen,
)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget  # noqa: E402

from ui.app import make_application  # noqa: E402

app = make_application()
if ARGS.dark:
    app.setStyle("Fusion")
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        (QPalette.ColorRole.Mid, "#5a5a5a"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)

problems: list[str] = []
shots: list[str] = []
states = 0


def settle(ms: int = 30) -> None:
    end = time.monotonic() + ms / 1000
    app.processEvents()
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def settle_layout(top: QWidget, timeout: float = 2.0) -> None:
    """Until the window has stopped moving and resizing (its layouts and the screen keeper done), as a
    user sees it a moment later; on a loaded machine that takes longer than a fixed pause."""
    end = time.monotonic() + timeout
    last, calm = None, 0
    while time.monotonic() < end and calm < 4:
        settle(15)
        now = (top.frameGeometry(), tuple(w.geometry() for w in top.findChildren(QWidget)[:400]))
        calm = calm + 1 if now == last else 0
        last = now


def check(name: str, top: QWidget, *, editor: QWidget | None = None) -> None:
    """Run every check on ``top`` as it is now; record what is wrong under ``name``."""
    global states
    if ARGS.only and ARGS.only not in name:
        return
    states += 1
    settle_layout(top)
    found = [*off_screen(top), *cut_labels(top), *mnemonic_clashes(top), *columns_out_of_sight(top)]
    found += [f"no tooltip: {field}" for field in fields_without_tooltip(top)]
    if editor is not None:
        found += horizontal_scrolling(editor)
    problems.extend(f"{name}: {line}" for line in found)
    if ARGS.shots is not None:
        ARGS.shots.mkdir(parents=True, exist_ok=True)
        path = ARGS.shots / f"{name}.png"
        top.grab().save(str(path))
        shots.append(str(path))


def dialog(name: str, opener: Callable[[], QWidget | None]) -> None:
    """Open a dialog (never with exec()), check it, close it."""
    before = set(app.topLevelWidgets())
    shown = opener()
    settle(60)
    if shown is None:
        found = [w for w in app.topLevelWidgets() if w not in before and w.isVisible()]
        shown = found[0] if found else None
    if shown is None:
        problems.append(f"{name}: the dialog did not open")
        return
    check(name, shown)
    if isinstance(shown, QDialog):
        shown.reject()
    else:
        shown.close()
    settle()


def contrast_of_verdicts() -> None:
    from ui.common import colours

    palette = app.palette()
    for kind in ("walk", "consider", "counter", "proceed", "no_offer"):
        background, foreground = colours.verdict(kind, palette)
        ratio = colours.contrast(background, foreground)
        if ratio < colours.AA_TEXT:
            problems.append(f"verdict {kind}: contrast {ratio:.2f} below 4.5")
    for tone in ("error", "warning", "success"):
        colour = colours.text_colour(tone, palette)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = colours.contrast(colour, palette.color(role))
            if ratio < colours.AA_TEXT:
                problems.append(f"{tone} text on {role.name}: contrast {ratio:.2f} below 4.5")


def banner_contrast(window: QWidget, name: str) -> None:
    """The verdict banner as drawn: its style sheet's text colour on its background."""
    import re

    from ui.common import colours

    for banner in window.findChildren(QWidget, "verdictBanner"):
        if not banner.isVisible():
            continue
        sheet = banner.styleSheet()
        background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", sheet)
        foreground = re.search(r"[^-]color:\s*(#[0-9a-fA-F]{6})", sheet)
        if background and foreground:
            ratio = colours.contrast(QColor(background.group(1)), QColor(foreground.group(1)))
            if ratio < colours.AA_TEXT:
                problems.append(f"{name}: the verdict banner's contrast is {ratio:.2f}")


def main() -> None:
    from planner.demo import demo_plans
    from planner.model import Status
    from planner.store import Store
    from ui.shell.window_manager import open_window

    home = Path(os.environ["WALKAWAY_HOME"])
    empty = home / "empty.walkaway"
    window = open_window(empty)
    assert window is not None
    settle(400)
    check("empty-file", window)
    window.close()
    from ui.settings import app_settings

    app_settings().clear()  # the demo file opens as on a first start, not with the empty file's panes

    path = home / "plans.walkaway"
    plans = demo_plans(TODAY)
    with Store(path) as store:
        ids = store.add_plans(plans)
        package_ids = store.add_plans(package_plans())
    window = open_window(path)
    assert window is not None
    window.controller.today = lambda: TODAY
    settle(600)
    check("list", window)
    stages = {plan.status: deal_id for plan, deal_id in zip(plans, ids, strict=True)}
    editor = window.editor
    for status in (Status.PLANNING, Status.NEGOTIATING, Status.WALKED, Status.REOPENED):
        window.controller.select_deal(stages[status])
        settle(100)
        for key in editor.section_keys():
            editor.show_section(key)
            check(f"{status.value}-{key}", window, editor=editor)
            banner_contrast(window, f"{status.value}-{key}")
    # Packages (issue 19): a salary being planned, and a car in the room, committed, with terms in its rounds.
    for name, deal_id, keys in (
        ("package-planning", package_ids[0], ("reservation", "package")),
        ("package-negotiating", package_ids[1], ("package", "rounds")),
    ):
        window.controller.select_deal(deal_id)
        settle(100)
        for key in keys:
            editor.show_section(key)
            check(f"{name}-{key}", window, editor=editor)
    window.side_pane_host.toggle_action.toggle()  # the brief preview, whichever way it started
    settle(200)
    check("preview-toggled", window, editor=editor)
    window.side_pane_host.toggle_action.toggle()

    from ui.after_walk.feature import FollowUpsFeature
    from ui.brief.feature import BriefFeature
    from ui.room.feature import RoomFeature

    after = window.findChild(FollowUpsFeature)
    after.show_tab(0)
    settle(200)  # the dock docks, or floats on a short screen
    check("follow-ups", after.dock.widget().window())
    check("follow-ups-window", window)
    after.show_tab(1)
    settle(100)
    check("walking-record", after.dock.widget().window())
    after.dock.hide()

    brief, room = window.findChild(BriefFeature), window.findChild(RoomFeature)
    host = window.host
    from ui.deals import actions as deal_actions

    window.controller.select_deal(stages[Status.PLANNING])
    dialog("new-plan", lambda: (window.new_plan_action.trigger(), window.findChild(QDialog, "new_plan_dialog"))[1])
    dialog("commit", lambda: (brief.commit(), brief.dialog)[1])
    dialog("delete", lambda: (deal_actions.delete(host), window.findChild(QMessageBox, "confirm_delete"))[1])
    quick_plan_pages(window)
    window.controller.select_deal(stages[Status.NEGOTIATING])
    settle(100)
    dialog("revise", lambda: (brief.revise(), brief.dialog)[1])
    dialog("walk", lambda: (room.open_walk_dialog(), room.walk_dialog)[1])
    dialog("threat", lambda: (room.open_threat_helper(), room.threat_helper)[1])
    window.controller.select_deal(package_ids[1])
    settle(100)
    dialog("correct-round-package", lambda: (room.section.edit_round(2), room.section.round_dialog)[1])
    dialog("revise-package", lambda: (brief.revise(), brief.dialog)[1])
    window.controller.select_deal(stages[Status.WALKED])
    settle(100)
    dialog("reopen", lambda: (after.open_reopen_dialog(), after.dialog)[1])
    window.controller.select_deal(stages[Status.REOPENED])
    settle(100)
    dialog("outcome", lambda: (after.open_outcome_dialog(), after.dialog)[1])
    dialog("restore", window.file_notices.open_restore_dialog)
    from ui.shell.about import show_about
    from ui.shell.welcome import WelcomeDialog

    dialog("about", lambda: show_about(window))
    dialog("welcome", lambda: _opened(WelcomeDialog(window)))
    if window.guide_action is not None:
        dialog("guide", lambda: (window.guide_action.trigger(), None)[1])
    contrast_of_verdicts()
    window.close()


def _opened(widget: QDialog) -> QDialog:
    widget.open()
    return widget


def quick_plan_pages(window: QWidget) -> None:
    from ui.deals.quick_plan import QuickPlanWizard

    window.quick_plan_action.trigger()
    settle(60)
    wizard = window.findChild(QuickPlanWizard, "quick_plan_wizard")
    if wizard is None:
        problems.append("quick-plan: the wizard did not open")
        return
    wizard.deal.title_edit.setText("Tour deal")
    wizard.reservation.amount.setText("18500")
    for number in range(1, 6):
        check(f"quick-plan-{number}", wizard)
        wizard.next()
        settle()
    wizard.restart()  # again, with the optional step of a package
    settle()
    wizard.next()
    wizard.reservation.package.setChecked(True)
    wizard.next()
    settle()
    check("quick-plan-package", wizard)
    wizard.reject()


def package_plans() -> list:
    """Two package deals from the example plan files: a salary being planned, a car committed and in the room."""
    from datetime import UTC, datetime

    from planner.model import Status
    from planner.plans.files import read_plan_file
    from planner.services import signed_commitment

    salary = read_plan_file(ROOT / "tests" / "data" / "package-salary.walkaway.json")
    salary.rounds, salary.status = [], Status.PLANNING
    car = read_plan_file(ROOT / "tests" / "data" / "package-car.walkaway.json")
    car = signed_commitment(car, "Ana Costa", datetime(2026, 11, 1, 9, 0, tzinfo=UTC)).plan
    return [salary, car]


if __name__ == "__main__":
    started = time.monotonic()
    QTimer.singleShot(0, lambda: None)
    try:
        main()
    except Exception as error:  # a broken tour is a problem to report, with where it broke
        import traceback

        problems.append("the tour broke: " + "".join(traceback.format_exception(error))[-1500:])
    print(json.dumps({"problems": problems, "states": states, "shots": shots, "seconds": time.monotonic() - started}))
    sys.stdout.flush()
    os._exit(0)
