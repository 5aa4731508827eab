"""The package on the walk-away brief (issue 19): a compact table of the terms and the minimum score.

One row per term, the price first: its weight and share of the score, the worst acceptable value
(where it scores 0: the walk-away point for the price) and the best (100: the target, else the
opening). A term is named by its label, and by its key in grey when the label does not say it (what
``walkaway round --term KEY=VALUE`` takes). It sits in the walk-away point's panel, just after the
point's conditions, and comes right after them in priority: every term is named before anything less
important gets room.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from planner.brief.content import HEADING, SMALL, block_region
from planner.brief.fit import MIN_PT, Fixed, Part, Region, Text
from planner.brief.fonts import BOLD, REGULAR
from planner.brief.text import clean, markup
from planner.model import Issue, IssueKind, Plan
from planner.money import amount_to_text, format_money
from planner.package import price_reference, price_utility

HEADERS = ("Term", "Weight", "Worst acceptable", "Best")
#: The columns' shares of the width.
WIDTHS = (0.34, 0.14, 0.26, 0.26)
_SIZE = 8.5
_RULE = HexColor("#BBBBBB")


def share(weight: Decimal, total: Decimal) -> str:
    """A weight's share of all weights, as a whole percent (half-up): ``30%``."""
    percent = (weight * 100 / total).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    return f"{percent}%"


def _number(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{amount_to_text(value)} {unit}".strip()


def _option(issue: Issue, *, best: bool) -> str:
    if not issue.options:
        return "—"
    pick = max if best else min
    name = pick(issue.options, key=lambda n: issue.options[n])
    return f"{name} ({amount_to_text(issue.options[name])})"


def package_rows(plan: Plan) -> list[tuple[str, str, str, str]]:
    """The table's rows, the price first: (term, weight and share, worst acceptable, best)."""
    weights = [i.weight for i in plan.issues]
    price_weight = plan.price_weight
    reference = price_reference(plan)
    priced = price_weight is not None and price_utility(plan, plan.reservation.value) is not None
    total = sum(weights, Decimal(0)) + (price_weight if priced and price_weight is not None else Decimal(0))
    rows: list[tuple[str, str, str, str]] = []
    unit = f" {plan.unit}" if plan.unit else ""
    if priced and price_weight is not None and reference is not None:
        rows.append(
            (
                "Price",
                f"{amount_to_text(price_weight)} · {share(price_weight, total)}",
                format_money(plan.reservation.value, plan.currency) + unit,
                format_money(reference, plan.currency) + unit,
            )
        )
    else:
        rows.append(("Price", "not scored", format_money(plan.reservation.value, plan.currency) + unit, "—"))
    for issue in plan.issues:
        weight = f"{amount_to_text(issue.weight)} · {share(issue.weight, total)}"
        if issue.kind is IssueKind.OPTIONS:
            rows.append((issue.label, weight, _option(issue, best=False), _option(issue, best=True)))
        else:
            rows.append((issue.label, weight, _number(issue.worst, issue.unit), _number(issue.best, issue.unit)))
    return rows


def term_keys(plan: Plan) -> list[str | None]:
    """Per row, the key ``walkaway round --term KEY=VALUE`` names the term by, when its label does not say it."""
    return [None, *(i.key if i.key.casefold() != i.label.casefold() else None for i in plan.issues)]


def _cell(text: str, key: str | None) -> str:
    cell = markup(clean(text))
    return cell + f' <font color="#777777">({markup(key)})</font>' if key else cell


def _row(cells: tuple[str, ...], width: float, scale: float, *, head: bool = False, key: str | None = None) -> Flowable:
    """One row of the table, as a table of its own: the rows line up, and each can be left out alone."""
    size = max(MIN_PT, _SIZE * scale)
    style = ParagraphStyle("package", fontName=BOLD if head else REGULAR, fontSize=size, leading=size * 1.18)
    marked = list(cells) if head else [_cell(cells[0], key), *(markup(clean(text)) for text in cells[1:])]
    data = [[Paragraph(text, style) for text in marked]]
    table = Table(data, colWidths=[width * part for part in WIDTHS], hAlign="LEFT")
    pad = 1.5 * max(scale, 0.6)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if head:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, _RULE))
    table.setStyle(TableStyle(commands))
    return table


def _fixed_row(cells: tuple[str, ...], width: float, *, head: bool = False, key: str | None = None) -> Fixed:
    return Fixed(lambda scale: _row(cells, width, scale, head=head, key=key), item=not head)


def package_region(plan: Plan, width: float) -> Region | None:
    """The package block: the minimum score, then the table (``None`` for a plan without a package)."""
    if not plan.has_package:
        return None
    minimum = plan.reservation.min_score
    if minimum is not None:
        heading = f"AND WALK AWAY IF THE PACKAGE SCORES BELOW {amount_to_text(minimum)} OF 100"
    else:
        heading = "THE PACKAGE (NO MINIMUM SCORE SET)"
    parts: list[Part] = [
        Text("", HEADING, prefix=heading, cuttable=False),
        _fixed_row(HEADERS, width, head=True),
        *(_fixed_row(row, width, key=key) for row, key in zip(package_rows(plan), term_keys(plan), strict=True)),
        Text(
            "Each term scores 0 at its worst acceptable value and 100 at its best; the package score is "
            "their weighted mean. The walk-away point of the price holds on its own.",
            SMALL,
        ),
    ]
    # head=2: the heading and the table's header row alone would say nothing; rows left out are counted.
    return block_region("package", width, parts, label="package", more="term")
