"""Hypothesis strategies for valid plans, shared by the property tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from hypothesis import strategies as st

from planner.model import (
    Alternative,
    Commitment,
    FollowUpMove,
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

STANDARD = [SignalKind.BAD_FAITH, SignalKind.UNILATERAL_CONCESSIONS, SignalKind.AUTHORITY, SignalKind.SCOPE_DRIFT]

# Printable text of every script, without the control characters plan files refuse.
line = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
title = line.filter(lambda s: 1 <= len(s) <= 200)
note = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
    ),
    max_size=80,
)

amounts = st.decimals(
    min_value=Decimal("-999999999999999.9999"),
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


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    conditions = draw(st.lists(line.filter(lambda s: s.strip() != ""), max_size=4, unique=True))
    custom_labels = draw(st.lists(line.filter(lambda s: s.strip() != ""), max_size=3, unique=True))
    signals = [Signal(kind, draw(st.integers(1, 9))) for kind in STANDARD]
    signals += [Signal(SignalKind.CUSTOM, draw(st.integers(1, 9)), label) for label in custom_labels]
    event_kinds = STANDARD + ([SignalKind.CUSTOM] if custom_labels else [])

    @st.composite
    def events(d: st.DrawFn) -> SignalEvent:
        kind = d(st.sampled_from(event_kinds))
        label = d(st.sampled_from(custom_labels)) if kind is SignalKind.CUSTOM else ""
        return SignalEvent(kind, label, d(note))

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
                phase=st.sampled_from([0, 1]),
            ),
            max_size=4,
        )
    )
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
                signature_png=draw(st.none() | st.binary(min_size=1, max_size=64)),
            )
        )
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
    walked = draw(
        st.none()
        | st.builds(Walk, at=moments, reason=note, follow_up_on=st.none() | days, script_delivered=note, moves=moves)
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
        reopened=(
            draw(st.none() | st.builds(Reopen, at=moments, note=note, first_time_today=st.none() | st.booleans()))
            if walked
            else None
        ),
        their_side=TheirSide(draw(line), draw(line), draw(st.none() | amounts), draw(note)),
        commitments=commitments,
        outcome=draw(
            st.none()
            | st.builds(
                Outcome,
                status=st.sampled_from([Status.AGREED, Status.DROPPED]),
                at=moments,
                amount=st.none() | amounts,
                note=note,
            )
        ),
    )
    plan.status = status_from_content(plan)
    return plan
