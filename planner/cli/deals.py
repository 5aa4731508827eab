"""``walkaway demo | import | export | list``: deals in and out of the store."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from planner.cli.common import open_store, read_plan, reading_store
from planner.cli.options import deal_id, output_path


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[common], help="add demo deals, one in every stage")
    demo.set_defaults(handler=run_demo)

    imp = subparsers.add_parser("import", parents=[common], help="import walkaway-plan/1 files; prints the new ids")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(handler=run_import)

    exp = subparsers.add_parser(
        "export",
        parents=[common],
        help="write a deal as a walkaway-plan/1 file; --all: every deal into a new Walkaway file",
    )
    exp.add_argument("id", type=deal_id, nargs="?")
    exp.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    exp.add_argument(
        "--all",
        action="store_true",
        help="every deal (on a team server: every deal shared with you) into a new Walkaway file, -o FILE.walkaway",
    )
    exp.set_defaults(handler=run_export)

    lst = subparsers.add_parser("list", parents=[common], help="list the deals")
    lst.add_argument("--json", action="store_true", help="print JSON for other programs")
    lst.set_defaults(handler=run_list)


def run_demo(args: argparse.Namespace) -> int:
    from planner.services import add_demo_plans

    with open_store(args) as store:
        ids = add_demo_plans(store)  # their commitments are recorded as made here: their briefs are signed
        for plan_id in ids:
            summary = store.get_plan(plan_id)
            print(f"{plan_id}\t{summary.status.value}\t{summary.title}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from planner.plans.files import read_plan_file
    from planner.signing.made_here import check_commitment, made_here_keys

    # Read and check every file before writing anything: all of them or none.
    plans = [read_plan_file(name) for name in args.files]
    with open_store(args) as store:
        for plan_id in store.add_plans(plans):
            print(plan_id)
    recorded = made_here_keys()
    for name, plan in zip(args.files, plans, strict=True):
        check = check_commitment(plan, recorded)
        for warning in [*check.warnings(), check.imported_note()]:
            if warning:
                print(f"walkaway: warning: {name}: {warning}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from planner.plans.files import dump_plan, write_plan_file

    if args.all:
        return _export_all(args)
    if args.id is None:
        from planner.cli import UsageError

        raise UsageError("walkaway export: give a deal's ID, or --all -o FILE.walkaway (see 'walkaway export --help')")
    target = output_path(args.output) if args.output else None
    plan = read_plan(args, args.id)
    if target is None:
        sys.stdout.write(dump_plan(plan))
    else:
        write_plan_file(plan, target)
    return 0


def _export_all(args: argparse.Namespace) -> int:
    from planner.cli import UsageError
    from planner.store.export_all import export_all

    if args.id is not None or not args.output:
        raise UsageError("walkaway export: --all takes no ID, and the new file with -o FILE.walkaway")
    target = output_path(args.output)
    with reading_store(args) as store:
        plans = store.all_plans() if store is not None else []
    written = export_all(plans, target)
    print(f"{len(plans)} deal{'' if len(plans) == 1 else 's'} written to {written}")
    return 0


def _follow_up(summary: Any) -> str:
    return summary.next_follow_up.isoformat() if summary.next_follow_up else ""


def run_list(args: argparse.Namespace) -> int:
    from planner.money import amount_to_text, format_money
    from planner.signing.made_here import check_commitment, made_here_keys

    with reading_store(args) as store:
        deals = store.list_deals() if store is not None else []
        recorded = made_here_keys()
        committed = store.plans_for_commitment_check() if store is not None else []
        checks = {plan.id: check_commitment(plan, recorded) for plan in committed}
    if args.json:
        items = [
            {
                "id": d.id,
                "title": d.title,
                "counterparty": d.counterparty,
                "status": d.status.value,
                "side": d.side,
                "reservation": amount_to_text(d.reservation),
                "currency": d.currency,
                "unit": d.unit,
                "next_follow_up": _follow_up(d) or None,
                # null when not committed; else intact, unsigned_edits or tampered (see `walkaway assess`)
                "commitment_state": checks[d.id].report.state.value if d.id in checks else None,
                "commitment_imported": checks[d.id].imported if d.id in checks else None,
            }
            for d in deals
        ]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not deals:
        print("No deals yet. Try 'walkaway demo' or 'walkaway import FILE'.")
        return 0
    rows = [("ID", "TITLE", "COUNTERPARTY", "STATUS", "WALK-AWAY POINT", "FOLLOW-UP")]
    for d in deals:
        point = format_money(d.reservation, d.currency) + (f" {d.unit}" if d.unit else "")
        mark = checks[d.id].mark if d.id in checks else ""
        status = f"{d.status.value} {mark}" if mark else d.status.value
        rows.append((str(d.id), d.title, d.counterparty, status, point, _follow_up(d)))
    widths = [min(40, max(len(row[i]) for row in rows)) for i in range(len(rows[0]))]
    for row in rows:
        cells = [_fit(cell, widths[i]).ljust(widths[i]) for i, cell in enumerate(row)]
        cells[0] = cells[0].rjust(widths[0])
        print("  ".join(cells).rstrip())
    if any(check.mark for check in checks.values()):
        print("! the plan does not match its signed commitment: 'walkaway assess ID' says how")
    return 0


def _fit(text: str, width: int) -> str:
    from planner.text_rules import visible

    # A list line stays one line, and a control character stored by another tool is shown, not sent.
    text = visible(" ".join(text.split()), multiline=False)
    return text if len(text) <= width else text[: width - 1] + "…"
