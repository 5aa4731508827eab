"""Issue 13, item 14: what Walkaway writes, it reads. Any text accepted at an entry survives export and import.

``walk --reason $'a\\r\\nb'`` used to be stored, and the export of that deal was then
refused by import ("contains a control character"). Every entry now applies the text
rules of :mod:`planner.text_rules` for the field it fills: the command line's options,
the window (its edit guard is :func:`planner.plan_rules.check_change`) and plan files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import file_digest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import plans
from test_input_properties import any_text

from planner.cli import main
from planner.errors import PlanFileError
from planner.model import Plan
from planner.plans.files import dump_plan, read_plan_text
from planner.store import Store

_settings = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

#: Each text option of the command line, and where its text is kept in the plan.
CLI_ENTRIES: dict[str, tuple[Callable[[str], list[str]], Callable[[Plan], str]]] = {
    "walk --reason": (lambda t: ["walk", "3", "--reason", t], lambda p: p.walked.reason),
    "round --note": (lambda t: ["round", "3", "--note", t], lambda p: p.rounds[-1].note),
    "round --event KIND:NOTE": (
        lambda t: ["round", "3", "--event", f"scope_drift:{t}"],
        lambda p: p.rounds[-1].events[0].note,
    ),
    "reopen --note": (lambda t: ["reopen", "4", "--note", t], lambda p: p.reopened.note),
    "outcome --note": (lambda t: ["outcome", "5", "dropped", "--note", t], lambda p: p.outcome.note),
    "snooze --note": (lambda t: ["snooze", "4", "--days", "2", "--note", t], lambda p: p.walked.moves[-1].note),
    "commit --signer": (lambda t: ["commit", "1", "--signer", t], lambda p: p.commitments[0].signer),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.walkaway"
    assert main(["demo", "--db", str(db)]) == 0
    return db


@pytest.mark.slow
@pytest.mark.parametrize("entry", sorted(CLI_ENTRIES))
@_settings
@given(value=any_text)
@example(value="a\r\nb")
@example(value="line one\nline two\ttabbed")
@example(value="esc \x1b]0;title\x07 and csi \x9b31m")
@example(value="Given a price of 19,200 — we cannot stay 🙏")
def test_text_accepted_by_a_command_survives_export_and_import(
    tmp_path: Path, capsys, demo_file: Path, entry: str, value: str
) -> None:
    db = tmp_path / "entry.walkaway"
    shutil.copy(demo_file, db)
    before = file_digest(db)
    make_args, field = CLI_ENTRIES[entry]
    code = main([*make_args(value), "--db", str(db)])
    _out, err = capsys.readouterr()
    if code != 0:
        assert code == 2, err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert file_digest(db) == before  # refused: nothing written
        return
    with Store(db) as store:
        deal = next(d.id for d in store.list_deals() if d.updated_at == max(x.updated_at for x in store.list_deals()))
        stored = store.get_plan(deal)
    again = read_plan_text(dump_plan(stored), "exported.json")  # refused would raise PlanFileError
    again.id, again.status = stored.id, stored.status
    assert field(again) == field(stored)
    assert again == stored


def _set(plan: Plan, path: str, value: str) -> None:
    """Put ``value`` at a plan-file path (``rounds[1].events[0].note``) of the plan's dataclasses."""
    target: object = plan
    tokens = path.replace("]", "").replace("[", ".").split(".")
    names = {"follow_up_moves": "moves"}
    for token in tokens[:-1]:
        target = target[int(token)] if token.isdigit() else getattr(target, names.get(token, token))  # type: ignore[index]
    if tokens[-1].isdigit():
        target[int(tokens[-1])] = value  # type: ignore[index]
    else:
        setattr(target, tokens[-1], value)


@pytest.mark.slow
@settings(max_examples=250, deadline=None)
@given(plan=plans(), data=st.data(), value=any_text)
def test_every_text_field_the_window_accepts_a_file_accepts_and_keeps(plan: Plan, data, value: str) -> None:
    """The window's guard and a plan file's import agree on every text field, and what they take survives."""
    from planner.plan_rules import RuleError, check_change, text_fields

    paths = [path for path, _text, _rule in text_fields(plan)]
    path = data.draw(st.sampled_from(paths))
    edited = read_plan_text(dump_plan(plan))
    _set(edited, path, value)
    try:
        check_change(plan, edited)  # the window's edit guard
        window_takes = True
    except RuleError:
        window_takes = False
    try:
        again = read_plan_text(dump_plan(edited))
    except PlanFileError as error:
        assert not window_takes, (path, str(error))
        return
    assert window_takes, path
    assert again == edited
    assert {p: t for p, t, _r in text_fields(again)}[path] == value
