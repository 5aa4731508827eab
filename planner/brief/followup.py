"""The one-page follow-up brief for a reopened deal, on the same page engine as the walk-away brief.

It carries the original walk-away point (committed before the walk) and the
terms their renewed approach must meet, why we walked, then and now, the
first-time-today question, a script for saying yes and the script for walking
again. Same guarantees: one page, signed when the plan is committed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planner.brief import fonts
from planner.brief.content import BODY, BOX, HEADING, META, NUMBERED, POINT, QUESTION, SMALL, TICK, TITLE, script_parts
from planner.brief.document import Brief, all_user_text, brief_from_page, signature_info
from planner.brief.fit import Part, Region, Role, Text
from planner.brief.page import MARGIN, Box, paper_size, render_page
from planner.brief.signature_block import draft_watermark, signature_painter
from planner.dates import moment_day
from planner.model import Plan, Side
from planner.money import format_money
from planner.reopen import FIRST_TIME_TODAY
from planner.then_and_now import ThenAndNow, gap_text, renewed_judgement, then_and_now

GAP = 9.0
HEADER_H = 46.0
POINT_H = 108.0
#: The point keeps its own region, so a long list of conditions can never shrink it.
POINT_LINE_H = 46.0
SCRIPTS_H = 176.0
SIGNATURE_H = 92.0
FOOTER_H = 12.0
WHY_H = 92.0
FIRST_TIME_H = 92.0
VERDICT = Role(10, bold=True, space_after=3)


def _layout(paper: str) -> dict[str, Box]:
    width, height = paper_size(paper)
    inner = width - 2 * MARGIN
    top = height - MARGIN
    header = Box(MARGIN, top - HEADER_H, inner, HEADER_H)
    point = Box(MARGIN, header.y - GAP - POINT_H, inner, POINT_H)
    signature = Box(MARGIN, MARGIN + FOOTER_H, inner, SIGNATURE_H)
    column = (inner - 2 * GAP) / 2
    right_x = MARGIN + column + 2 * GAP
    scripts_y = signature.top + GAP
    middle_top, middle_bottom = point.y - GAP, scripts_y + SCRIPTS_H + GAP
    why = Box(MARGIN, middle_top - WHY_H, column, WHY_H)
    compare = Box(MARGIN, middle_bottom, column, why.y - GAP - middle_bottom)
    first_time = Box(right_x, middle_top - FIRST_TIME_H, column, FIRST_TIME_H)
    verdict = Box(right_x, middle_bottom, column, first_time.y - GAP - middle_bottom)
    terms_h = POINT_H - POINT_LINE_H - 2
    return {
        "header": header,
        "point": Box(MARGIN, point.top - POINT_LINE_H, inner, POINT_LINE_H),
        "terms": Box(MARGIN, point.y, inner, terms_h),
        "why": why,
        "compare": compare,
        "first_time": first_time,
        "verdict": verdict,
        "yes": Box(MARGIN, scripts_y, column, SCRIPTS_H),
        "again": Box(right_x, scripts_y, column, SCRIPTS_H),
        "signature": signature,
    }


def _region(name: str, box: Box, parts: list[Part], more_what: str = "") -> Region:
    more = (lambda n: f"… and {n} more {more_what}: see the plan") if more_what else None
    return Region(name, box.x, box.y, box.width, box.height, parts, more=more)


def _money(plan: Plan, value: Decimal) -> str:
    unit = f" {plan.unit}" if plan.unit else ""
    return f"{format_money(value, plan.currency)}{unit}"


def _header(plan: Plan, box: Box, today: date, revision: int | None) -> Region:
    assert plan.reopened is not None
    stage = f"plan revision {revision}" if revision else "draft, not committed"
    meta = f"Reopened {moment_day(plan.reopened.at).isoformat()} · made {today.isoformat()} · {stage}"
    return _region(
        "header",
        box,
        [
            Text(plan.title, TITLE, prefix="Follow-up: "),
            Text(plan.counterparty or "(counterparty not named)", META, prefix="With "),
            Text("", META, prefix=meta, cuttable=False),
        ],
    )


def _point(plan: Plan, view: ThenAndNow, box: Box) -> Region:
    direction = "above" if plan.side is Side.BUY else "below"
    parts: list[Part] = [
        Text("", HEADING, prefix="THE WALK-AWAY POINT COMMITTED BEFORE THE WALK STILL JUDGES", cuttable=False),
        Text(f"Walk away {direction} {_money(plan, view.original_point)}", POINT),
    ]
    return _region("point", box, parts)


def _terms(plan: Plan, view: ThenAndNow, box: Box) -> Region:
    parts: list[Part] = []
    if view.point_revised:
        reason = f" ({view.revision_reason})" if view.revision_reason else ""
        parts.append(
            Text(f"Revised since to {_money(plan, view.current_point)}{reason}", SMALL, prefix="<b>Note:</b> ")
        )
    conditions = [c for c in plan.reservation.conditions if c.strip()]
    if conditions:
        parts.append(Text("", HEADING, prefix="THEIR RENEWED APPROACH MUST ALSO MEET EACH OF THESE", cuttable=False))
        parts.extend(Text(c, TICK, prefix=f"{BOX}  ", item=True) for c in conditions)
    return _region("terms", box, parts, "conditions")


def _why(plan: Plan, box: Box) -> Region:
    assert plan.walked is not None and plan.reopened is not None
    walked_on = moment_day(plan.walked.at).isoformat()
    parts: list[Part] = [
        Text("", HEADING, prefix=f"WHY WE WALKED ON {walked_on}", cuttable=False),
        Text(plan.walked.reason, BODY),
        Text(plan.reopened.note or "(no reason recorded)", SMALL, prefix="<b>Why it reopened:</b> "),
    ]
    return _region("why", box, parts)


def _compare(plan: Plan, view: ThenAndNow, box: Box) -> Region:
    parts: list[Part] = [Text("", HEADING, prefix="THEN AND NOW", cuttable=False)]
    for label, side in (("Then", view.then), ("Now", view.now)):
        offer = _money(plan, side.offer) if side.offer is not None else "no offer logged"
        when = f" ({moment_day(side.round.at).isoformat()})" if side.round is not None else ""
        detail = f": {gap_text(side, plan.currency)}" if side.offer is not None else ""
        parts.append(Text(f"{offer}{when}{detail}", BODY, prefix=f"<b>{label}:</b> "))
    if view.improvement_percent is not None and view.improvement is not None:
        way = "your way" if view.improvement >= 0 else "against you"
        moved = format_money(abs(view.improvement), plan.currency)
        pct = abs(view.improvement_percent)
        parts.append(Text(f"Moved {moved} {way}, {pct} % of the walk-away point.", SMALL))
    for label, items in (
        ("Now met", view.conditions_now_met),
        ("Still unmet", view.conditions_still_unmet),
        ("Newly unmet", view.conditions_newly_unmet),
    ):
        if items:
            parts.append(Text("; ".join(items), SMALL, prefix=f"<b>{label}:</b> ", item=True))
    for change in view.signals_changed:
        parts.append(Text(f"{change.name}: {change.then} before the walk, {change.now} since", SMALL, item=True))
    return _region("compare", box, parts, "changes")


def _first_time(plan: Plan, box: Box) -> Region:
    assert plan.reopened is not None
    answer = plan.reopened.first_time_today
    recorded = {
        True: "On reopening you answered yes.",
        False: "On reopening you answered no.",
        None: "Not answered on reopening: answer it before the next call.",
    }[answer]
    parts: list[Part] = [
        Text("", HEADING, prefix="ASK AGAIN, AS IF IT WERE THE FIRST TIME", cuttable=False),
        Text("", QUESTION, prefix=FIRST_TIME_TODAY, cuttable=False),
        Text("", SMALL, prefix="The walk and the hours before it are spent either way; they buy nothing now."),
        Text("", SMALL, prefix=recorded, cuttable=False),
    ]
    return _region("first_time", box, parts)


def _verdict(plan: Plan, view: ThenAndNow, box: Box) -> Region:
    title, reasons = renewed_judgement(plan, view)
    parts: list[Part] = [
        Text("", HEADING, prefix="THEIR RENEWED APPROACH, JUDGED AS IN THE ROOM", cuttable=False),
        Text(title, VERDICT),
    ]
    parts.extend(Text(reason, SMALL, prefix="• ", item=True) for reason in reasons)
    parts.append(
        Text(
            "",
            SMALL,
            prefix="Coming back shows they value the deal, not that it is good. Judge the terms, not the gesture.",
        )
    )
    return _region("verdict", box, parts, "reasons")


def _say_yes(plan: Plan, view: ThenAndNow, box: Box) -> Region:
    point = _money(plan, view.original_point)
    count = len([c for c in plan.reservation.conditions if c.strip()])
    terms = "" if not count else (", with the condition above" if count == 1 else ", with every condition above")
    limit = "or less" if plan.side is Side.BUY else "or more"
    steps = (
        ("1. Thank them", "Say that coming back made this possible, and that you want it to work."),
        ("2. Name the terms", f"Agree only at {point} {limit}{terms}, in one sentence they can repeat."),
        ("3. Close it", "Put amount, conditions and dates in writing today, and name who signs on their side."),
    )
    parts: list[Part] = [Text("", HEADING, prefix="IF IT MEETS THE POINT: SAYING YES", cuttable=False)]
    parts.extend(Text(text, NUMBERED, prefix=f"<b>{label}:</b> ") for label, text in steps)
    return _region("yes", box, parts)


def _walk_again(plan: Plan, box: Box) -> Region:
    parts = script_parts(plan, "IF IT FALLS SHORT: WALKING AGAIN")
    parts.append(Text("", SMALL, prefix="Same point, same words: a second walk is as calm as the first."))
    return _region("again", box, parts)


def build_follow_up_brief(plan: Plan, *, today: date, paper: str = "a4") -> Brief:
    """The follow-up brief as PDF bytes (unsigned); for a reopened deal only."""
    from planner.errors import WalkawayError

    if plan.reopened is None or plan.walked is None:
        raise WalkawayError(f"deal {plan.id} was not reopened: the follow-up brief is for reopened deals")
    extra = [plan.walked.reason, plan.reopened.note]
    missing = fonts.prepare(all_user_text(plan) + "".join(extra))
    boxes = _layout(paper)
    view = then_and_now(plan)
    commitment = plan.commitment
    info = signature_info(plan)
    regions = [
        _header(plan, boxes["header"], today, commitment.revision if commitment else None),
        _point(plan, view, boxes["point"]),
        _terms(plan, view, boxes["terms"]),
        _why(plan, boxes["why"]),
        _compare(plan, view, boxes["compare"]),
        _first_time(plan, boxes["first_time"]),
        _verdict(plan, view, boxes["verdict"]),
        _say_yes(plan, view, boxes["yes"]),
        _walk_again(plan, boxes["again"]),
    ]
    result = render_page(
        paper,
        regions,
        title=f"Follow-up brief: {plan.title}",
        subject="Follow-up brief",
        keywords=f"walkaway-fingerprint:{commitment.fingerprint}" if commitment else "walkaway-draft",
        footer=f"Walkaway follow-up brief · made {today.isoformat()} · one page, keep it with you",
        before=[] if info else [draft_watermark(*paper_size(paper))],
        after=[signature_painter(boxes["signature"], info)],
    )
    return brief_from_page(result, plan, boxes["signature"], missing)
