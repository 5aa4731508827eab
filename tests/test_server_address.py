"""A team server's address: told from a file, never holding a password, TLS to any other machine.

No server is needed here: an address is refused before anything connects, and the password
it held appears nowhere (the message, the command's output, the log).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli

from planner.store.server.address import (
    AddressError,
    holds_password,
    is_server_address,
    parse_address,
)
from planner.store.target import resolve_target

SECRET = "Hunter2-Sekrit-9f3"

WITH_PASSWORD = [
    f"postgresql://alice:{SECRET}@db.example.com/team",
    f"postgres://alice:{SECRET}@127.0.0.1:5432/team",
    f"postgresql://alice@db.example.com/team?password={SECRET}",
    f"postgresql://alice@db.example.com/team?sslmode=verify-full&PASSWORD={SECRET}",
    f"service=team password={SECRET}",
]


@pytest.mark.parametrize("text", WITH_PASSWORD)
def test_an_address_with_a_password_is_refused_without_repeating_it(text: str) -> None:
    assert is_server_address(text) and holds_password(text)
    with pytest.raises(AddressError) as refused:
        parse_address(text, environ={})
    message = str(refused.value)
    assert SECRET not in message and "alice" not in message
    assert "~/.pgpass" in message and "\n" not in message


def test_files_are_not_addresses() -> None:
    for text in ("plans.walkaway", "/tmp/postgresql/plans.walkaway", "postgresql.walkaway", "service.walkaway"):
        assert not is_server_address(text)
        assert resolve_target(text) == Path(text)


def test_another_machine_is_reached_over_tls_with_its_certificate_checked() -> None:
    remote = parse_address("postgresql://alice@db.example.com:5433/team", environ={})
    assert not remote.local and "sslmode=verify-full" in remote.conninfo
    assert str(remote) == "postgresql://alice@db.example.com:5433/team"
    for weaker in ("disable", "prefer", "require", "verify-ca"):
        with pytest.raises(AddressError, match="sslmode=verify-full"):
            parse_address(f"postgresql://alice@db.example.com/team?sslmode={weaker}", environ={})
    with pytest.raises(AddressError, match="sslmode=verify-full"):  # the environment counts as libpq reads it
        parse_address("postgresql://alice@db.example.com/team", environ={"PGSSLMODE": "require"})
    with pytest.raises(AddressError, match="sslmode=verify-full"):  # a host from PGHOST is another machine too
        parse_address("postgresql:///team?sslmode=disable", environ={"PGHOST": "db.example.com"})


@pytest.mark.parametrize(
    "text",
    [
        "postgresql://alice@localhost/team",
        "postgresql://alice@127.0.0.1:5432/team",
        "postgresql://alice@[::1]/team",
        "postgresql:///team?host=/run/postgresql",
        "postgresql://alice@%2Frun%2Fpostgresql/team",
    ],
)
def test_this_machine_needs_no_tls(text: str) -> None:
    address = parse_address(text, environ={})
    assert address.local and "sslmode" not in address.conninfo


def test_a_service_is_read_from_the_users_service_file(tmp_path: Path) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text("[team]\nhost=db.example.com\ndbname=team\n\n[local]\nhost=/run/postgresql\n")
    environ = {"PGSERVICEFILE": str(services), "PGSYSCONFDIR": str(tmp_path / "none")}
    assert "sslmode=verify-full" in parse_address("service=team", environ=environ).conninfo
    assert parse_address("service=local", environ=environ).local
    services.write_text(f"[team]\nhost=db.example.com\npassword={SECRET}\n")
    with pytest.raises(AddressError) as refused:
        parse_address("service=team", environ=environ)
    assert SECRET not in str(refused.value) and "~/.pgpass" in str(refused.value)


def _everything_written(home: Path, *outputs: str) -> str:
    files = [path.read_text(errors="replace") for path in home.rglob("*") if path.is_file()]
    return "\n".join([*outputs, *files])


@pytest.mark.parametrize(
    "how", ["--db after", "--db before", "WALKAWAY_DB", "the window's argument", "team setup", "export --all"]
)
def test_the_command_line_refuses_it_in_one_line_and_never_echoes_the_password(
    how: str, _private_home: Path, tmp_path: Path
) -> None:
    address = f"postgresql://alice:{SECRET}@127.0.0.1:1/team"
    env = {}
    if how == "--db after":
        result = run_cli("list", "--db", address)
    elif how == "--db before":
        result = run_cli("--db", address, "assess", "1")
    elif how == "WALKAWAY_DB":
        env = {"WALKAWAY_DB": address}
        result = run_cli("list", env=env)
    elif how == "the window's argument":
        result = run_cli(address)
    elif how == "team setup":
        result = run_cli("team", "setup", "--db", address)
    else:
        result = run_cli("export", "--all", "-o", tmp_path / "copy.walkaway", "--db", address)
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1 and result.stderr.startswith("walkaway")
    assert "password" in result.stderr and "~/.pgpass" in result.stderr
    assert SECRET not in _everything_written(_private_home, result.stdout, result.stderr)
    assert not list(tmp_path.glob("*.walkaway")) and not list(Path.cwd().glob("postgresql*"))


def test_the_store_never_makes_a_file_of_an_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.store import Store

    monkeypatch.chdir(tmp_path)
    with pytest.raises(AddressError) as refused:
        Store(f"postgresql://alice:{SECRET}@127.0.0.1:1/team")
    assert SECRET not in str(refused.value)
    assert list(tmp_path.iterdir()) == []
