"""Find user-visible strings in ui/ that bypass Qt's translation machinery.

A string literal (or f-string) given straight to a Qt text sink - ``setText``, ``setToolTip``,
``QLabel(...)``, ``QMessageBox.warning(...)``, ``addAction`` ... - is invisible to
``pyside6-lupdate`` and stays English forever. Wrap it in ``self.tr("...")`` or
``QCoreApplication.translate("Context", "...")``. ``tr`` itself needs a plain literal: lupdate
cannot read an f-string or a variable. Strings without letters ("", "-", "…") are fine.
``tr(variable)`` passes in a module that marks its texts with ``QT_TRANSLATE_NOOP``.
A deliberate exception carries the comment ``# i18n: ignore`` on the call's line(s).

    python packaging/i18n/untranslated.py [FOLDER]   lists escapes, exits 1 if there are any
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

#: Methods whose string arguments people read (or hear, for accessible names).
SINK_METHODS = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setTitle", "setLabelText", "setInformativeText", "setDetailedText", "setAccessibleName",
        "setAccessibleDescription", "setWindowIconText", "setButtonText", "setSuffix", "setPrefix",
        "setSpecialValueText", "setTabText", "setTabToolTip", "setItemText", "setHeaderLabels",
        "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setCancelButtonText", "setOkButtonText",
        "showMessage", "addAction", "addMenu", "addTab", "insertTab", "addItem",
        "insertItem", "addItems", "insertItems", "addButton", "addRow", "insertRow", "addSection",
        "setFormat", "setHtml", "setMarkdown", "setEmptyLabel",
    }
)  # fmt: skip
#: Widgets and objects whose constructor takes a caption.
SINK_CLASSES = frozenset(
    {
        "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
        "QMenu", "QCommandLinkButton", "QMessageBox", "QListWidgetItem", "QTreeWidgetItem",
        "QTableWidgetItem", "QStandardItem", "QDockWidget", "QWizardPage", "QProgressDialog",
    }
)  # fmt: skip
MESSAGE_BOX_FUNCTIONS = frozenset({"information", "warning", "critical", "question", "about"})
#: Keyword arguments that carry captions (Qt's property names, as PySide accepts them).
TEXT_KEYWORDS = frozenset(
    {"text", "title", "toolTip", "statusTip", "whatsThis", "windowTitle", "placeholderText", "label"}
)
TRANSLATORS = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"})
#: Data, not captions, follow the text in these calls: addItem(text, userData).
TEXT_THEN_DATA = {"addItem": 0, "insertItem": 1}
MARKER = "i18n: ignore"


@dataclass(frozen=True)
class Escape:
    path: str
    line: int
    call: str
    text: str
    problem: str = "is not translated"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}(): {self.text!r} {self.problem}"


def _has_letters(text: str) -> bool:
    # Markup around translated parts ("<b>" + tr(...) + "</b>") has nothing to translate.
    return any(ch.isalpha() for ch in re.sub(r"<[^<>]*>", "", text))


def _literal_text(node: ast.expr) -> str | None:
    """The readable text of a bare literal expression, or None if it is not a bare literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        joined = "{…}".join(parts)
        return f"f'{joined}'" if _has_letters("".join(parts)) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_text(node.left) or (_literal_text(node.right) if isinstance(node.op, ast.Add) else None)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((text for element in node.elts if (text := _literal_text(element))), None)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _literal_text(node.func.value)  # "Hello {}".format(x): the literal is still bare
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _looks_textual(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Call) and _name(node.func) in TRANSLATORS


def _text_arguments(call: ast.Call, name: str) -> list[ast.expr]:
    args = list(call.args)
    if name in TEXT_THEN_DATA:
        first = TEXT_THEN_DATA[name]
        rest = args[first:]
        # addItem(text, data) or addItem(icon, text, data): only the caption counts.
        args = rest[:1] if rest and _looks_textual(rest[0]) else rest[1:2]
    return args + [kw.value for kw in call.keywords if kw.arg in TEXT_KEYWORDS]


def _is_sink(call: ast.Call) -> bool:
    func = call.func
    name = _name(func)
    if isinstance(func, ast.Attribute) and name in MESSAGE_BOX_FUNCTIONS:
        return _name(func.value) == "QMessageBox"
    return (isinstance(func, ast.Attribute) and name in SINK_METHODS) or (
        isinstance(func, ast.Name) and name in SINK_CLASSES
    )


CONTEXTLESS = "has no context for lupdate; use self.tr() or QCoreApplication.translate('Context', ...)"
FOREIGN_CONTEXT = "is in another object's context; use QCoreApplication.translate('Context', ...)"


def _arg_text(call: ast.Call) -> str:
    return ast.unparse(call.args[0]) if call.args else ""


def _is_qt_translation(call: ast.Call) -> bool:
    """``translate`` is also str.translate(table) and QTransform.translate(dx, dy): not ours."""
    func = call.func
    if _name(func) != "translate" or not isinstance(func, ast.Attribute):
        return True
    if _name(func.value) in ("QCoreApplication", "QApplication", "QGuiApplication"):
        return True
    first = call.args[0] if call.args else None
    return len(call.args) >= 2 and isinstance(first, ast.Constant) and isinstance(first.value, str)


def find_escapes(source: str, path: str = "<string>") -> list[Escape]:
    tree = ast.parse(source, filename=path)
    lines = source.splitlines()
    escapes: list[Escape] = []
    marks_texts = any(
        isinstance(node, ast.Call) and _name(node.func) in ("QT_TR_NOOP", "QT_TRANSLATE_NOOP")
        for node in ast.walk(tree)
    )

    def ignored(node: ast.AST) -> bool:
        span = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
        return any(MARKER in line for line in span)

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name == "tr" and not ignored(node):
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if receiver is None:
                # lupdate reads tr("a", "b") as text "a" with comment "b", in no context.
                escapes.append(Escape(path, node.lineno, name, _arg_text(node), CONTEXTLESS))
            elif _name(receiver) != "self":
                # other.tr() translates in other's runtime class, which lupdate cannot know.
                escapes.append(Escape(path, node.lineno, name, _arg_text(node), FOREIGN_CONTEXT))
        if name in TRANSLATORS and _is_qt_translation(node):
            # lupdate reads only a plain literal: tr(f"...") or tr(variable) is never extracted.
            texts = node.args[1:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            contexts = node.args[:1] if name in ("translate", "QT_TRANSLATE_NOOP") else []
            for arg in texts + contexts:
                plain = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                # tr(variable) is fine when the texts it takes are marked QT_TRANSLATE_NOOP in this module.
                if not plain and not (marks_texts and arg not in contexts) and not ignored(node):
                    escapes.append(Escape(path, node.lineno, name, ast.unparse(arg), "is not a string literal"))
        elif _is_sink(node):
            for arg in _text_arguments(node, name):
                text = _literal_text(arg)
                if text is not None and not ignored(node):
                    escapes.append(Escape(path, node.lineno, name, text))
    return escapes


def find_escapes_in_folder(folder: Path) -> list[Escape]:
    escapes: list[Escape] = []
    for path in sorted(folder.rglob("*.py")):
        escapes += find_escapes(path.read_text(encoding="utf-8"), str(path.relative_to(folder.parent)))
    return escapes


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "ui"
    escapes = find_escapes_in_folder(folder)
    for escape in escapes:
        print(escape)
    return 1 if escapes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
