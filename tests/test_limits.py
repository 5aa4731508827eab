"""Issue 13, item 16: documented limits on what a plan holds and what a file may be, at every entry.

A file with 100,000 alternatives used to import in 18 s and make ``brief`` take six
minutes and 2 GB; ``import /dev/zero`` read forever and a FIFO hung the import. Now
every list and text has a limit (:mod:`planner.limits`, listed in the README), a list
past its limit is refused before one entry is read, a file is read only up to its
limit, and only a regular file is read at all.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT, file_digest

from planner.brief.document import build_brief
from planner.cli import main
from planner.errors import PlanFileError
from planner.plans.files import dump_plan, read_plan_text


class limits:  # named like the module it mirrors
    """The limits the README documents; test_the_documented_limits_are_the_programs ties them to planner.limits."""

    MAX_PLAN_FILE_BYTES = 16 * 1024 * 1024
    TITLE_CHARS = 200
    LINE_CHARS = 500
    NOTE_CHARS = 10_000
    REASON_CHARS = 2_000
    GENERATED_CHARS = 40_000
    MAX_PLAN_TEXT_CHARS = 1_000_000
    MAX_ALTERNATIVES = 50
    MAX_CONDITIONS = 20
    MAX_CUSTOM_SIGNALS = 50
    MAX_ROUNDS = 500
    MAX_EVENTS = 10
    MAX_COMMITMENTS = 20
    MAX_FOLLOW_UP_MOVES = 500
    MAX_WALKS = 50
    MAX_CORRECTIONS = 500
    MAX_SIGNATURE_BYTES = 128 * 1024
    MAX_ISSUES = 12
    MAX_OPTIONS = 20
    ISSUE_KEY_CHARS = 40
    MAX_WEIGHT = 100
    MAX_SCORE = 100


def test_the_documented_limits_are_the_programs() -> None:
    from planner import limits as program

    for name, value in vars(limits).items():
        if name.isupper():
            assert getattr(program, name) == value, name


def office() -> dict:
    return json.loads(next(p for p in EXAMPLES if p.name.startswith("office")).read_text(encoding="utf-8"))


def walked() -> dict:
    doc = json.loads(next(p for p in EXAMPLES if p.name.startswith("software")).read_text(encoding="utf-8"))
    doc["commitments"] = [_commitment(1)]
    return doc


def _commitment(revision: int, **more: object) -> dict:
    return {
        "revision": revision,
        "signer": "Ana Costa",
        "signed_at": f"2026-10-01T09:{revision % 60:02d}:00+00:00",
        "fingerprint": "ab" * 32,
        **({"reason": "moved"} if revision > 1 else {}),
        **more,
    }


def refused(doc: dict, path: str, words: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        read_plan_text(json.dumps(doc), "plan.json")
    assert caught.value.field == path, str(caught.value)
    assert words in caught.value.message, str(caught.value)


def _fill(doc: dict, path: str, count: int) -> dict:
    if path == "alternatives":
        doc["alternatives"] = [{"name": f"Alternative {i}"} for i in range(count)]
    elif path == "reservation.conditions":
        doc["reservation"]["conditions"] = [f"Condition {i}" for i in range(count)]
        for round_ in doc["rounds"]:
            round_.pop("unmet_conditions", None)
    elif path == "signals":
        doc["signals"] = [{"kind": "custom", "label": f"Signal {i}"} for i in range(count)]
        for round_ in doc["rounds"]:
            round_["events"] = [e for e in round_.get("events", []) if e["kind"] != "custom"]
    elif path == "rounds":
        doc["rounds"] = [{"at": "2026-11-01", "their_offer": str(40000 + i)} for i in range(count)]
    elif path == "rounds[0].events":
        doc["rounds"][0]["events"] = [{"kind": "authority"} for _ in range(count)]
    elif path == "rounds[0].unmet_conditions":
        doc["reservation"]["conditions"] = [f"Condition {i}" for i in range(limits.MAX_CONDITIONS)]
        doc["rounds"][0]["unmet_conditions"] = [f"Condition {i % limits.MAX_CONDITIONS}" for i in range(count)]
        doc["rounds"][1].pop("unmet_conditions", None)
    elif path == "commitments":
        doc["commitments"] = [_commitment(i + 1) for i in range(count)]
    elif path == "walked.follow_up_moves":
        doc["walked"]["follow_up_moves"] = _moves(count)
        doc["walked"]["follow_up_on"] = doc["walked"]["follow_up_moves"][-1]["to_date"]
    elif path == "history":  # walked and reopened every other day, before the latest walk
        start = date(2026, 1, 1)
        doc["history"] = [
            {
                "walked": {"at": (start + timedelta(days=2 * i)).isoformat(), "reason": f"Walk {i}"},
                "reopened": {"at": (start + timedelta(days=2 * i + 1)).isoformat(), "note": "Back"},
            }
            for i in range(count)
        ]
    elif path == "corrections":
        doc["corrections"] = [
            {
                "at": "2026-11-11T10:00:00+00:00",
                "action": "delete",
                "round": 3,
                "before": {"at": "2026-11-01", "note": "typo"},
            }
            for _ in range(count)
        ]
    return doc


def _moves(count: int) -> list[dict]:
    """Snoozes back and forth between two dates, each from the date the one before set."""
    days = ["2026-11-13", "2026-11-20"]
    return [
        {"at": "2026-11-11T10:00:00+00:00", "from_date": days[i % 2], "to_date": days[(i + 1) % 2]}
        for i in range(count)
    ]


LISTS = [
    ("alternatives", limits.MAX_ALTERNATIVES),
    ("reservation.conditions", limits.MAX_CONDITIONS),
    ("signals", limits.MAX_CUSTOM_SIGNALS),
    ("rounds", limits.MAX_ROUNDS),
    ("rounds[0].events", limits.MAX_EVENTS),
    ("rounds[0].unmet_conditions", limits.MAX_CONDITIONS),
    ("commitments", limits.MAX_COMMITMENTS),
    ("walked.follow_up_moves", limits.MAX_FOLLOW_UP_MOVES),
    ("history", limits.MAX_WALKS - 1),  # with the latest walk in `walked`
    ("corrections", limits.MAX_CORRECTIONS),
]


@pytest.mark.parametrize(("path", "limit"), LISTS)
def test_every_list_has_its_limit(path: str, limit: int) -> None:
    if path != "rounds[0].unmet_conditions":  # a condition is unmet once per round: the limit is never reached
        read_plan_text(json.dumps(_fill(walked(), path, limit)))
    refused(_fill(walked(), path, limit + 1), path, f"more than {limit} entries")


@pytest.mark.parametrize(
    "path",
    ["alternatives", "rounds", "signals", "rounds[0].events", "walked.follow_up_moves", "history", "corrections"],
)
def test_a_list_of_100000_is_refused_before_its_entries_are_read(path: str) -> None:
    text = json.dumps(_fill(walked(), path, 100_000))
    started = time.perf_counter()
    with pytest.raises(PlanFileError, match="more than"):
        read_plan_text(text, "plan.json")
    assert time.perf_counter() - started < 2.0  # it took 18 s to import, and the brief six minutes


TEXTS = [
    ("title", limits.TITLE_CHARS),
    ("counterparty", limits.LINE_CHARS),
    ("unit", limits.LINE_CHARS),
    ("signer", limits.LINE_CHARS),
    ("reservation.conditions[0]", limits.LINE_CHARS),
    ("reservation.rationale", limits.NOTE_CHARS),
    ("alternatives[0].name", limits.TITLE_CHARS),
    ("alternatives[0].notes", limits.NOTE_CHARS),
    ("signals[0].label", limits.LINE_CHARS),
    ("script.acknowledge", limits.NOTE_CHARS),
    ("rounds[0].note", limits.NOTE_CHARS),
    ("rounds[0].events[0].note", limits.NOTE_CHARS),
    ("walked.reason", limits.REASON_CHARS),
    ("walked.script_delivered", limits.GENERATED_CHARS),
    ("their_side.alternatives", limits.NOTE_CHARS),
    ("commitments[0].signer", limits.TITLE_CHARS),
    ("commitments[0].statement", limits.GENERATED_CHARS),
]


def _put(doc: dict, path: str, value: object) -> dict:
    parts = path.replace("]", "").replace("[", ".").split(".")
    target = doc
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target.setdefault(part, {})
    if parts[-1].isdigit():
        target[int(parts[-1])] = value
    else:
        target[parts[-1]] = value
    if path == "reservation.conditions[0]":
        doc["rounds"][1]["unmet_conditions"] = [value]
    if path == "signals[0].label":
        doc["rounds"][1]["events"][1]["label"] = value
    return doc


@pytest.mark.parametrize(("path", "limit"), TEXTS)
def test_every_text_has_its_limit(path: str, limit: int) -> None:
    read_plan_text(json.dumps(_put(walked(), path, "é" * limit)))
    refused(_put(walked(), path, "é" * (limit + 1)), path, f"longer than {limit} characters")


def test_all_the_texts_of_a_plan_together_have_a_limit() -> None:
    doc = walked()
    doc["alternatives"] = [{"name": f"A{i}", "notes": "n" * limits.NOTE_CHARS} for i in range(limits.MAX_ALTERNATIVES)]
    doc["rounds"] = [{"at": "2026-11-01", "note": "n" * limits.NOTE_CHARS} for _ in range(60)]
    doc.pop("walked")
    with pytest.raises(PlanFileError, match=f"more than {limits.MAX_PLAN_TEXT_CHARS:,} characters"):
        read_plan_text(json.dumps(doc), "plan.json")


def test_a_drawn_signature_has_a_limit() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * (limits.MAX_SIGNATURE_BYTES - 7)
    doc = walked()
    doc["commitments"][0]["signature_png"] = base64.b64encode(png).decode()
    refused(doc, "commitments[0].signature_png", "larger than")


# -- the largest plan the limits allow ---------------------------------------------------------------


def _largest_plan() -> dict:
    """Every list at its limit, and text up to the plan's budget in 4-byte characters (the worst for size)."""
    wide = "\U0001f91d"  # four bytes in UTF-8
    doc = walked()
    conditions = [chr(0x1F300 + i) for i in range(limits.MAX_CONDITIONS)]
    doc["reservation"] = {"value": "999999999999999.9999", "conditions": conditions, "rationale": wide * 10_000}
    doc["alternatives"] = [
        {"name": f"{i}" + wide * 190, "value": "1", "likelihood": "0.5", "notes": wide * limits.NOTE_CHARS}
        for i in range(limits.MAX_ALTERNATIVES)
    ]
    doc["signals"] = [{"kind": "custom", "label": chr(0x1F400 + i), "threshold": 20} for i in range(50)]
    doc["script"] = {part: wide * limits.NOTE_CHARS for part in ("acknowledge", "reason", "door")}
    events = [{"kind": "scope_drift"} for _ in range(limits.MAX_EVENTS)]
    doc["rounds"] = [
        {"at": "2026-11-01", "their_offer": "1", "unmet_conditions": conditions, "events": events}
        for _ in range(limits.MAX_ROUNDS)
    ]
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(limits.MAX_SIGNATURE_BYTES - 8)
    doc["commitments"] = [
        _commitment(i + 1, signature_png=base64.b64encode(png).decode(), conditions=conditions)
        for i in range(limits.MAX_COMMITMENTS)
    ]
    doc["walked"]["follow_up_moves"] = _moves(limits.MAX_FOLLOW_UP_MOVES)
    doc["walked"]["follow_up_on"] = doc["walked"]["follow_up_moves"][-1]["to_date"]
    # A package at its limits: every round names every term by its longest key and option (these
    # names are the plan's own, counted once in the text budget, however many rounds repeat them).
    longest = [chr(0x1F500 + i) + wide * (limits.TITLE_CHARS - 1) for i in range(limits.MAX_ISSUES)]
    doc["issues"] = [
        {
            "key": f"{i:02d}" + "k" * (limits.ISSUE_KEY_CHARS - 2),
            "label": f"{i}",
            "kind": "options",
            "weight": "100",
            "options": {name: "100", **{f"{j}": "0" for j in range(limits.MAX_OPTIONS - 1)}},
        }
        for i, name in enumerate(longest)
    ]
    doc["price_weight"] = "100"
    doc["reservation"]["min_score"] = "99.9999"
    for round_ in doc["rounds"]:
        round_["their_terms"] = {issue["key"]: name for issue, name in zip(doc["issues"], longest, strict=True)}
    for commitment in doc["commitments"]:
        commitment["package"] = {"issues": doc["issues"], "price_weight": "100", "min_score": "99.9999"}
    names = sum(len(name) for issue in doc["issues"] for name in issue["options"]) * (1 + limits.MAX_COMMITMENTS)
    used = sum(len(s) for s in _texts(doc)) - len(doc["walked"]["reason"]) + names
    doc["walked"]["reason"] = "x" * 10
    left = limits.MAX_PLAN_TEXT_CHARS - used - 10
    for round_ in doc["rounds"]:
        round_["note"] = wide * min(left, limits.NOTE_CHARS)
        left -= len(round_["note"])
    return doc


_NOT_TEXT = ("signature_png", "fingerprint", "at", "signed_at", "to_date", "format", "kind", "their_terms", "key")


def _texts(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@pytest.mark.slow
def test_the_largest_plan_exports_within_the_file_limit_and_reads_back(tmp_path: Path) -> None:
    plan = read_plan_text(json.dumps(_largest_plan(), ensure_ascii=False))
    exported = dump_plan(plan).encode("utf-8")
    assert len(exported) <= limits.MAX_PLAN_FILE_BYTES
    assert read_plan_text(exported) == plan
    started = time.perf_counter()
    brief = build_brief(plan, today=date(2026, 12, 1))
    took = time.perf_counter() - started
    assert brief.pdf.count(b"/Type /Page\n") + brief.pdf.count(b"/Type /Page ") + brief.pdf.count(b"/Type /Page>") <= 1
    assert took < 30, f"the brief of the largest plan took {took:.1f} s"


# -- files that are not plan files -----------------------------------------------------------------


def _import(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "planner", "import", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        stdin=subprocess.DEVNULL,
    )


def test_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    result = _import("/dev/zero", "--db", str(tmp_path / "p.walkaway"))
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.walkaway.json"
    os.mkfifo(fifo)
    result = _import(str(fifo), "--db", str(tmp_path / "p.walkaway"), timeout=20)  # a blocking open would time out
    assert result.returncode == 2 and "pipe" in result.stderr and result.stderr.count("\n") == 1


def test_a_folder_and_an_oversized_file_are_refused(tmp_path: Path, capsys) -> None:
    db = tmp_path / "p.walkaway"
    assert main(["import", str(tmp_path), "--db", str(db)]) == 2
    assert "folder" in capsys.readouterr().err
    big = tmp_path / "big.walkaway.json"
    with big.open("wb") as stream:  # sparse: refused from its size, never read
        stream.truncate(limits.MAX_PLAN_FILE_BYTES + 1)
    assert main(["import", str(big), "--db", str(db)]) == 2
    assert "too large" in capsys.readouterr().err


def test_verify_reads_no_device_either(tmp_path: Path) -> None:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "planner", "verify", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=30,
        env=environment,
    )
    assert result.returncode == 2 and "not a regular file" in result.stderr


# -- the command line's own texts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "limit"),
    [
        (["round", "3", "--note", "{x}"], limits.NOTE_CHARS),
        (["round", "3", "--event", "bad_faith:{x}"], limits.NOTE_CHARS),
        (["walk", "3", "--reason", "{x}"], limits.REASON_CHARS),
        (["reopen", "4", "--note", "{x}"], limits.NOTE_CHARS),
        (["snooze", "4", "--days", "1", "--note", "{x}"], limits.NOTE_CHARS),
        (["outcome", "5", "dropped", "--note", "{x}"], limits.NOTE_CHARS),
        (["commit", "1", "--signer", "{x}"], limits.TITLE_CHARS),
    ],
    ids=lambda v: " ".join(v[:3:2]) if isinstance(v, list) else str(v),
)
def test_command_line_texts_have_the_same_limits(tmp_path: Path, capsys, args: list[str], limit: int) -> None:
    db = tmp_path / "p.walkaway"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    before = file_digest(db)
    long = "w" * (limit + 1 - (len("bad_faith:") if "bad_faith:{x}" in args else 0))
    assert main([a.format(x=long) for a in args] + ["--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"longer than {limit} characters" in err and err.count("\n") == 1
    assert file_digest(db) == before
