"""What the command line and the window use of a store, whichever backend holds the deals.

:class:`planner.store.Store` (a Walkaway file) and
:class:`planner.store.server.store.ServerStore` (a team server) both have these methods; code
that works on either names this protocol in its type hints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Protocol, Self

from planner.model import Plan, Status
from planner.summaries import DealSummary, WalkedSummary


class DealStore(Protocol):
    read_only: bool
    wait_for_turn: bool

    @property
    def location(self) -> str:
        """Where the deals are, for people: the file's path or the server's address."""
        ...

    @property
    def notices(self) -> list[str]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *_exc: object) -> None: ...

    def list_deals(self, *, search: str = "", statuses: Iterable[Status] | None = None) -> list[DealSummary]: ...

    def get_plan(self, deal_id: int) -> Plan: ...

    def count_deals(self) -> int: ...

    def walked_with_follow_up(self, *, due_by: date | None = None) -> list[WalkedSummary]: ...

    def walked_plans_for_record(self) -> list[Plan]: ...

    def plans_for_commitment_check(self) -> list[Plan]: ...

    def all_plans(self) -> list[Plan]: ...

    def add_plan(self, plan: Plan) -> int: ...

    def add_plans(self, plans: Iterable[Plan]) -> list[int]: ...

    def save_plan(self, plan: Plan) -> None: ...

    def update_plan(self, deal_id: int, change: Callable[[Plan], Plan | None]) -> Plan: ...

    def delete_deal(self, deal_id: int) -> Plan: ...

    def restore_deal(self, plan: Plan) -> int: ...
