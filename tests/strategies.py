"""Hypothesis strategies for valid plans, shared by the property tests.

Valid means: keeps every rule of :mod:`planner.plan_rules`, so a generated plan is one the
command line or the window could have written (no negative amounts, no empty rounds, an
outcome only after a walk, and so on).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from hypothesis import strategies as st

from planner.dates import moment_day, moment_sort_key
from planner.model import (
    Alternative,
    Commitment,
    FollowUpMove,
    Issue,
    IssueKind,
    Outcome,
    Plan,
    Reopen,
    Reservation,
    Round,
    Script,
    Side,
    Signal,
    SignalEvent,
    SignalKind,
    Status,
    TheirSide,
    Walk,
    status_from_content,
)
from planner.plan_rules import is_empty_round

STANDARD = [SignalKind.BAD_FAITH, SignalKind.UNILATERAL_CONCESSIONS, SignalKind.AUTHORITY, SignalKind.SCOPE_DRIFT]

# Printable text of every script, without the control characters (C0, DEL, C1) plans refuse;
# notes may also hold a newline and a tab.
line = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40)
title = line.filter(lambda s: s.strip() != "")
note = st.text(st.characters(exclude_categories=("Cc", "Cs"), include_characters="\n\t"), max_size=80)
reason = note.filter(lambda s: s.strip() != "")
png = st.binary(min_size=0, max_size=56).map(lambda tail: b"\x89PNG\r\n\x1a\n" + tail)

amounts = st.decimals(
    min_value=Decimal("0"),
    max_value=Decimal("999999999999999.9999"),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)
fractions = st.decimals(min_value=0, max_value=1, places=2)
hours = st.decimals(min_value=0, max_value=1000, places=2)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
moments = st.one_of(
    days,
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
)


# -- packages (issue 19) ---------------------------------------------------------------------

weights = st.decimals(min_value=1, max_value=100, places=2)
scores = st.decimals(min_value=0, max_value=100, places=1)
term_numbers = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False)
keys = st.from_regex(r"[a-z_][a-z0-9_.-]{0,11}", fullmatch=True).filter(lambda k: k != "price")


@st.composite
def issues(draw: st.DrawFn, max_size: int = 4) -> list[Issue]:
    """Valid terms: unique keys (ignoring case), number terms with best != worst, options scored 0..100."""
    found: list[Issue] = []
    for key in draw(st.lists(keys, min_size=1, max_size=max_size, unique_by=str.casefold)):
        weight = draw(weights)
        if draw(st.booleans()):
            best, worst = draw(st.lists(term_numbers, min_size=2, max_size=2, unique=True))
            found.append(Issue(key, draw(title), IssueKind.NUMBER, weight, best=best, worst=worst, unit=draw(line)))
        else:
            names = draw(st.lists(title, min_size=1, max_size=4, unique_by=str.casefold))
            options = {name: draw(scores) for name in names}
            found.append(Issue(key, draw(title), IssueKind.OPTIONS, weight, options=options))
    return found


@st.composite
def term_values(draw: st.DrawFn, terms: list[Issue]) -> dict:
    """Their terms in a round: some of the plan's terms, each with a value it takes."""
    chosen = draw(st.lists(st.sampled_from(terms), unique_by=lambda i: i.key) if terms else st.just([]))
    return {
        i.key: draw(st.sampled_from(list(i.options))) if i.kind is IssueKind.OPTIONS else draw(term_numbers)
        for i in chosen
    }


def _not_before(moment, earliest):
    """``moment``, or ``earliest`` when ``moment`` would come first (a reopening after the walk)."""
    return moment if moment_sort_key(moment) >= moment_sort_key(earliest) else earliest


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    conditions = draw(st.lists(title, max_size=4, unique_by=str.casefold))
    custom_labels = draw(st.lists(title, max_size=3, unique_by=str.casefold))
    signals = [Signal(kind, draw(st.integers(1, 9))) for kind in STANDARD]
    signals += [Signal(SignalKind.CUSTOM, draw(st.integers(1, 9)), label) for label in custom_labels]
    event_kinds = STANDARD + ([SignalKind.CUSTOM] if custom_labels else [])

    @st.composite
    def events(d: st.DrawFn) -> SignalEvent:
        kind = d(st.sampled_from(event_kinds))
        label = d(st.sampled_from(custom_labels)) if kind is SignalKind.CUSTOM else ""
        return SignalEvent(kind, label, d(note))

    moves = st.lists(
        st.builds(
            FollowUpMove,
            at=days.map(lambda d: datetime.combine(d, time(9, 30), tzinfo=UTC)),
            from_date=st.none() | days,
            to_date=days,
            note=note,
        ),
        max_size=3,
    )
    walked = draw(st.none() | st.builds(Walk, at=moments, reason=reason, script_delivered=note, moves=moves))
    if walked is not None:
        walked.follow_up_on = draw(st.none() | days.filter(lambda d: d >= moment_day(walked.at)))
        # Moves as snoozing records them: after the walk, each from the date in force to another one.
        chain, current = [], walked.follow_up_on
        for move in walked.moves:
            when = max(move.at, datetime.combine(moment_day(walked.at), time(9, 30), tzinfo=UTC))
            if move.to_date == current or move.to_date < moment_day(walked.at):
                continue
            chain.append(FollowUpMove(at=when, from_date=current, to_date=move.to_date, note=move.note))
            current = move.to_date
        walked.moves = chain
        walked.follow_up_on = current
    reopened = None
    if walked is not None and draw(st.booleans()):
        reopened = Reopen(
            at=_not_before(draw(moments), walked.at), note=draw(note), first_time_today=draw(st.none() | st.booleans())
        )
    rounds = draw(
        st.lists(
            st.builds(
                Round,
                at=moments,
                their_offer=st.none() | amounts,
                our_offer=st.none() | amounts,
                unmet_conditions=st.lists(st.sampled_from(conditions), unique=True) if conditions else st.just([]),
                events=st.lists(events(), max_size=3),
                first_time_today=st.none() | st.booleans(),
                hours=st.none() | hours,
                note=note,
                phase=st.sampled_from([0, 1] if reopened is not None else [0]),
            ).filter(lambda r: not is_empty_round(r)),
            max_size=4,
        )
    )
    terms = draw(st.just([]) | issues())
    for round_ in rounds:
        round_.their_terms = draw(term_values(terms))
    reservation_value = draw(amounts)
    side = draw(st.sampled_from(list(Side)))
    commitments = []
    if draw(st.booleans()):
        commitments.append(
            Commitment(
                revision=1,
                signer=draw(title),
                signed_at=datetime.combine(draw(days), time(12, 0), tzinfo=UTC),
                fingerprint="ab" * 32,
                statement=draw(note),
                reservation_value=reservation_value,
                conditions=list(conditions),
                side=side,
                signature_png=draw(st.none() | png),
            )
        )
    outcome = None
    if walked is not None and draw(st.booleans()):
        status = Status.AGREED if reopened is not None and draw(st.booleans()) else Status.DROPPED
        started = reopened.at if reopened is not None else walked.at
        outcome = Outcome(
            status=status,
            at=_not_before(draw(moments), started),
            amount=draw(amounts) if status is Status.AGREED else None,
            note=draw(note),
        )
    plan = Plan(
        title=draw(title),
        counterparty=draw(line),
        side=side,
        currency=draw(st.sampled_from(["EUR", "USD", "GBP", "JPY", "CHF"])),
        unit=draw(line),
        signer=draw(line),
        reservation=Reservation(reservation_value, conditions, draw(note), draw(st.none() | moments)),
        target=draw(st.none() | amounts),
        opening=draw(st.none() | amounts),
        alternatives=draw(
            st.lists(
                st.builds(
                    Alternative, name=title, value=st.none() | amounts, likelihood=st.none() | fractions, notes=note
                ),
                max_size=4,
            )
        ),
        signals=signals,
        script=Script(draw(note), draw(note), draw(note)),
        rounds=rounds,
        walked=walked,
        reopened=reopened,
        their_side=TheirSide(draw(line), draw(line), draw(st.none() | amounts), draw(note)),
        commitments=commitments,
        outcome=outcome,
        issues=terms,
        price_weight=draw(weights) if terms else None,
    )
    if terms:
        plan.reservation.min_score = draw(st.none() | scores)
    for commitment in plan.commitments:
        commitment.package = plan.package_definition()
    plan.status = status_from_content(plan)
    return plan
