r"""The checks behind :mod:`planner.plan_rules`, one per part of a plan; each yields ``Problem``\ s.

Kept apart so that :mod:`planner.plan_rules` reads as the rules' API, and so that a
single round can be checked alone (the room logs one in the time of a frame).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from planner import limits
from planner.dates import Moment, moment_sort_key
from planner.errors import WalkawayError
from planner.model import Issue, Plan, Round, Signal, SignalKind, Status, Walk
from planner.money import AmountError, check_plan_amount
from planner.text_rules import GENERATED, LABEL, LINE, NOTE, REASON, TITLE, TextRule, text_problem

_CURRENCY = re.compile(r"[A-Z]{3}")
EMPTY_ROUND = "an empty round: give at least their offer, our offer, their terms, a condition, a signal or a note"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class RuleError(WalkawayError):
    """A value that breaks a rule of the plan; ``path`` names the field (may be empty)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


# -- single rules, used at the entries and by the whole-plan check -----------------------------


def is_empty_round(round_: Round) -> bool:
    """Nothing said or seen: no offer, no terms, no unmet condition, no signal, no answer, no note."""
    return (
        round_.their_offer is None
        and round_.our_offer is None
        and not round_.unmet_conditions
        and not round_.events
        and round_.first_time_today is None
        and not round_.note.strip()
        and not round_.their_terms
    )


def outcome_problem(status: Status, amount: Decimal | None) -> str | None:
    """An agreement has its amount; a dropped deal has none."""
    if status not in (Status.AGREED, Status.DROPPED):
        return f"an outcome is agreed or dropped, not {status.value}"
    if status is Status.AGREED and amount is None:
        return "an agreement needs the agreed amount"
    if status is Status.DROPPED and amount is not None:
        return "a dropped deal has no agreed amount"
    return None


def not_before(later: Moment, earlier: Moment) -> bool:
    return moment_sort_key(later) >= moment_sort_key(earlier)


def currency_problem(code: object) -> str | None:
    if not isinstance(code, str) or not _CURRENCY.fullmatch(code):
        return "not an ISO 4217 code (three capital letters, e.g. EUR)"
    return None


# -- every text field of a plan ---------------------------------------------------------------


# -- texts --------------------------------------------------------------------------------------


def round_texts(i: int, round_: Round, where: str = "") -> Iterator[tuple[str, str, TextRule]]:
    """The texts of round ``i`` (``where``: another path for it, e.g. ``corrections[0].before``)."""
    where = where or f"rounds[{i}]"
    for j, condition in enumerate(round_.unmet_conditions):
        yield f"{where}.unmet_conditions[{j}]", condition, LINE
    for j, event in enumerate(round_.events):
        yield f"{where}.events[{j}].label", event.label, LINE
        yield f"{where}.events[{j}].note", event.note, NOTE
    yield f"{where}.note", round_.note, NOTE


def _walk_texts(where: str, walked: Walk) -> Iterator[tuple[str, str, TextRule]]:
    yield f"{where}.reason", walked.reason, REASON
    yield f"{where}.script_delivered", walked.script_delivered, GENERATED
    for i, move in enumerate(walked.moves):
        yield f"{where}.follow_up_moves[{i}].note", move.note, NOTE


def issue_texts(issues: list[Issue], where: str = "issues") -> Iterator[tuple[str, str, TextRule]]:
    """The texts of a package's terms at a path of their own: labels and units (the rest is
    planner.package_checks; option names, which are keys, are :func:`option_names`)."""
    for i, issue in enumerate(issues):
        yield f"{where}[{i}].label", issue.label, TITLE
        yield f"{where}[{i}].unit", issue.unit, LINE


def option_names(plan: Plan) -> Iterator[tuple[str, str, TextRule]]:
    """The options' names of a plan's terms and of the packages its commitments signed.

    A name is a key of its term's ``options``: its path is the path of its score
    (``issues[1].options.Senior``), so it is checked and counted with the texts but is not a
    text field one could set at a path (:func:`planner.plan_rules.text_fields` leaves it out).
    """
    packages = [("issues", plan.issues)]
    packages += [
        (f"commitments[{i}].package.issues", c.package.issues) for i, c in enumerate(plan.commitments) if c.package
    ]
    for where, issues in packages:
        for i, issue in enumerate(issues):
            for name in issue.options:
                yield f"{where}[{i}].options.{name}", name, TITLE


def texts_beside_rounds(plan: Plan) -> Iterator[tuple[str, str, TextRule]]:
    yield "title", plan.title, TITLE
    yield "counterparty", plan.counterparty, LINE
    yield "unit", plan.unit, LINE
    yield "signer", plan.signer, LINE
    for i, condition in enumerate(plan.reservation.conditions):
        yield f"reservation.conditions[{i}]", condition, LABEL
    yield "reservation.rationale", plan.reservation.rationale, NOTE
    for i, alternative in enumerate(plan.alternatives):
        yield f"alternatives[{i}].name", alternative.name, TITLE
        yield f"alternatives[{i}].notes", alternative.notes, NOTE
    for i, signal in enumerate(plan.signals):
        yield f"signals[{i}].label", signal.label, LINE
    yield "script.acknowledge", plan.script.acknowledge, NOTE
    yield "script.reason", plan.script.reason, NOTE
    yield "script.door", plan.script.door, NOTE
    yield from issue_texts(plan.issues)
    for i, past in enumerate(plan.history):
        yield from _walk_texts(f"history[{i}].walked", past.walked)
        yield f"history[{i}].reopened.note", past.reopened.note, NOTE
    if plan.walked is not None:
        yield from _walk_texts("walked", plan.walked)
    if plan.reopened is not None:
        yield "reopened.note", plan.reopened.note, NOTE
    yield "their_side.decision_maker", plan.their_side.decision_maker, LINE
    yield "their_side.at_table", plan.their_side.at_table, LINE
    yield "their_side.alternatives", plan.their_side.alternatives, NOTE
    for i, commitment in enumerate(plan.commitments):
        yield f"commitments[{i}].signer", commitment.signer, TITLE
        yield f"commitments[{i}].statement", commitment.statement, GENERATED
        yield f"commitments[{i}].reason", commitment.reason, NOTE
        for j, condition in enumerate(commitment.conditions):
            yield f"commitments[{i}].conditions[{j}]", condition, LINE
        if commitment.package is not None:
            yield from issue_texts(commitment.package.issues, f"commitments[{i}].package.issues")
    if plan.outcome is not None:
        yield "outcome.note", plan.outcome.note, NOTE
    for i, correction in enumerate(plan.corrections):
        yield from round_texts(i, correction.before, f"corrections[{i}].before")
        if correction.after is not None:
            yield from round_texts(i, correction.after, f"corrections[{i}].after")


def text_problems(texts: Iterator[tuple[str, str, TextRule]]) -> Iterator[Problem]:
    for path, text, rule in texts:
        problem = text_problem(text, rule)
        if problem:
            yield Problem(path, problem)


def text_total(plan: Plan) -> int:
    """Characters in all the texts of ``plan`` together."""
    beside = sum(len(text) for _path, text, _rule in texts_beside_rounds(plan) if isinstance(text, str))
    names = sum(len(text) for _path, text, _rule in option_names(plan) if isinstance(text, str))
    return beside + names + sum(_round_chars(r) for r in plan.rounds)


def _round_chars(round_: Round) -> int:
    chars = sum(len(c) for c in round_.unmet_conditions) + len(round_.note)
    return chars + sum(len(e.label) + len(e.note) for e in round_.events)


def budget_problem(plan: Plan) -> Iterator[Problem]:
    if text_total(plan) > limits.MAX_PLAN_TEXT_CHARS:
        yield Problem("", f"the plan holds more than {limits.MAX_PLAN_TEXT_CHARS:,} characters of text in all")


# -- lists and amounts ------------------------------------------------------------------------------


def too_many(items: Sequence[object], limit: int, path: str) -> Iterator[Problem]:
    if len(items) > limit:
        yield Problem(path, f"more than {limit} entries")


def list_problems(plan: Plan) -> Iterator[Problem]:
    yield from too_many(plan.reservation.conditions, limits.MAX_CONDITIONS, "reservation.conditions")
    yield from too_many(plan.alternatives, limits.MAX_ALTERNATIVES, "alternatives")
    custom = [s for s in plan.signals if s.kind is SignalKind.CUSTOM]
    yield from too_many(custom, limits.MAX_CUSTOM_SIGNALS, "signals")
    yield from too_many(plan.rounds, limits.MAX_ROUNDS, "rounds")
    yield from too_many(plan.history, limits.MAX_WALKS - 1, "history")
    for i, past in enumerate(plan.history):
        yield from too_many(past.walked.moves, limits.MAX_FOLLOW_UP_MOVES, f"history[{i}].walked.follow_up_moves")
    if plan.walked is not None:
        yield from too_many(plan.walked.moves, limits.MAX_FOLLOW_UP_MOVES, "walked.follow_up_moves")
    yield from too_many(plan.corrections, limits.MAX_CORRECTIONS, "corrections")
    yield from too_many(plan.commitments, limits.MAX_COMMITMENTS, "commitments")
    for i, commitment in enumerate(plan.commitments):
        yield from too_many(commitment.conditions, limits.MAX_CONDITIONS, f"commitments[{i}].conditions")
        png = commitment.signature_png
        if png is not None and len(png) > limits.MAX_SIGNATURE_BYTES:
            yield Problem(f"commitments[{i}].signature_png", f"larger than {limits.MAX_SIGNATURE_BYTES} bytes")
        elif png is not None and not png.startswith(PNG_MAGIC):
            yield Problem(f"commitments[{i}].signature_png", "not a PNG image")
        certificate = commitment.certificate
        if certificate is not None and len(certificate) > limits.MAX_CERTIFICATE_BYTES:
            yield Problem(f"commitments[{i}].certificate", f"larger than {limits.MAX_CERTIFICATE_BYTES} bytes")
        elif certificate is not None and not certificate.startswith(b"\x30"):
            yield Problem(f"commitments[{i}].certificate", "not a certificate (DER)")


def amounts_beside_rounds(plan: Plan) -> Iterator[tuple[str, Decimal | None]]:
    yield "reservation.value", plan.reservation.value
    yield "target", plan.target
    yield "opening", plan.opening
    for i, alternative in enumerate(plan.alternatives):
        yield f"alternatives[{i}].value", alternative.value
        yield f"alternatives[{i}].likelihood", alternative.likelihood
    yield "their_side.walk_away", plan.their_side.walk_away
    for i, commitment in enumerate(plan.commitments):
        yield f"commitments[{i}].reservation_value", commitment.reservation_value
    if plan.outcome is not None:
        yield "outcome.amount", plan.outcome.amount


def amount_problems(amounts: Iterator[tuple[str, Decimal | None]]) -> Iterator[Problem]:
    for path, value in amounts:
        if value is None:
            continue
        try:
            check_plan_amount(value)
        except AmountError as error:
            yield Problem(path, str(error))
            continue
        if path.endswith(".likelihood") and value > 1:
            yield Problem(path, "must be between 0 and 1")


def signal_problems(signals: Sequence[Signal]) -> Iterator[Problem]:
    """Thresholds in range, labels for custom signals only, no signal twice (labels ignoring case).

    Takes the list as written (a plan file's own order), since the plan adds and sorts the standard ones.
    """
    seen: set[str] = set()
    for i, signal in enumerate(signals):
        label = text_problem(signal.label, LINE)
        if label:
            yield Problem(f"signals[{i}].label", label)
        if isinstance(signal.threshold, bool) or not isinstance(signal.threshold, int):
            yield Problem(f"signals[{i}].threshold", "must be a whole number")
        elif not 1 <= signal.threshold <= limits.MAX_SIGNAL_THRESHOLD:
            yield Problem(f"signals[{i}].threshold", f"must be a whole number from 1 to {limits.MAX_SIGNAL_THRESHOLD}")
        if signal.kind is SignalKind.CUSTOM:
            if not signal.label.strip():
                yield Problem(f"signals[{i}]", "a custom signal needs a label")
            key = "custom:" + signal.label.casefold()  # the room matches labels ignoring case
        else:
            if signal.label:
                yield Problem(f"signals[{i}]", "only custom signals take a label")
            key = signal.kind.value
        if key in seen:
            yield Problem(f"signals[{i}]", "this signal is declared twice")
        seen.add(key)


def condition_problems(plan: Plan) -> Iterator[Problem]:
    folded: set[str] = set()
    for i, condition in enumerate(plan.reservation.conditions):
        if condition.casefold() in folded:  # the room matches conditions ignoring case
            yield Problem(f"reservation.conditions[{i}]", "listed twice")
        folded.add(condition.casefold())


def round_problems(plan: Plan, i: int, round_: Round) -> Iterator[Problem]:
    """Every rule round ``i`` of ``plan`` breaks: its texts, amounts, lists, references and phase."""
    where = f"rounds[{i}]"
    yield from too_many(round_.events, limits.MAX_EVENTS, f"{where}.events")
    yield from too_many(round_.unmet_conditions, limits.MAX_CONDITIONS, f"{where}.unmet_conditions")
    yield from text_problems(round_texts(i, round_))
    yield from amount_problems(
        iter(
            (
                (f"{where}.their_offer", round_.their_offer),
                (f"{where}.our_offer", round_.our_offer),
                (f"{where}.hours", round_.hours),
            )
        )
    )
    if is_empty_round(round_):
        yield Problem(where, EMPTY_ROUND)
    yield from phase_problems(plan, where, round_.phase)
    conditions = plan.reservation.conditions
    for j, condition in enumerate(round_.unmet_conditions):
        if condition not in conditions:
            yield Problem(f"{where}.unmet_conditions[{j}]", "not one of reservation.conditions")
        elif condition in round_.unmet_conditions[:j]:
            yield Problem(f"{where}.unmet_conditions[{j}]", "listed twice")
    for j, event in enumerate(round_.events):
        if event.kind is SignalKind.CUSTOM:
            if not any(s.kind is SignalKind.CUSTOM and s.label == event.label for s in plan.signals):
                yield Problem(f"{where}.events[{j}].label", "not the label of a declared custom signal")
        elif event.label:
            yield Problem(f"{where}.events[{j}].label", "only custom signal events take a label")


def phase_problems(plan: Plan, where: str, phase: object) -> Iterator[Problem]:
    """A round's phase: 0 before any walk, ``n`` after the ``n``-th reopening, never beyond the deal's own."""
    if isinstance(phase, bool) or not isinstance(phase, int) or phase < 0:
        yield Problem(f"{where}.phase", "must be a whole number from 0")
    elif phase > plan.current_phase:
        current = plan.current_phase
        times = {0: "was never reopened", 1: "was reopened once"}.get(current, f"was reopened {current} times")
        yield Problem(f"{where}.phase", f"there is no phase {phase}: the deal {times} (phases 0 to {current})")


def commitment_problems(plan: Plan) -> Iterator[Problem]:
    for i, commitment in enumerate(plan.commitments):
        where = f"commitments[{i}]"
        if commitment.revision != i + 1:
            yield Problem(f"{where}.revision", f"expected {i + 1}")
        if commitment.signed_at.tzinfo is None:
            yield Problem(f"{where}.signed_at", "needs a time zone")
        elif i and _aware_before(commitment.signed_at, plan.commitments[i - 1].signed_at):
            yield Problem(f"{where}.signed_at", "before the revision it revises")
        if i and not commitment.reason.strip():
            yield Problem(f"{where}.reason", "a revision needs a reason")


def _aware_before(moment: datetime, previous: datetime) -> bool:
    return previous.tzinfo is not None and moment < previous
