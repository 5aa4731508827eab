"""``walkaway commit | brief | verify``: commit and sign a plan, print its brief, check a brief."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import open_store, read_plan
from planner.cli.options import deal_id, output_path, text
from planner.text_rules import TITLE

if TYPE_CHECKING:
    from planner.signing.known_keys import KnownKey
    from planner.signing.verify import Verification

EXIT_NOT_INTACT = 3
#: Intact, but signed by a key that is neither the user's own nor one they accepted.
EXIT_UNKNOWN_KEY = 4


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    commit = subparsers.add_parser(
        "commit", parents=[common], help="commit to a deal's walk-away point and sign it (revision 1)"
    )
    commit.add_argument("id", type=deal_id)
    commit.add_argument("--signer", metavar="NAME", type=text(TITLE), help="who signs (default: the plan's signer)")
    commit.set_defaults(handler=run_commit)

    brief = subparsers.add_parser("brief", parents=[common], help="write the one-page walk-away brief (PDF)")
    brief.add_argument("id", type=deal_id)
    brief.add_argument("-o", "--output", metavar="FILE.pdf", help="where to write (default: brief-ID.pdf here)")
    brief.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    brief.set_defaults(handler=run_brief)

    verify = subparsers.add_parser(
        "verify",
        parents=[common],  # --db is accepted like everywhere, though a brief needs no Walkaway file
        help="check a signed brief: exit 0 intact and signed by a key you know, 4 intact but signed by a key "
        "you do not know, 3 altered or not signed, 2 unreadable",
    )
    verify.add_argument("file", metavar="FILE.pdf")
    verify.set_defaults(handler=run_verify)


def _warn(message: str) -> None:
    print(f"walkaway: warning: {message}", file=sys.stderr)


def run_commit(args: argparse.Namespace) -> int:
    from planner.commitment import CommitError
    from planner.dates import utc_now
    from planner.services import NoSigner, commit

    # Read, committed and written in one transaction: a command changing the deal meanwhile waits.
    # The key is made, and the commitment recorded as made here, before anything is saved.
    with open_store(args, deal=args.id) as store:
        try:
            signed = commit(store, args.id, signer=args.signer, now=utc_now())
        except NoSigner as error:
            raise CommitError(f"{error}; give one with --signer NAME") from None
    plan, commitment = signed.plan, signed.commitment
    print(f"Committed deal {args.id} “{plan.title}”: revision 1, signed by {commitment.signer}.")
    print(commitment.statement)
    print(f"Fingerprint: {commitment.fingerprint}")
    return 0


def run_brief(args: argparse.Namespace) -> int:
    if args.output and Path(args.output).suffix.lower() != ".pdf":
        from planner.errors import WalkawayError

        raise WalkawayError(f"{args.output}: a brief is a PDF; give a file name ending in .pdf")
    target = output_path(args.output or f"brief-{args.id}.pdf")
    from contextlib import nullcontext
    from datetime import datetime

    from planner.cli.sign_ahead import SignAhead
    from planner.commitment import Integrity
    from planner.signing.lean import skip_http_clients
    from planner.signing.made_here import check_commitment

    skip_http_clients()
    plan = read_plan(args, args.id)
    check = check_commitment(plan)
    if not check.report.ok:
        _warn(check.report.message)
    if check.imported:
        _warn(
            f"the commitment of deal {args.id} was imported, not made on this computer: the brief is not "
            "signed; revise the commitment here to sign it with your own key"
        )
    commitment = plan.commitment
    now = datetime.now().astimezone()
    sign = check.report.state is not Integrity.TAMPERED and not check.imported
    # pyHanko loads in a second process while this one draws the page (see planner.cli.sign_ahead).
    ahead = SignAhead(commitment.signer, now) if sign and commitment is not None else None
    with ahead or nullcontext():
        from planner.brief.export import export_brief

        brief = export_brief(plan, target, now=now, paper=args.paper, sign=sign, signer=ahead)
    for warning in brief.warnings:
        _warn(warning)
    state = "signed" if brief.signed else ("DRAFT, not committed" if not brief.committed else "not signed")
    if brief.committed and brief.imported:
        state = "not signed: the commitment was imported"
    cut = ", some texts shortened to fit one page" if brief.cut else ""
    print(f"{target} ({state}{cut})")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from planner.signing.lean import skip_http_clients

    skip_http_clients()
    from planner.signing.verify import verify_pdf

    result = verify_pdf(args.file, _team_keys(args))
    if result.signer:
        print(f"signer:      {result.signer}")
    if result.signed_at is not None:
        print(f"signed at:   {result.signed_at:%Y-%m-%d %H:%M:%S %Z}".rstrip())
    if result.key_fingerprint:
        print(f"key:         {result.key_fingerprint} ({_standing(result)})")
    if result.fingerprint:
        where = "stated on the page and signed" if result.intact else "as the signature gives it"
        print(f"fingerprint: {result.fingerprint} ({where})")
    elif result.page_fingerprint:
        print(f"fingerprint: {result.page_fingerprint}… (stated on the page; the signature carries none)")
    if result.intact and not result.known:
        print(
            f"document:    intact, but signed by a key you do not know: it claims to be {result.signer or 'nobody'}, "
            f"with key {result.key_fingerprint}. If you know that key is theirs: "
            f"walkaway trust {result.key_fingerprint}"
        )
        return EXIT_UNKNOWN_KEY
    print(f"document:    {result.verdict.value}: {result.detail}")
    return 0 if result.intact else EXIT_NOT_INTACT


def _standing(result: Verification) -> str:
    if not result.intact:
        return "named in the signature; not judged, the document is not intact"
    key = result.key
    if key is None:
        return "a key you do not know"
    if key.team:
        return f"a teammate's key: stored on the team server with a commitment, by {key.team}"
    return "your own key" if key.own else "a key you trust"


def _team_keys(args: argparse.Namespace) -> list[KnownKey]:
    """On a team server (``--db``, ``$WALKAWAY_DB``): the certificates stored with the commitments shared
    with you, so a teammate's brief verifies. A server that cannot be reached is said, and verify goes on."""
    from planner.cli.common import db_target, open_server
    from planner.errors import WalkawayError
    from planner.signing.known_keys import team_key

    try:
        target = db_target(args)
        if isinstance(target, Path):
            return []
        with open_server(target, read_only=True) as store:
            return [team_key(der, role) for der, role in store.team_certificates()]
    except WalkawayError as error:
        _warn(f"{error}; the team's keys were not consulted")
        return []
