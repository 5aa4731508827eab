"""Issue 18: team mode's cost in round trips, and what that means over a network.

On a real PostgreSQL ($WALKAWAY_TEST_PG, as for the tests: ``bash packaging/test-postgres
.venv/bin/python -m pytest tests/benchmarks/bench_team.py -s``):

- **Round trips** of one save, counted in libpq's own protocol trace (one ``ReadyForQuery``
  from the server ends each wait of the client): an autosave of one field, a round logged in
  the room, a command (``walkaway round``: the row lock, the plan read, the write), opening a deal.
- **Autosave latency at 30 ms** round-trip time: round trips x 30 ms + the time measured here on
  loopback; and measured through a proxy that holds every packet 15 ms each way.
- **1,000 deals listed** on both backends (20 rounds each, as bench_startup's file).
"""

from __future__ import annotations

import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pg_fixtures import TeamServer

from planner.model import Round

RTT_S = 0.030
RUNS = 15


def round_trips(store, action: Callable[[], object]) -> int:
    """How many times ``action`` waited for the server: its ReadyForQuery messages, in libpq's trace."""
    from psycopg import pq
    from sqlalchemy import event

    with tempfile.NamedTemporaryFile(prefix="walkaway-trace-") as log:
        hooked: list = []

        def hook(connection) -> None:
            if connection not in hooked:
                connection.pgconn.trace(log.fileno())
                connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
                hooked.append(connection)

        def on_checkout(dbapi_connection, *_: object) -> None:
            hook(dbapi_connection)

        for pooled in list(store.engine.pool._pool.queue):  # the connections open already
            hook(pooled.driver_connection)
        event.listen(store.engine, "checkout", on_checkout)
        try:
            action()
        finally:
            event.remove(store.engine, "checkout", on_checkout)
            for connection in hooked:
                connection.pgconn.untrace()  # flushes libpq's own buffer of the trace
        return Path(log.name).read_bytes().count(b"ReadyForQuery")


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class DelayProxy:
    """127.0.0.1:port -> the server, holding every chunk ``one_way`` seconds: a far-away server."""

    def __init__(self, target_port: int, one_way: float) -> None:
        self.target, self.one_way = target_port, one_way
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(("127.0.0.1", self.target))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                time.sleep(self.one_way)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                end.close()


def _renaming(store, plan) -> Callable[[], None]:
    """An autosave: one field changed, saved (as the window does a second after typing)."""
    counter = iter(range(100_000))

    def autosave() -> None:
        plan.title = f"Renamed {next(counter)}"
        store.save_plan(plan)

    return autosave


def test_round_trips_and_autosave_latency(team: TeamServer) -> None:
    from helpers import EXAMPLES

    from planner.plans.files import read_plan_file
    from planner.services import log_round
    from planner.store.server.address import parse_address
    from planner.store.server.store import ServerStore

    day = date(2026, 11, 27)
    with team.store("alice") as store:
        (deal,) = store.add_plans([read_plan_file(EXAMPLES[0])])
        plan = store.get_plan(deal)
        autosave = _renaming(store, plan)

        def room_round() -> None:
            plan.rounds.append(Round(at=day, their_offer=Decimal(18000), note="room"))
            store.save_plan(plan)

        def command() -> None:
            log_round(store, deal, at=day, today=day, their_offer=Decimal(17000))

        def open_deal() -> None:
            store.get_plan(deal)

        figures = {
            "autosave (one field)": (round_trips(store, autosave), median_ms(autosave)),
            "a round in the room": (round_trips(store, room_round), median_ms(room_round, 5)),
            "walkaway round (command)": (round_trips(store, command), median_ms(command, 5)),
            "open a deal": (round_trips(store, open_deal), median_ms(open_deal)),
        }
    print("\nround trips, time here on loopback, estimate at 30 ms round-trip time:")
    for name, (trips, local) in figures.items():
        print(f"  {name:26} {trips:2d} round trips  {local:6.1f} ms here  -> {trips * RTT_S * 1000 + local:5.0f} ms")
    assert figures["autosave (one field)"][0] == 1  # the UPDATE that names the version, its own transaction

    proxy = DelayProxy(int(team.port), RTT_S / 2)
    lines = [line.split(":") for line in team.pgpass.read_text().splitlines()]
    with team.pgpass.open("a", encoding="utf-8") as stream:
        for host, _port, *rest in lines:
            stream.write(":".join([host, str(proxy.port), *rest]) + "\n")
    far = parse_address(team.url("alice").replace(f":{team.port}/", f":{proxy.port}/"))
    with ServerStore(far) as store:
        autosave = _renaming(store, store.get_plan(deal))
        measured = median_ms(autosave)
    print(f"  autosave through a proxy that adds 30 ms to every round trip: {measured:.0f} ms")


def test_a_thousand_deals_listed_on_both_backends(team: TeamServer, tmp_path: Path) -> None:
    import random

    from generate import make_plan

    from planner.store import Store

    rng = random.Random(1000)
    plans = [make_plan(index, 20, rng) for index in range(1_000)]
    with Store(tmp_path / "thousand.walkaway") as local, team.store("alice") as server:
        local.add_plans(plans)
        server.add_plans(plans)
        assert len(local.list_deals()) == len(server.list_deals()) == 1_000
        file_ms, server_ms = median_ms(local.list_deals), median_ms(server.list_deals)
        trips = round_trips(server, server.list_deals)
    print(
        f"\n1,000 deals listed: file {file_ms:.1f} ms, team server {server_ms:.1f} ms here "
        f"({trips} round trips: {trips * RTT_S * 1000 + server_ms:.0f} ms at 30 ms)"
    )
    assert trips == 1


@pytest.fixture(autouse=True)
def _pgpass_for_children(team: TeamServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(team.pgpass))
