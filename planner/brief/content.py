"""What the walk-away brief says, block by block. All fixed texts are the product's own.

Each function returns a region of a given width; :mod:`planner.brief.layout` decides
where it goes and how much room it gets. User text goes into
:class:`~planner.brief.fit.Text` parts as ``text`` (escaped); only our own markup goes
into ``prefix``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer

from planner.brief.fit import Fixed, Part, Region, Role, Text
from planner.brief.fonts import BOLD
from planner.brief.page import Box, Painter
from planner.brief.scale import scale_drawing
from planner.brief.text import markup
from planner.brief.their_side import authority_check, zone_text
from planner.brief.words import amount_in_words
from planner.commitment import walk_away_phrase
from planner.model import Alternative, Plan, Side
from planner.money import format_money
from planner.verdict_words import SIGNAL_MEANINGS, SIGNAL_NAMES

RED = HexColor("#8C1D18")
MUTED = HexColor("#555555")
BOX = "☐"  # a tick box to mark with a pen

HEADING = Role(7.5, bold=True, color=MUTED, space_after=3)
TITLE = Role(16, bold=True, space_after=2)
META = Role(9, color=MUTED)
POINT = Role(24, bold=True, color=RED, space_after=2, leading=1.12, floor=16)
WORDS = Role(8.5, color=MUTED, space_after=5)
BODY = Role(9.5, space_after=2.5)
TICK = Role(9.5, space_after=2.5, indent=13)
SMALL = Role(8, color=MUTED, space_after=2)
RATIONALE = Role(8.5, color=HexColor("#333333"), space_after=2)
QUESTION = Role(10, bold=True, space_after=2)
NUMBERED = Role(9.5, space_after=3, indent=12)
RULE = Role(8.5, space_after=0)

#: Each standard signal on the page: its one name (as in the window and the CLI) and what it looks like.
SIGNAL_TEXT = {kind: f"{name}: {SIGNAL_MEANINGS[kind]}" for kind, name in SIGNAL_NAMES.items()}
FIRST_TIME_QUESTION = (
    "Seeing this offer for the first time today, with none of the hours already spent, would I say yes?"
)
FIRST_TIME_ANSWER = "If not, it is past my walk-away point, however much work went into it."
THREAT_RULE = (
    "<b>On threats.</b> Say you will leave only if you would stand up within sixty seconds. "
    "Otherwise press in other ways: point to your alternatives, name a specific concern, "
    "or ask for time to consult."
)
NOT_WRITTEN = "(not written yet: write it in the plan before the meeting)"
MAX_TICK_BOXES = 6


def _value(alternative: Alternative) -> Decimal:
    assert alternative.value is not None  # only priced ones are sorted
    return alternative.value


def ordered_alternatives(plan: Plan) -> list[Alternative]:
    """Best first: cheapest when buying, highest when selling; unpriced ones last, as entered."""
    priced = [a for a in plan.alternatives if a.value is not None]
    unpriced = [a for a in plan.alternatives if a.value is None]
    priced.sort(key=_value, reverse=plan.side is Side.SELL)
    return priced + unpriced


def _percent(likelihood: Decimal) -> str:
    return f"{(likelihood * 100).quantize(Decimal(1))}%"


def block_region(name: str, width: float, parts: list[Part], *, label: str, more: str = "") -> Region:
    """A region whose box the layout decides; ``more`` names the items "… and N more" counts."""
    counted = (lambda n: f"… and {n} more {more}{'s' if n > 1 else ''}: see the plan") if more else None
    return Region(name, 0.0, 0.0, width, 0.0, parts, more=counted, label=label)


def header_region(plan: Plan, width: float, today: date, revision: int | None) -> Region:
    side = "We are buying" if plan.side is Side.BUY else "We are selling"
    stage = f"plan revision {revision}" if revision else "draft, not committed"
    meta = f" · {side} · {today.isoformat()} · {stage}"
    parts: list[Part] = [
        Text(plan.title, TITLE),
        Text(plan.counterparty or "(counterparty not named)", META, prefix="With ", cuttable=True),
        Text("", META, prefix=meta.lstrip(" ·"), cuttable=False),
    ]
    return block_region("header", width, parts, label="title")


def headline_role(phrase: str, width: float) -> Role:
    """The walk-away point on one line when it can be, never below 16 pt before any squeeze."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = stringWidth(phrase, BOLD, POINT.size)
    if natural <= width:
        return POINT
    return replace(POINT, size=max(POINT.floor, POINT.size * width / natural * 0.98))


def point_region(plan: Plan, width: float) -> Region:
    """The walk-away point, in figures and in words, and every one of its conditions."""
    reservation = plan.reservation
    phrase = walk_away_phrase(plan)
    parts: list[Part] = [
        Text(phrase, headline_role(phrase, width)),
        Text(amount_in_words(reservation.value, plan.currency), WORDS, prefix="In words: "),
    ]
    conditions = [c for c in reservation.conditions if c.strip()]
    if conditions:
        parts.append(Text("", HEADING, prefix="AND WALK AWAY IF ANY OF THESE IS NOT MET", cuttable=False))
        parts.extend(Text(c, TICK, prefix=f"{BOX}  ", item=True) for c in conditions)
    return block_region("point", width, parts, label="conditions", more="condition")


def rationale_region(plan: Plan, width: float) -> Region | None:
    if not plan.reservation.rationale.strip():
        return None
    parts: list[Part] = [Text(plan.reservation.rationale, RATIONALE, prefix="<b>Why this point:</b> ")]
    return block_region("rationale", width, parts, label="why this point")


def scale_region(plan: Plan, width: float) -> Region:
    drawing = scale_drawing(plan, width).drawing  # drawn once: its size does not change with the text
    parts: list[Part] = [
        Text("", HEADING, prefix="WHERE THE POINT SITS", cuttable=False),
        Fixed(lambda _scale: drawing),
    ]
    return block_region("scale", width, parts, label="scale")


def alternatives_region(plan: Plan, width: float) -> Region:
    parts: list[Part] = [Text("", HEADING, prefix="ALTERNATIVES, BEST FIRST", cuttable=False)]
    alternatives = ordered_alternatives(plan)
    if not alternatives:
        parts.append(Text("No alternatives written down. Without one, walking away is harder: add one.", SMALL))
    for number, alt in enumerate(alternatives, start=1):
        facts = []
        if alt.value is not None:
            facts.append(format_money(alt.value, plan.currency))
        if alt.likelihood is not None:
            facts.append(f"{_percent(alt.likelihood)} likely")
        tail = f" ({', '.join(facts)})" if facts else ""
        notes = f". {alt.notes}" if alt.notes.strip() else ""
        parts.append(Text(f"{alt.name}{tail}{notes}", NUMBERED, prefix=f"<b>{number}.</b> ", item=True))
    return block_region("alternatives", width, parts, label="alternatives", more="alternative")


def their_side_region(plan: Plan, width: float) -> Region:
    """Who decides for them (the authority check) and, when estimated, their walk-away point."""
    their = plan.their_side
    parts: list[Part] = [Text("", HEADING, prefix="THEIR SIDE", cuttable=False)]
    if their.decision_maker.strip():
        parts.append(Text(their.decision_maker, BODY, prefix="<b>Who decides:</b> "))
        parts.append(Text(authority_check(plan), SMALL))
    else:
        parts.append(Text(authority_check(plan), SMALL, prefix="<b>Who decides?</b> "))
    if their.walk_away is not None:
        unit = f" {plan.unit}" if plan.unit else ""
        amount = f"{format_money(their.walk_away, plan.currency)}{unit}"
        parts.append(Text("", BODY, prefix=f"<b>Their likely walk-away point:</b> {markup(amount)}", cuttable=False))
        parts.append(Text(zone_text(plan), SMALL, prefix="<b>Zone of agreement:</b> "))
    return block_region("their_side", width, parts, label="their side")


def first_time_region(width: float) -> Region:
    parts: list[Part] = [
        Text("", HEADING, prefix="BEFORE EVERY CONCESSION, ASK", cuttable=False),
        Text("", QUESTION, prefix=FIRST_TIME_QUESTION, cuttable=False),
        Text("", SMALL, prefix=FIRST_TIME_ANSWER, cuttable=False),
    ]
    return block_region("first_time", width, parts, label="first-time question")


def signals_region(plan: Plan, width: float) -> Region:
    parts: list[Part] = [
        Text("", HEADING, prefix="SIGNALS TO WATCH: TICK EACH TIME ONE HAPPENS", cuttable=False),
    ]
    for signal in plan.signals:
        described = SIGNAL_TEXT.get(signal.kind, signal.label)
        boxes = " ".join([BOX] * min(signal.threshold, MAX_TICK_BOXES))
        more = f" (+{signal.threshold - MAX_TICK_BOXES})" if signal.threshold > MAX_TICK_BOXES else ""
        times = "once" if signal.threshold == 1 else f"{signal.threshold} times"
        parts.append(
            Text(f"{described} (consider walking at {times})", BODY, prefix=f"<b>{boxes}{more}</b>  ", item=True)
        )
    return block_region("signals", width, parts, label="signals", more="signal")


def script_parts(plan: Plan, heading: str) -> list[Part]:
    """The three-part walk-away script under ``heading``; a part not yet written says so."""
    script = plan.script
    steps = (
        ("1. Acknowledge", script.acknowledge),
        ("2. The specific reason", script.reason),
        ("3. Leave the door open", script.door),
    )
    parts: list[Part] = [Text("", HEADING, prefix=heading, cuttable=False)]
    parts.extend(Text(text.strip() or NOT_WRITTEN, NUMBERED, prefix=f"<b>{label}:</b> ") for label, text in steps)
    return parts


def script_region(plan: Plan, width: float) -> Region:
    parts = script_parts(plan, "IF YOU WALK: SAY IT IN THREE PARTS")
    parts.append(Fixed(lambda scale: Spacer(0, 3 * scale)))
    parts.append(Text("", RULE, prefix=THREAT_RULE, cuttable=False))
    return block_region("script", width, parts, label="script")


def point_box_painter(box: Box) -> Painter:
    """A light tint and a bar behind the walk-away point: the eye finds it first."""

    def paint(canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(RED, alpha=0.06)
        canvas.roundRect(box.x, box.y, box.width, box.height, 5, stroke=0, fill=1)
        canvas.setFillColor(RED)
        canvas.rect(box.x, box.y, 3.5, box.height, stroke=0, fill=1)
        canvas.restoreState()

    return paint
