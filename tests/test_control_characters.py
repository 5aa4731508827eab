"""Issue 13, item 15: terminal control characters never reach a terminal or a calendar raw.

ESC, BEL and the C1 controls are refused wherever text is typed (a newline and a tab
are text in notes, never in names); text that got into the file another way (another
tool, SQL) is printed with each control shown as ``\\u001b``, by one function
(:func:`planner.text_rules.visible`) under every command's output and error messages,
and the ``.ics`` file never holds one.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from helpers import file_digest, run_cli

from planner.cli import main

CONTROLS = ["\x1b", "\x07", "\x9b", "\x85", "\r", "\x00", "\x7f", "\x0c", "\x1b]0;pwned\x07", "\x1b[2J", "\x1b[31m"]
#: What must never be printed raw: C0 controls but newline and tab, DEL, C1.
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

ENTRIES = [
    ["walk", "3", "--reason", "Given {x} we leave"],
    ["round", "3", "--note", "note {x}"],
    ["round", "3", "--event", "bad_faith:seen {x}"],
    ["round", "3", "--unmet", "Landlord covers HVAC replacement{x}"],
    ["reopen", "4", "--note", "they called {x}"],
    ["outcome", "5", "dropped", "--note", "ended {x}"],
    ["snooze", "4", "--days", "2", "--note", "later {x}"],
    ["commit", "1", "--signer", "Sam {x} Rivera"],
]


@pytest.fixture
def demo_db(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "plans.walkaway"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: repr(c))
@pytest.mark.parametrize("command", ENTRIES, ids=lambda c: " ".join(c[:3:2]))
def test_controls_are_refused_where_text_is_typed(demo_db: Path, capsys, command: list[str], control: str) -> None:
    before = file_digest(demo_db)
    code = main([part.format(x=control) for part in command] + ["--db", str(demo_db)])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert "control character" in err and err.count("\n") == 1
    assert not RAW.search(out + err)
    assert file_digest(demo_db) == before


def test_a_newline_and_a_tab_are_text_in_notes_but_not_in_names(demo_db: Path, capsys) -> None:
    assert main(["walk", "3", "--reason", "Given the price,\n\twe leave.", "--db", str(demo_db)]) == 0
    assert main(["commit", "1", "--signer", "Sam\tRivera", "--db", str(demo_db)]) == 2
    assert "U+0009" in capsys.readouterr().err


# -- text put into the file by another tool -------------------------------------------------------

EVIL = {
    "title": "Lease \x1b]0;pwned\x07\x1b[2J renewal",
    "counterparty": "Harbor \x9b31mPoint\x85",
    "unit": "per \x1b[5mmonth",
    "walk_reason": "Given \x1b[2J the\r price \x07",
}


def _poison(db: Path, deal: int) -> None:
    with sqlite3.connect(db) as connection:
        for column, value in EVIL.items():
            connection.execute(f"UPDATE deals SET {column} = ? WHERE id = ?", (value, deal))
        connection.execute("UPDATE conditions SET text = ? WHERE deal_id = 3", ("HVAC \x1b[8m hidden",))
    connection.close()


OUTPUTS = [
    ["list"],
    ["list", "--json"],
    ["followups"],
    ["followups", "--json"],
    ["assess", "4"],
    ["assess", "4", "--json"],
    ["assess", "3"],
    ["export", "4"],
    ["record"],
    ["walk", "4", "--reason", "again"],  # refused: its message quotes the stored title
    ["snooze", "4", "--days", "1"],
]


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c))
def test_stored_controls_are_shown_not_sent(demo_db: Path, capsys, command: list[str]) -> None:
    _poison(demo_db, 4)
    code = main([*command, "--db", str(demo_db)])
    out, err = capsys.readouterr()
    assert not RAW.search(out), out
    assert not RAW.search(err), err
    assert code in (0, 2), err
    if code == 2:
        assert err.count("\n") == 1
    if ("--json" in command or command[0] == "export") and command[0] != "assess":
        assert EVIL["title"] in set(_strings(json.loads(out)))  # the JSON reads back to the stored text


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_json_output_keeps_the_stored_text_exactly(demo_db: Path, capsys) -> None:
    _poison(demo_db, 4)
    assert main(["followups", "--json", "--db", str(demo_db)]) == 0
    [item] = [f for f in json.loads(capsys.readouterr().out) if f["id"] == 4]
    assert item["title"] == EVIL["title"] and item["reason"] == EVIL["walk_reason"]


def test_a_real_terminal_session_sees_no_raw_control(demo_db: Path) -> None:
    _poison(demo_db, 4)
    for args in (["list"], ["followups"], ["assess", "4"], ["walk", "4", "--reason", "x"]):
        result = run_cli(*args, "--db", demo_db)
        assert not RAW.search(result.stdout + result.stderr), (args, result.stdout, result.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["assess", "\x1b]0;pwned\x07"],
        ["import", "plan\x1b[2J.json"],
        ["brief", "3", "-o", "/no\x1b[2Jwhere/x.pdf"],
        ["round", "3", "--their-offer", "12\x9b3"],
        ["walk", "3", "--reason", "x", "--follow-up", "2026-12-\x0701"],
        ["no-such-file\x1b[2J"],
    ],
    ids=["id", "import", "brief -o", "amount", "date", "gui file"],
)
def test_error_messages_quoting_input_show_controls(demo_db: Path, capsys, args: list[str]) -> None:
    code = main([*args, "--db", str(demo_db)])
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and not RAW.search(err), err
    assert "\\u001b" in err or "\\u009b" in err or "\\u0007" in err


def test_the_calendar_file_holds_no_control_character(demo_db: Path, tmp_path: Path, capsys) -> None:
    _poison(demo_db, 4)
    target = tmp_path / "follow-ups.ics"
    assert main(["followups", "--ics", str(target), "--db", str(demo_db)]) == 0
    text = target.read_bytes().decode("utf-8")
    assert not RAW.search(text.replace("\r\n", "")), text
    unfolded = text.replace("\r\n ", "")
    assert "pwned" in unfolded and "\\\\u001b" in unfolded  # shown as text (its backslash escaped by RFC 5545)


@pytest.mark.parametrize("control", ["\x1b", "\x07", "\x9b", "\x00", "\r", "\ud800"])
def test_visible_shows_every_control_and_keeps_json_exact(control: str) -> None:
    from planner.text_rules import visible

    text = f"a{control}b\nc\td"
    shown = visible(text)
    assert not RAW.search(shown) and "\n" in shown and "\t" in shown
    assert json.loads(f'"{visible(json.dumps(text, ensure_ascii=False)[1:-1])}"') == text
    assert "\n" not in visible(text, multiline=False)


@pytest.mark.parametrize("control", ["\x1c", "\x1f", "\x85", "\x1b"], ids=repr)
def test_the_window_s_actions_refuse_controls_even_where_python_strips_them(control: str) -> None:
    """strip() and split() count U+001C-U+001F and U+0085 as spaces: text is checked before either runs."""
    from datetime import UTC, date, datetime

    from planner.commitment import commit
    from planner.demo import demo_plans
    from planner.errors import WalkawayError
    from planner.followups import moved_follow_up
    from planner.model import Status
    from planner.reopen import plan_with_outcome, reopened_plan
    from planner.room import make_round, record_walk

    today = date(2026, 11, 27)
    planning, _committed, negotiating, walked, reopened, _agreed = demo_plans(today)
    text = f"{control}Given the price"
    now = datetime(2026, 11, 27, 12, tzinfo=UTC)
    actions = [
        lambda: commit(planning, text, now),
        lambda: make_round(negotiating, at=today, today=today, note=text),
        lambda: record_walk(negotiating, reason=text, at=today, today=today),
        lambda: reopened_plan(walked, at=today, note=text, today=today),
        lambda: plan_with_outcome(reopened, Status.DROPPED, at=today, today=today, note=text),
        lambda: moved_follow_up(walked, date(2026, 12, 20), today=today, now=now, note=text),
    ]
    for action in actions:
        with pytest.raises(WalkawayError, match="control character"):
            action()
