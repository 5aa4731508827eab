"""Every user-visible string in ui/ goes through Qt's translations, and the .ts source is current."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import ROOT

from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n import install_translators

_spec = importlib.util.spec_from_file_location("untranslated", ROOT / "packaging" / "i18n" / "untranslated.py")
untranslated = importlib.util.module_from_spec(_spec)
sys.modules["untranslated"] = untranslated
_spec.loader.exec_module(untranslated)

TS_SOURCE = ROOT / "resources" / "i18n" / "walkaway.ts"


def escapes(source: str) -> list[str]:
    return [escape.text for escape in untranslated.find_escapes(source)]


def test_no_user_visible_string_in_ui_escapes_translation() -> None:
    found = untranslated.find_escapes_in_folder(ROOT / "ui")
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(map(str, found))


@pytest.mark.parametrize(
    "code",
    [
        'label.setText("Walk away")',
        'QLabel("Your walk-away point", self)',
        'QPushButton(text="Sign")',
        'self.setWindowTitle(f"Deal {title}")',
        'field.setToolTip("The least you accept " + unit)',
        'box.setPlaceholderText("e.g. {}".format(example))',
        'menu.addAction(icon, "Export…")',
        'QMessageBox.warning(self, "Cannot save", message)',
        'combo.addItem("Buy", Side.BUY)',
        'table.setHorizontalHeaderLabels([self.tr("Title"), "Status"])',
        'self.tr(f"Deal {n}")',
        'QCoreApplication.translate(context, "Walk")',
        'button.setAccessibleName("Walk now")',
        'def _tr(text):\n    return QCoreApplication.translate("Ctx", text)',
        'tr = QCoreApplication.translate\nname = tr("Signals", "Bad faith")',
        'clear = QPushButton(parent.tr("Clear"), parent)',
        "menu.addAction(self.tr(label))",
    ],
)
def test_checker_catches_bare_strings(code: str) -> None:
    assert escapes(code), code


@pytest.mark.parametrize(
    "code",
    [
        'label.setText(self.tr("Walk away"))',
        'QLabel(QCoreApplication.translate("Brief", "Your walk-away point"), self)',
        'self.setWindowTitle(self.tr("Deal {title}").format(title=title))',
        'field.setToolTip(self.tr("The least you accept") + " " + unit)',
        'combo.addItem(self.tr("Buy"), "buy")',
        'combo.addItem(icon, self.tr("Sell"), "sell")',
        'line.setText("")',
        "line.setText(plan.title)",
        'amount.setText("—")',
        'label.setText("<b>" + self.tr("Verdict") + "</b>")',
        'label.setText("Walkaway")  # i18n: ignore (product name)',
        'widget.setObjectName("walkButton")',
        'SNOOZES = (QT_TRANSLATE_NOOP("View", "Tomorrow"),)\nmenu.addAction(self.tr(label))',
        "clean = text.translate(_BIDI_MARKS)",
        "painter.translate(-bounds.topLeft())",
        "transform.translate(dx, dy)",
    ],
)
def test_checker_accepts_translated_and_non_text(code: str) -> None:
    assert not escapes(code), code


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _lupdate() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.skip("pyside6-lupdate is not installed (it ships with PySide6-Essentials)")
    return found


def test_ts_source_is_current(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    fresh = tmp_path / "walkaway.ts"
    subprocess.run([_lupdate(), "-no-obsolete", "-source-language", "en", *sources, "-ts", fresh], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    missing = _messages(fresh) - _messages(TS_SOURCE)
    stale = _messages(TS_SOURCE) - _messages(fresh)
    assert not missing and not stale, f"run packaging/update-translations (new: {missing}, gone: {stale})"
    assert all(context for context, _source in _messages(TS_SOURCE)), "a text without a context cannot be found"


def test_a_translation_reaches_the_window(qtbot, tmp_path: Path) -> None:
    """The machinery works end to end: .ts -> lrelease -> .qm -> installed -> the dialog speaks German."""
    from ui.shell.welcome import WelcomeDialog

    lrelease = Path(_lupdate()).with_name(Path(_lupdate()).name.replace("lupdate", "lrelease"))
    ts = tmp_path / "walkaway_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>WelcomeDialog</name><message><source>Welcome to Walkaway</source>"
        "<translation>Willkommen bei Walkaway</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, ts], check=True, capture_output=True, timeout=60)
    app = QCoreApplication.instance()
    translators = install_translators(app, QLocale(QLocale.Language.German), folder=tmp_path)
    try:
        assert translators
        dialog = WelcomeDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Willkommen bei Walkaway"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert WelcomeDialog().windowTitle() == "Welcome to Walkaway"


def test_core_texts_marked_in_the_ui_match_the_core() -> None:
    """planner/ cannot mark its texts for lupdate; the dialog marks copies, which must not drift."""
    from planner.reopen import COMMON_REASONS, FIRST_TIME_TODAY
    from ui.after_walk.reopen_dialog import CORE_TEXTS

    assert set(CORE_TEXTS) == {*COMMON_REASONS, FIRST_TIME_TODAY}


def test_one_name_per_signal_in_the_window_and_the_core() -> None:
    """Issue 15: the window, the brief, the CLI and the guide call each signal by the same name."""
    from planner.model import SignalKind
    from planner.verdict_words import SIGNAL_NAMES
    from ui.common.signal_names import signal_name
    from ui.editor.signals import signal_name as editor_name
    from ui.room.rounds_model import signal_short_name

    for kind, name in SIGNAL_NAMES.items():
        assert signal_name(kind) == editor_name(kind) == signal_short_name(kind) == name
    assert set(SIGNAL_NAMES) == set(SignalKind) - {SignalKind.CUSTOM}
    guide = (ROOT / "resources" / "guide" / "index.html").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in SIGNAL_NAMES.values():
        assert name in guide and name in readme, name
