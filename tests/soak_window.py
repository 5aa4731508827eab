"""A long session in the real window, as a user types it: run as a child by tests/test_soak.py.

``python soak_window.py FILE KEYS`` opens FILE (made by the test) in the window the app opens,
types about KEYS keystrokes into the title, the rationale, a condition and the script of deal 1,
switches sections, undoes and redoes, logs rounds on deal 3, closes the window, and prints one
JSON line: what it typed, the keystrokes sent, how far the counts of None/True/False moved and
how long it took. The test then reads FILE back with the store. A child, because a faulty Qt
binding aborts the interpreter: the test sees that as a dead child with its stderr.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

WORDS = (
    "walk", "away", "calmly", "when", "the", "deal", "no", "longer",
    "clears", "the", "point", "we", "chose", "in", "advance",
)  # fmt: skip


def text_of(length: int, seed: int) -> str:
    words, total, i = [], 0, seed
    while total < length:
        word = WORDS[i % len(WORDS)]
        words.append(word)
        total += len(word) + 1
        i += 7
    return " ".join(words)[:length].rstrip()


def settle(app: QApplication, until=lambda: True, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    app.processEvents()
    while not until():
        if time.monotonic() > end:
            raise SystemExit("soak: timed out waiting for the window")
        app.processEvents()
        time.sleep(0.005)


def brief_shown(app: QApplication, window: QWidget) -> None:
    """The preview holds the finished brief of the deal on screen: the same kind of objects at both counts."""
    from ui.brief.preview import BriefPreview

    preview = window.findChild(BriefPreview)
    if preview is None:
        return
    preview.refresh_now()
    preview.wait_for_builds()
    plan = window.controller.current_plan()
    settle(app, lambda: preview._built_from is not None and preview._built_from[0] == plan)


class Typist:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.keys = 0

    def type(self, widget: QWidget, text: str, *, chunk: int = 50) -> None:
        widget.setFocus()
        for start in range(0, len(text), chunk):
            QTest.keyClicks(widget, text[start : start + chunk])
            self.keys += len(text[start : start + chunk])
            self.app.processEvents()

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(widget, key, modifier)
            self.keys += 1
        self.app.processEvents()


def main(path: Path, keys: int) -> dict:
    from ui.app import make_application
    from ui.shell.window_manager import open_window

    app = make_application()
    window = open_window(path)
    assert window is not None
    window.resize(1280, 800)
    controller = window.controller
    settle(app, lambda: controller.session.is_open and window.editor.section_keys())
    window.activateWindow()
    typist = Typist(app)
    # What is filled once (the statements a first read and a first save compile) is not growth with
    # every keystroke: a save of the deal the rounds go to, before counting.
    controller.select_deal(3)
    controller.store.save_plan(controller.current_plan())
    brief_shown(app, window)
    controller.select_deal(None)
    app.processEvents()
    gc.collect()
    counts_before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    started = time.perf_counter()

    controller.select_deal(1)
    editor = window.editor
    overview, reservation, script = editor.section("overview"), editor.section("reservation"), editor.section("script")

    # One field takes the bulk of the keystrokes: the rationale, as someone thinking aloud.
    share = max(keys // 2, 3000)
    editor.show_section("reservation")
    rationale = text_of(share, 1)
    reservation.rationale.selectAll()
    typist.type(reservation.rationale, rationale)

    # The title: typed, half taken back with Backspace, typed again.
    editor.show_section("overview")
    title = text_of(120, 2)
    overview.title.selectAll()
    typist.type(overview.title, title)
    typist.key(overview.title, Qt.Key.Key_Backspace, times=60)
    title = title[:60] + text_of(100, 3)[:100]
    typist.type(overview.title, title[60:])

    # A condition, typed into the list's in-place editor.
    editor.show_section("reservation")
    conditions = reservation.conditions
    conditions.add_button.click()
    settle(app)
    condition = text_of(150, 4)
    editors = [w for w in conditions.list.viewport().findChildren(QWidget) if w.isVisible() and hasattr(w, "setText")]
    line = editors[0] if editors else conditions.list
    typist.type(line, condition)
    typist.key(line, Qt.Key.Key_Return)

    # The script, and a walk through every section with the keyboard between the fields.
    editor.show_section("script")
    said = {}
    rest = max(keys - typist.keys, 600) // 3
    for index, name in enumerate(("acknowledge", "reason", "door")):
        box = getattr(script, name)
        said[name] = text_of(min(rest, 1900), 5 + index)
        box.selectAll()
        typist.type(box, said[name])
    for key in editor.section_keys():
        editor.show_section(key)
        app.processEvents()

    # Undo the last word typed in the door and redo it: what is saved is the redone text.
    for _ in range(3):
        window.undo_action.trigger()
        app.processEvents()
    for _ in range(3):
        window.redo_action.trigger()
        app.processEvents()

    # Rounds on the negotiating deal, entered with the keyboard.
    controller.select_deal(3)
    editor.show_section("rounds")
    rounds = editor.section("rounds")
    logged = []
    for n in range(10):
        offer = str(30000 - 250 * n)
        typist.type(rounds.their_edit, offer)
        typist.key(rounds.their_edit, Qt.Key.Key_Return)
        settle(app, lambda n=n: len(controller.current_plan().rounds) >= n + 1)
        logged.append(offer)

    seconds = time.perf_counter() - started
    brief_shown(app, window)
    QCoreApplication.processEvents()
    gc.collect()
    counts_after = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    window.close()
    app.processEvents()
    return {
        "alive": True,
        "keys": typist.keys,
        "seconds": round(seconds, 1),
        "refcount_drift": {name: counts_after[name] - counts_before[name] for name in counts_before},
        "typed": {"title": title, "rationale": rationale, "condition": condition, "script": said},
        "rounds": logged,
    }


if __name__ == "__main__":
    report = main(Path(sys.argv[1]), int(sys.argv[2]))
    print(json.dumps(report), flush=True)
    os._exit(0)
