"""``walkaway commit | brief | verify``: commit and sign a plan, print its brief, check a brief."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import open_store, read_plan
from planner.cli.options import deal_id, output_path, text
from planner.text_rules import TITLE

EXIT_NOT_INTACT = 3


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
        "verify", help="check a signed brief: exit 0 intact, 3 altered or not signed, 2 unreadable"
    )
    verify.add_argument("file", metavar="FILE.pdf")
    verify.set_defaults(handler=run_verify)


def _warn(message: str) -> None:
    print(f"walkaway: warning: {message}", file=sys.stderr)


def run_commit(args: argparse.Namespace) -> int:
    from planner.commitment import CommitError, commit
    from planner.dates import utc_now
    from planner.signing.keys import ensure_identity

    with open_store(args) as store:
        plan = store.get_plan(args.id)
        signer = args.signer if args.signer is not None else plan.signer
        if not signer.strip():
            raise CommitError(f"deal {args.id} names no signer; give one with --signer NAME")
        now = utc_now()
        commitment = commit(plan, signer, now)
        # The key is made before anything is saved: a failure leaves the deal uncommitted.
        ensure_identity(commitment.signer, now)
        store.save_plan(plan)
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

    from planner.commitment import Integrity, check_integrity
    from planner.signing.ahead import SignerAhead
    from planner.signing.lean import skip_http_clients

    skip_http_clients()
    plan = read_plan(args, args.id)
    integrity = check_integrity(plan)
    if not integrity.ok:
        _warn(integrity.message)
    now = datetime.now().astimezone()
    sign = integrity.state is not Integrity.TAMPERED
    commitment = plan.commitment
    # pyHanko loads in a second process while this one draws the page (see planner.signing.ahead).
    ahead = SignerAhead(commitment.signer, now) if sign and commitment is not None else None
    with ahead or nullcontext():
        from planner.brief.document import export_brief

        brief = export_brief(plan, target, now=now, paper=args.paper, sign=sign, ahead=ahead)
    for warning in brief.warnings:
        _warn(warning)
    state = "signed" if brief.signed else ("DRAFT, not committed" if not brief.committed else "not signed")
    cut = ", some texts shortened to fit one page" if brief.cut else ""
    print(f"{target} ({state}{cut})")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from planner.signing.lean import skip_http_clients

    skip_http_clients()
    from planner.signing.verify import verify_pdf

    result = verify_pdf(args.file)
    if result.signer:
        print(f"signer:      {result.signer}")
    if result.signed_at is not None:
        print(f"signed at:   {result.signed_at:%Y-%m-%d %H:%M:%S %Z}".rstrip())
    if result.fingerprint:
        print(f"fingerprint: {result.fingerprint}")
    print(f"document:    {result.verdict.value}: {result.detail}")
    return 0 if result.intact else EXIT_NOT_INTACT
