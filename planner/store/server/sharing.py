"""A deal's members on a team server: who it is shared with, sharing and unsharing (``walkaway share``).

A deal is visible only to the roles in its ``members`` (row-level security, see
:mod:`.policies`); any member may add a member of the team or take one off, except the deal's
creator, who always stays, and themselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from planner.errors import UnknownDeal, WalkawayError
from planner.store.server.store import ServerStore

log = logging.getLogger("walkaway.store")


@dataclass(frozen=True, slots=True)
class Member:
    role: str
    creator: bool


class SharingRefused(WalkawayError):
    """A share or unshare that cannot be done as asked; nothing was changed."""


def _check_on_team(connection: Any, role: str) -> None:
    """Refuse to share with a role that is not (or no longer) a member of the team."""
    on_team = connection.exec_driver_sql(
        "SELECT pg_has_role(r.rolname, m.members_role, 'MEMBER') FROM pg_roles r, walkaway_meta m WHERE r.rolname = %s",
        (role,),
    ).scalar()
    if not on_team:
        raise SharingRefused(
            f"{role} is not a member of this server's team; its owner adds them with "
            f"'walkaway team add-member {role}' (nothing was changed)"
        )


def members(store: ServerStore, deal_id: int) -> list[Member]:
    """The roles deal ``deal_id`` is shared with, its creator first."""
    with store.reading() as reader:
        found = reader.connection.execute("SELECT members, created_by FROM deals WHERE id = ?", (deal_id,))
        row = found.fetchone()
    if row is None:
        raise UnknownDeal(deal_id)
    roles, creator = list(row[0]), str(row[1])
    return [Member(role, role == creator) for role in sorted(roles, key=lambda role: (role != creator, role))]


def share(store: ServerStore, deal_id: int, role: str, *, add: bool = True) -> bool:
    """Share deal ``deal_id`` with ``role`` (a member of the team), or stop sharing it (``add`` False).

    Any member of the deal may; its creator always stays a member, and nobody takes
    themselves off. False when there was nothing to do.
    """
    with store.writing() as session:
        connection = session.connection()
        row = connection.exec_driver_sql(
            "SELECT members, created_by, current_user FROM deals WHERE id = %s FOR UPDATE", (deal_id,)
        ).first()
        if row is None:
            raise UnknownDeal(deal_id)
        members, creator, me = list(row[0]), str(row[1]), str(row[2])
        if add:
            _check_on_team(connection, role)
            if role in members:
                return False
            change = "array_append"
        else:
            if role not in members:
                return False
            if role == creator:
                raise SharingRefused(f"{role} made deal {deal_id} and stays a member of it; nothing was changed")
            if role == me:
                raise SharingRefused(
                    f"you cannot take yourself off deal {deal_id}: another member can; nothing was changed"
                )
            change = "array_remove"
        connection.exec_driver_sql(f"UPDATE deals SET members = {change}(members, %s) WHERE id = %s", (role, deal_id))
    log.info("deal %d %s", deal_id, "shared" if add else "unshared")
    return True
