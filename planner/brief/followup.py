"""The one-page follow-up brief for a reopened deal, on the same page engine as the walk-away brief.

It carries the original walk-away point (committed before the walk) and the terms their
renewed approach must meet, why we walked, then and now (in words and on a scale), the
first-time-today question, the verdict on their renewed approach, a script for saying
yes and the script for walking again. Same guarantees: one page, space given by
priority (:data:`PRIORITY`), signed when the plan is committed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planner.brief import fonts
from planner.brief.content import (
    BODY,
    BOX,
    HEADING,
    META,
    NUMBERED,
    QUESTION,
    SMALL,
    TICK,
    TITLE,
    block_region,
    headline_role,
    point_box_painter,
    script_parts,
)
from planner.brief.document import Brief, all_user_text, brief_from_page, signature_info
from planner.brief.fit import Fixed, Part, Region, Role, Text
from planner.brief.layout import BriefLayout, BriefPage, arrange, block, brief_layout, full_row, pair_row, panel_row
from planner.brief.page import PageResult, named, paper_size, render_page
from planner.brief.priority import Block
from planner.brief.scale import Mark, draw_scale
from planner.brief.signature_block import draft_watermark, signature_painter
from planner.brief.their_side import zone_of_agreement
from planner.dates import moment_day
from planner.model import Plan, Side
from planner.money import format_money
from planner.reopen import FIRST_TIME_TODAY
from planner.then_and_now import ThenAndNow, gap_text, renewed_judgement, then_and_now

VERDICT = Role(10, bold=True, space_after=3)
#: Space is given in this order (1 first); both scripts share one rank. Blocks side by side have
#: neighbouring ranks, so a short one kept beside a taller one never outranks a block left out.
PRIORITY = {"point": 1, "why": 2, "first_time": 3, "verdict": 4, "compare": 5, "yes": 6, "again": 6, "scale": 7}


def _money(plan: Plan, value: Decimal) -> str:
    unit = f" {plan.unit}" if plan.unit else ""
    return f"{format_money(value, plan.currency)}{unit}"


def _header(plan: Plan, width: float, today: date, revision: int | None) -> Region:
    assert plan.reopened is not None
    stage = f"plan revision {revision}" if revision else "draft, not committed"
    meta = f"Reopened {moment_day(plan.reopened.at).isoformat()} · made {today.isoformat()} · {stage}"
    parts: list[Part] = [
        Text(plan.title, TITLE, prefix="Follow-up: "),
        Text(plan.counterparty or "(counterparty not named)", META, prefix="With "),
        Text("", META, prefix=meta, cuttable=False),
    ]
    return block_region("header", width, parts, label="title")


def _point(plan: Plan, view: ThenAndNow, width: float) -> Region:
    """The point committed before the walk, a revision beside it, and the terms it still sets."""
    direction = "above" if plan.side is Side.BUY else "below"
    phrase = f"Walk away {direction} {_money(plan, view.original_point)}"
    parts: list[Part] = [
        Text("", HEADING, prefix="THE WALK-AWAY POINT COMMITTED BEFORE THE WALK STILL JUDGES", cuttable=False),
        Text(phrase, headline_role(phrase, width)),
    ]
    if view.point_revised:
        reason = f" ({view.revision_reason})" if view.revision_reason else ""
        parts.append(
            Text(f"Revised since to {_money(plan, view.current_point)}{reason}", SMALL, prefix="<b>Note:</b> ")
        )
    conditions = [c for c in plan.reservation.conditions if c.strip()]
    if conditions:
        parts.append(Text("", HEADING, prefix="THEIR RENEWED APPROACH MUST ALSO MEET EACH OF THESE", cuttable=False))
        parts.extend(Text(c, TICK, prefix=f"{BOX}  ", item=True) for c in conditions)
    return block_region("point", width, parts, label="conditions", more="condition")


def _why(plan: Plan, width: float) -> Region:
    assert plan.walked is not None and plan.reopened is not None
    walked_on = moment_day(plan.walked.at).isoformat()
    parts: list[Part] = [
        Text("", HEADING, prefix=f"WHY WE WALKED ON {walked_on}", cuttable=False),
        Text(plan.walked.reason, BODY),
        Text(plan.reopened.note or "(no reason recorded)", SMALL, prefix="<b>Why it reopened:</b> "),
    ]
    if plan.history:
        earlier = ", ".join(moment_day(past.walked.at).isoformat() for past in plan.history)
        parts.append(Text(earlier, SMALL, prefix=f"<b>Walked away {len(plan.history) + 1} times; before:</b> "))
    return block_region("why", width, parts, label="why we walked")


def _scale(plan: Plan, view: ThenAndNow, width: float) -> Region:
    marks = [
        Mark(name, side.offer) for name, side in (("Then", view.then), ("Now", view.now)) if side.offer is not None
    ]
    if view.point_revised:
        marks.append(Mark("Revised point", view.current_point))
    theirs = plan.their_side.walk_away
    scale = draw_scale(
        width,
        plan,
        ours=view.original_point,
        marks=marks,
        theirs=Mark("Their walk-away (est.)", theirs) if theirs is not None else None,
        zone=zone_of_agreement(plan, view.original_point),
    )
    parts: list[Part] = [
        Text("", HEADING, prefix="THEIR OFFERS THEN AND NOW, AGAINST THE POINT", cuttable=False),
        Fixed(lambda _scale: scale.drawing),
    ]
    return block_region("scale", width, parts, label="scale")


def _compare(plan: Plan, view: ThenAndNow, width: float) -> Region:
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
    return block_region("compare", width, parts, label="then and now", more="change")


def _first_time(plan: Plan, width: float) -> Region:
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
    return block_region("first_time", width, parts, label="first-time question")


def _verdict(plan: Plan, view: ThenAndNow, width: float) -> Region:
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
    return block_region("verdict", width, parts, label="verdict", more="reason")


def _say_yes(plan: Plan, view: ThenAndNow, width: float) -> Region:
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
    return block_region("yes", width, parts, label="script for saying yes")


def _walk_again(plan: Plan, width: float) -> Region:
    parts = script_parts(plan, "IF IT FALLS SHORT: WALKING AGAIN")
    parts.append(Text("", SMALL, prefix="Same point, same words: a second walk is as calm as the first."))
    return block_region("again", width, parts, label="script for walking again")


def lay_out_follow_up(plan: Plan, frame: BriefLayout, today: date, revision: int | None) -> BriefPage:
    """Measure every block, give the space by :data:`PRIORITY` and place the rows."""
    fonts.register_fonts()  # measuring needs them
    view = then_and_now(plan)
    width, half = frame.content.width, frame.half

    def ranked(region: Region) -> Block:
        return block(region, PRIORITY)

    rows = [
        panel_row(frame, block(_point(plan, view, frame.panel), PRIORITY, droppable=False)),
        pair_row(frame, ranked(_why(plan, half)), ranked(_first_time(plan, half))),
        full_row(frame, ranked(_scale(plan, view, width))),
        pair_row(frame, ranked(_compare(plan, view, half)), ranked(_verdict(plan, view, half))),
        pair_row(frame, ranked(_say_yes(plan, view, half)), ranked(_walk_again(plan, half))),
    ]
    return arrange(frame, _header(plan, width, today, revision), rows)


def follow_up_page(plan: Plan, *, today: date, paper: str = "a4") -> PageResult:
    """The follow-up brief's page, with how its space was given (``result.allotment``)."""
    frame = brief_layout(paper)
    commitment = plan.commitment
    info = signature_info(plan)
    page = lay_out_follow_up(plan, frame, today, commitment.revision if commitment else None)
    result = render_page(
        paper,
        page.regions,
        title=f"Follow-up brief: {plan.title}",
        subject="Follow-up brief",
        keywords=f"walkaway-fingerprint:{commitment.fingerprint}" if commitment else "walkaway-draft",
        footer=f"Walkaway follow-up brief · made {today.isoformat()} · one page, keep it with you",
        before=[point_box_painter(page.point)] + ([] if info else [draft_watermark(*paper_size(paper))]),
        after=[named(signature_painter(frame.signature, info), "signature block")],
    )
    result.allotment = page.allotment
    return result


def build_follow_up_brief(plan: Plan, *, today: date, paper: str = "a4") -> Brief:
    """The follow-up brief as PDF bytes (unsigned); for a reopened deal only."""
    from planner.errors import WalkawayError

    if plan.reopened is None or plan.walked is None:
        raise WalkawayError(f"deal {plan.id} was not reopened: the follow-up brief is for reopened deals")
    extra = [plan.walked.reason, plan.reopened.note]
    missing = fonts.prepare(all_user_text(plan) + "".join(extra))
    result = follow_up_page(plan, today=today, paper=paper)
    return brief_from_page(result, plan, brief_layout(paper).signature, missing)
