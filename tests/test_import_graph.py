"""The import graph of planner/ and ui/, read from the source: no cycles, and the arrows of DEVELOPERS.md.

Every import statement counts, including those inside functions (a lazy import is still a
dependency, only a later one); imports under ``if TYPE_CHECKING:`` do not, since they never run.
Features (the packages listed in ``ui.shell.features.WINDOW_FEATURES``) do not import each other
at all, not even for type hints: each one talks to the window through the host.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from helpers import ROOT

PACKAGES = ("planner", "ui")

#: Cycles known and owned by someone else, as sets of modules (none now: issue 14 removed the last).
KNOWN_CYCLES: set[frozenset[str]] = set()


#: Which ui packages a ui package may import (besides itself and planner). The arrows of the map in
#: DEVELOPERS.md: the shell on top, features in the middle, the open file and common parts below.
UI_LAYERS: dict[str, set[str]] = {
    "ui.common": {"ui.settings"},
    "ui.tasks": set(),
    "ui.settings": set(),
    "ui.i18n": set(),
    "ui.session": {"ui.common", "ui.tasks", "ui.settings"},
    "ui.editor": {"ui.session", "ui.common"},
    "ui.deals": {"ui.editor", "ui.session", "ui.common", "ui.shell.host"},
    "ui.feature": {"ui.shell.host", "ui.session", "ui.editor", "ui.common", "ui.tasks", "ui.settings"},
    "ui.shell": {"ui.deals", "ui.editor", "ui.session", "ui.common", "ui.tasks", "ui.settings", "ui.i18n"},
    "ui.app": {"ui.shell", "ui.session", "ui.common", "ui.tasks", "ui.settings", "ui.i18n"},
}


def module_files() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, *, with_type_checking: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test) and not with_type_checking:
            yield from (i for child in node.orelse for i in _imports_in(child, with_type_checking))
            continue
        yield from _imports_in(node, with_type_checking)


def _imports_in(node: ast.AST, with_type_checking: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    yield from _imports(node, with_type_checking=with_type_checking)


def import_graph(*, with_type_checking: bool = False) -> dict[str, set[str]]:
    """module -> the modules of planner/ and ui/ it imports."""
    files = module_files()
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        for node in _imports(ast.parse(path.read_text(), str(path)), with_type_checking=with_type_checking):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    package = name.split(".") if is_package else name.split(".")[:-1]
                    package = package[: len(package) - (node.level - 1)]
                    base = ".".join([*package, base] if base else package)
                # ``from pkg import sub`` imports the module pkg.sub; ``from mod import name``, mod.
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def feature_packages() -> list[str]:
    from ui.shell.features import TEAM_FEATURES, WINDOW_FEATURES

    return sorted({entry.split(":")[0].rsplit(".", 1)[0] for entry in WINDOW_FEATURES + TEAM_FEATURES})


def _package_of(module: str, features: list[str]) -> str:
    for feature in features:
        if module == feature or module.startswith(feature + "."):
            return "ui.feature"
    for layer in sorted(UI_LAYERS, key=len, reverse=True):
        if module == layer or module.startswith(layer + "."):
            return layer
    return module


def test_the_graph_is_read_from_every_module() -> None:
    graph = import_graph()
    assert {"planner.cli", "ui.app", "ui.shell.main_window", "ui.session.controller"} <= set(graph)
    # Imports inside functions count: the window manager imports the main window's module lazily or not.
    assert "ui.session.controller" in graph["ui.shell.main_window"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_no_import_cycles_in_planner_and_ui() -> None:
    found = [cycle for cycle in cycles(import_graph()) if cycle not in KNOWN_CYCLES]
    assert not found, "import cycles (counting imports inside functions):\n" + "\n".join(
        " <-> ".join(sorted(cycle)) for cycle in found
    )


def test_known_cycles_still_exist() -> None:
    """An entry of KNOWN_CYCLES that no longer exists must go, so that the cycle cannot come back."""
    present = set(cycles(import_graph()))
    gone = [cycle for cycle in KNOWN_CYCLES if cycle not in present]
    assert not gone, "fixed, remove from KNOWN_CYCLES: " + "; ".join(" <-> ".join(sorted(c)) for c in gone)


def test_features_never_import_each_other() -> None:
    features = feature_packages()
    assert {"ui.brief", "ui.room", "ui.after_walk"} <= set(features)
    graph = import_graph(with_type_checking=True)
    crossing = [
        f"{module} imports {target}"
        for module, targets in graph.items()
        for target in targets
        for feature in features
        if module.startswith(feature + ".")
        and any(target.startswith(other + ".") for other in features if other != feature)
    ]
    assert not crossing, "\n".join(crossing)


def test_ui_arrows_point_one_way() -> None:
    """Each ui package imports only the packages below it (UI_LAYERS); planner never imports ui."""
    features = feature_packages()
    graph = import_graph()
    wrong = []
    for module, targets in graph.items():
        for target in targets:
            if module.startswith("planner") and target.startswith("ui"):
                wrong.append(f"{module} imports {target}")
            if not (module.startswith("ui.") and target.startswith("ui.")):
                continue
            source, goal = _package_of(module, features), _package_of(target, features)
            if source == goal:
                continue
            allowed = UI_LAYERS.get(source, set())
            if not any(goal == ok or target == ok or target.startswith(ok + ".") for ok in allowed):
                wrong.append(f"{module} ({source}) imports {target} ({goal})")
    assert not wrong, "\n".join(sorted(wrong))


#: planner's arrows (DEVELOPERS.md): model and rules <- services <- cli; the store and the brief
#: sit beside the services and never reach up to them or to the command line.
PLANNER_NEVER: dict[str, tuple[str, ...]] = {
    "planner.store": ("planner.services", "planner.cli"),
    "planner.brief": ("planner.services", "planner.cli"),
    "planner.signing": ("planner.services", "planner.cli"),
    "planner.services": ("planner.cli",),
    # The pure rules: no storage, no actions, no command line.
    "planner.model": ("planner.store", "planner.services", "planner.cli"),
    "planner.room": ("planner.store", "planner.services", "planner.cli"),
    "planner.reopen": ("planner.store", "planner.services", "planner.cli"),
    "planner.followups": ("planner.store", "planner.services", "planner.cli"),
    "planner.commitment": ("planner.store", "planner.services", "planner.cli"),
    "planner.walking_record": ("planner.store", "planner.services", "planner.cli"),
    "planner.then_and_now": ("planner.store", "planner.services", "planner.cli"),
    "planner.verdict": ("planner.store", "planner.services", "planner.cli"),
}


def test_planner_arrows_point_one_way() -> None:
    graph = import_graph(with_type_checking=True)  # not even for a type hint
    wrong = [
        f"{module} imports {target}"
        for module, targets in graph.items()
        for source, forbidden in PLANNER_NEVER.items()
        if module == source or module.startswith(source + ".")
        for target in targets
        if any(target == f or target.startswith(f + ".") for f in forbidden)
    ]
    assert not wrong, "\n".join(sorted(wrong))
