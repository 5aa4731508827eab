"""From the command line (issue 15): a reopened deal walked away from and reopened again, both walks
surviving export and import; final offers; a logged round corrected or deleted, the correction kept;
every refusal one line, exit 2, nothing changed."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import DATA, file_digest, run_cli

from planner.cli import main
from planner.model import CorrectionAction, Status
from planner.plans.files import read_plan_file
from planner.store import Store

TODAY = date.today()  # the commands take today from the clock: dates here count back from it


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit:  # argparse's own refusals
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def walked(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> int:
    """The walked software licences example, its dates moved to the last weeks."""
    document = json.loads((DATA / "software-licences-walked.walkaway.json").read_text(encoding="utf-8"))
    start = TODAY - timedelta(days=30)
    for i, round_ in enumerate(document["rounds"]):
        round_["at"] = (start + timedelta(days=i)).isoformat()
    document["walked"].update(at=(start + timedelta(days=2)).isoformat(), follow_up_on=TODAY.isoformat())
    path = tmp_path / "walked.walkaway.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = cli(capsys, "import", path, "--db", db_path)
    assert code == 0, err
    return int(out)


def test_walk_reopen_walk_reopen_and_both_walks_survive_export_and_import(
    capsys: pytest.CaptureFixture[str], db_path: Path, walked: int, tmp_path: Path
) -> None:
    deal, db = str(walked), str(db_path)
    day = lambda n: (TODAY - timedelta(days=n)).isoformat()  # noqa: E731
    assert cli(capsys, "reopen", deal, "--note", "New budget", "--at", day(20), "--offer", "43000", "--db", db)[0] == 0
    code, out, _ = cli(capsys, "round", deal, "--their-offer", "43000", "--final", "--at", day(19), "--db", db)
    assert code == 0 and out.startswith("WALK  ")
    assert "They called it final" in out
    reason = "Given a final 43,000 against our 42,000, we are not going to be able to move forward."
    code, out, err = cli(capsys, "walk", deal, "--reason", reason, "--at", day(18), "--db", db)
    assert code == 0, err
    assert (
        cli(capsys, "reopen", deal, "--note", "They called back", "--at", day(5), "--offer", "41800", "--db", db)[0]
        == 0
    )
    with Store(db_path) as store:
        plan = store.get_plan(walked)
    assert plan.status is Status.REOPENED and plan.current_phase == 2
    assert [p.walked.at for p in plan.history] == [date.fromisoformat(day(28))]
    assert plan.walked is not None and plan.walked.reason == reason
    assert [r.phase for r in plan.ordered_rounds()] == [0, 0, 1, 1, 2]

    exported = tmp_path / "again.walkaway.json"
    assert cli(capsys, "export", deal, "-o", exported, "--db", db)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["walked"]["reason"] == reason and len(document["history"]) == 1
    assert [r.get("final", False) for r in document["rounds"]] == [False, False, False, True, False]
    other = tmp_path / "other.walkaway"
    result = run_cli("import", exported, "--db", other)
    assert result.returncode == 0, result.stderr
    with Store(other) as store:
        back = store.get_plan(int(result.stdout))
    back.id = plan.id
    from_file = read_plan_file(exported)
    from_file.id = plan.id
    assert back == plan == from_file
    data = json.loads(cli(capsys, "assess", result.stdout.strip(), "--json", "--db", other)[1])
    assert (data["phase"], data["headroom"]) == (2, "200")
    record = json.loads(cli(capsys, "record", "--json", "--db", other)[1])
    assert (record["walks"], record["resumed"]) == (2, 2)
    assert [d["walk"] for d in record["resumed_deals"]] == [1, 2]
    assert record["resumed_deals"][1]["verdict"] == data["verdict"]


def test_the_follow_up_of_the_second_walk_has_its_own_calendar_event(
    capsys: pytest.CaptureFixture[str], db_path: Path, walked: int, tmp_path: Path
) -> None:
    deal, db = str(walked), str(db_path)
    first = tmp_path / "first.ics"
    assert cli(capsys, "followups", "--ics", first, "--db", db)[0] == 0
    # Back the same day, and walked away from again that day: the same date, another walk.
    walked_on = (TODAY - timedelta(days=28)).isoformat()
    assert cli(capsys, "reopen", deal, "--note", "Back", "--at", walked_on, "--db", db)[0] == 0
    code, _, err = cli(capsys, "walk", deal, "--reason", "Given 46,000 again, no.", "--at", walked_on, "--db", db)
    assert code == 0, err
    second = tmp_path / "second.ics"
    assert cli(capsys, "followups", "--ics", second, "--db", db)[0] == 0
    uid = lambda path: next(line for line in path.read_text().splitlines() if line.startswith("UID:"))  # noqa: E731
    assert uid(first) != uid(second)
    assert "(walk 2)" in second.read_text().replace("\r\n ", "")


def test_a_round_corrected_and_deleted_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, walked: int
) -> None:
    deal, db = str(walked), str(db_path)
    code, out, err = cli(capsys, "round", deal, "--edit", "2", "--their-offer", "45000", "--final", "--db", db)
    assert code == 0, err
    assert out.splitlines()[0].startswith("Round 2 corrected ")
    assert "their offer EUR 46,000 per year → EUR 45,000 per year; their final offer no → yes" in out
    code, out, err = cli(capsys, "round", deal, "--edit", "2", "--clear", "events", "--not-final", "--json", "--db", db)
    assert code == 0, err
    assert json.loads(out)["verdict"] == "walk"  # a walked deal's verdict: the first-time answer was no
    code, out, err = cli(capsys, "round", deal, "--delete", "1", "--db", db)
    assert code == 0 and out.startswith("Round 1 deleted ")
    with Store(db_path) as store:
        plan = store.get_plan(walked)
    assert [r.their_offer for r in plan.rounds] == [plan.corrections[0].after.their_offer]  # type: ignore[union-attr]
    assert [(c.action, c.number) for c in plan.corrections] == [
        (CorrectionAction.EDIT, 2),
        (CorrectionAction.EDIT, 2),
        (CorrectionAction.DELETE, 1),
    ]
    assert plan.rounds[0].events == [] and plan.rounds[0].final is False


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--edit", "9", "--note", "x"], "there is no round 9"),
        (["--edit", "1"], "--edit changes nothing"),
        (["--edit", "1", "--note", "x", "--clear", "note"], "--clear note and --note say two things"),
        (["--delete", "1", "--note", "x"], "--delete takes no other change (--note)"),
        (["--their-offer", "1", "--clear", "note"], "use them with --edit N"),
        (["--edit", "1", "--their-offer", "47500"], "already says that"),
        (["--edit", "0", "--note", "x"], "is not a round number"),
        (["--edit", "1", "--delete", "1"], "not allowed with argument"),
        (["--edit", "1", "--final", "--not-final"], "not allowed with argument"),
    ],
)
def test_corrections_refused_with_one_line_and_nothing_changed(
    capsys: pytest.CaptureFixture[str], db_path: Path, walked: int, args: list[str], says: str
) -> None:
    before = file_digest(db_path)
    code, out, err = cli(capsys, "round", str(walked), *args, "--db", str(db_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err, err
    assert file_digest(db_path) == before
