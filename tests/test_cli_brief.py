"""`walkaway commit | brief | verify` as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefs import page_count, pdf_text
from helpers import ROOT, file_digest, run_cli


def test_commit_brief_verify(tmp_path: Path, db_path: Path) -> None:
    assert run_cli("demo", "--db", db_path).returncode == 0  # deal 1 is the planning one
    committed = run_cli("commit", "1", "--signer", "Jordan Lee", "--db", db_path)
    assert committed.returncode == 0, committed.stderr
    assert "revision 1, signed by Jordan Lee" in committed.stdout
    assert "I will walk away from “Senior engineer offer”" in committed.stdout

    again = run_cli("commit", "1", "--db", db_path)
    assert again.returncode == 2
    assert again.stderr.strip() == (
        "walkaway: “Senior engineer offer” is already committed (revision 1); revise the commitment instead"
    )

    target = tmp_path / "brief.pdf"
    made = run_cli("brief", "1", "-o", target, "--paper", "letter", "--db", db_path)
    assert made.returncode == 0, made.stderr
    assert "(signed)" in made.stdout
    assert page_count(target.read_bytes()) == 1
    assert "Walk away below EUR 92,000 per year" in pdf_text(target.read_bytes())

    checked = run_cli("verify", target)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "signer:      Jordan Lee" in checked.stdout
    assert "document:    intact" in checked.stdout

    data = bytearray(target.read_bytes())
    spot = data.index(b"stream", 200) + 20
    data[spot] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert run_cli("verify", tampered).returncode == 3


def test_draft_brief_and_verify_codes(tmp_path: Path, db_path: Path) -> None:
    run_cli("demo", "--db", db_path)
    draft = tmp_path / "draft.pdf"
    assert run_cli("brief", "1", "-o", draft, "--db", db_path).returncode == 0
    assert "DRAFT — NOT COMMITTED" in pdf_text(draft.read_bytes())
    unsigned = run_cli("verify", draft)
    assert unsigned.returncode == 3 and "not signed" in unsigned.stdout
    (tmp_path / "notes.txt").write_text("hello")
    unreadable = run_cli("verify", tmp_path / "notes.txt")
    assert unreadable.returncode == 2
    assert unreadable.stderr.strip().endswith("notes.txt: not a PDF file")
    assert run_cli("verify", tmp_path / "missing.pdf").returncode == 2


def test_mistakes_change_nothing(tmp_path: Path, db_path: Path) -> None:
    run_cli("demo", "--db", db_path)
    before = file_digest(db_path)
    assert run_cli("brief", "1", "-o", tmp_path / "brief.txt", "--db", db_path).returncode == 2
    assert run_cli("brief", "99", "--db", db_path).returncode == 2
    assert run_cli("brief", "1", "--paper", "a3", "--db", db_path).returncode == 2
    nobody = run_cli("commit", "1", "--signer", "  ", "--db", db_path)
    assert nobody.returncode == 2 and "signer" in nobody.stderr
    assert list(tmp_path.glob("*.pdf")) == []
    assert file_digest(db_path) == before


def test_db_before_the_command_is_used(tmp_path: Path, db_path: Path) -> None:
    """`walkaway --db X brief 1` must read X, not the default file."""
    assert run_cli("--db", db_path, "demo").returncode == 0
    made = run_cli("--db", db_path, "brief", "1", "-o", tmp_path / "b.pdf")
    assert made.returncode == 0, made.stderr
    assert "Senior engineer offer" in pdf_text((tmp_path / "b.pdf").read_bytes())


def test_brief_reads_the_plan_without_sqlalchemy(tmp_path: Path, db_path: Path) -> None:
    """The whole-process speed of `walkaway brief` rests on this (tests/benchmarks/bench_brief.py)."""
    assert run_cli("demo", "--db", db_path).returncode == 0
    probe = (
        "import sys; from planner.cli import main; "
        f"code = main(['brief', '2', '--db', {str(db_path)!r}, '-o', {str(tmp_path / 'b.pdf')!r}]); "
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'pydantic'}))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr
    assert "Warehouse forklift fleet" in pdf_text((tmp_path / "b.pdf").read_bytes())
