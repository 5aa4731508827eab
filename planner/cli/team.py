"""``walkaway team setup | add-member | remove-member`` and ``walkaway share | unshare``: team mode.

The team commands are the database owner's (see :mod:`planner.store.server.setup`); ``share``
and ``unshare`` any member's, on a deal shared with them. All work on a team server only
(``--db postgresql://…`` or ``$WALKAWAY_DB``).
"""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import open_server, server_target
from planner.cli.options import deal_id


def _role(text: str) -> str:
    from planner.store.server.setup import SetupError, check_role_name

    try:
        return check_role_name(text)
    except SetupError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    team = subparsers.add_parser(
        "team",
        parents=[common],
        help="set up a team server (its owner), add or remove a member",
        description="The owner of a PostgreSQL database makes it a Walkaway team server and manages "
        "its team (one database role per person). See the README, 'Team mode'.",
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", parser_class=type(team))
    actions.required = True
    setup = actions.add_parser(
        "setup", parents=[common], help="create or upgrade the schema, the group role, grants and access rules"
    )
    setup.set_defaults(handler=run_setup)
    for name, add, text in (
        ("add-member", True, "make ROLE a member of the team (the role is made if missing)"),
        ("remove-member", False, "ROLE is no longer a member: it cannot connect"),
    ):
        member = actions.add_parser(name, parents=[common], help=text)
        member.add_argument("role", metavar="ROLE", type=_role)
        member.set_defaults(handler=run_membership, add=add)

    share = subparsers.add_parser(
        "share", parents=[common], help="share a deal with a member of the team (without ROLE: list its members)"
    )
    share.add_argument("id", type=deal_id)
    share.add_argument("role", metavar="ROLE", type=_role, nargs="?")
    share.set_defaults(handler=run_share, add=True)
    unshare = subparsers.add_parser("unshare", parents=[common], help="stop sharing a deal with a member")
    unshare.add_argument("id", type=deal_id)
    unshare.add_argument("role", metavar="ROLE", type=_role)
    unshare.set_defaults(handler=run_share, add=False)


def run_setup(args: argparse.Namespace) -> int:
    from planner.store.server.setup import team_setup

    address = server_target(args)
    report = team_setup(address)
    if report.before is None:
        print(f"Set up {address} as a Walkaway team server (schema {report.after}).")
    elif report.before != report.after:
        print(f"Upgraded {address} from schema {report.before} to {report.after}.")
    else:
        print(f"{address} is at schema {report.after}; its access rules were checked.")
    made = " (made now)" if report.created_role else ""
    print(f"Team role: {report.members_role}{made}. Add people with 'walkaway team add-member ROLE'.")
    return 0


def run_membership(args: argparse.Namespace) -> int:
    from planner.store.server.setup import change_membership

    for line in change_membership(server_target(args), args.role, add=args.add):
        print(line)
    return 0


def run_share(args: argparse.Namespace) -> int:
    from planner.store.server.sharing import members, share

    with open_server(server_target(args)) as store:
        if args.add and args.role is None:
            for member in members(store, args.id):
                print(f"{member.role}{'  (made the deal)' if member.creator else ''}")
            return 0
        changed = share(store, args.id, args.role, add=args.add)
    if args.add:
        print(f"Deal {args.id} is shared with {args.role}." if changed else f"{args.role} has deal {args.id} already.")
    else:
        print(f"Deal {args.id} is no longer shared with {args.role}." if changed else f"{args.role} did not have it.")
    return 0
