"""The walk-away script, checked before it is said, and the reason suggested from the verdict.

A good walk is calm, specific and leaves the door open. :func:`check_script` points out
what would undo that (a threat, an accusation, blame, an insult, an ultimatum dressed up as
a walk, a vague reason, a closed door), each with a suggestion. The checks are advice: the user may still
go ahead. Everything here is pure text in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from planner.model import Plan, Script, SignalKind
from planner.money import amount_to_text, format_money
from planner.verdict import CONDITIONS_UNMET, FINAL_OFFER, PACKAGE_BELOW_MINIMUM, PRICE_PAST_RESERVATION, Assessment

ACKNOWLEDGE, REASON, DOOR = "acknowledge", "reason", "door"
PARTS = (ACKNOWLEDGE, REASON, DOOR)


@dataclass(frozen=True, slots=True)
class Problem:
    # ultimatum | threat | accusation | blame | insult | vague_reason | no_reason | no_door | no_acknowledgement
    code: str
    part: str  # which part of the script: acknowledge, reason or door
    message: str
    suggestion: str
    phrase: str = ""  # the words that caused it, as written
    start: int = -1  # where in the part's text, for highlighting
    end: int = -1


# Each pattern is matched case-insensitively on word boundaries; apostrophes may be straight or curly.
_ULTIMATUMS = (
    r"final offer",
    r"take it or leave it",
    r"or else",
    r"last chance",
    r"non[- ]?negotiable",
    r"(?:this|it) is your last",
    r"you have until",
    r"unless you (?:agree|accept|sign|drop|lower|raise|pay|match)",
    r"(?:now|today) or never",
    r"best and final",
)
_THREATS = (
    r"you(?:'ll| will) regret",
    r"you(?:'ll| will) be sorry",
    r"(?:we|i)(?:'ll| will) (?:sue|take legal action|make sure everyone)",
    r"(?:our|my) lawyers?",
    r"(?:we|i)(?:'ll| will) (?:tell|warn) (?:everyone|others|the market)",
    r"(?:bad|negative) review",
    r"you(?:'ll| will) never (?:work|do business)",
    r"watch your back",
)
_ACCUSATIONS = (
    r"you lied",
    r"you(?:'re| are) lying",
    r"liars?",
    r"dishonest",
    r"you cheated",
    r"you tricked",
    r"you misled",
    r"(?:a |total )?scam",
    r"rip(?:ping|ped)? (?:us|me) off",
    r"in bad faith",
    r"your bad faith",
)
# Blame: who is at fault, instead of what happened.
_BLAME = (
    r"you people",
    r"wast(?:ed|ing) (?:my|our|everyone's) time",
    r"a waste of (?:my|our) time",
    r"you (?:always|never)\b",
    r"(?:it's|it is|that's|that is) your fault",
    r"your fault",
    r"because of you\b",
    r"thanks to you\b",
    r"you ruined",
    r"you(?:'ve| have) made (?:this|it) (?:impossible|difficult)",
    r"shame on you",
    r"you should be ashamed",
)
_INSULTS = (
    r"idiot(?:s|ic)?\b",
    r"stupid",
    r"moron(?:s|ic)?\b",
    r"clowns?\b",
    r"pathetic",
    r"useless",
    r"amateur(?:s|ish)?\b",
    r"incompetent",
    r"clueless",
    r"unprofessional",
    r"greedy",
    r"ridiculous",
    r"laughable",
    r"insulting",
    r"a joke\b",
    r"joke of an?\b",
)
_DOOR_WORDS = (
    r"reach out",
    r"get in touch",
    r"call (?:me|us)",
    r"contact (?:me|us)",
    r"revisit",
    r"talk again",
    r"speak again",
    r"come back",
    r"open to",
    r"(?:glad|happy|pleased) to",
    r"in (?:the )?future",
    r"if (?:\w+ ){0,4}(?:change|changes|move|moves)",
    r"door",
    r"pick (?:this|it) up",
    r"let me know",
)


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE)


_ULTIMATUM_RE = _pattern(_ULTIMATUMS)
_THREAT_RE = _pattern(_THREATS)
_ACCUSATION_RE = _pattern(_ACCUSATIONS)
_BLAME_RE = _pattern(_BLAME)
_INSULT_RE = _pattern(_INSULTS)
_DOOR_RE = _pattern(_DOOR_WORDS)
_WORD_RE = re.compile(r"[^\W_]{4,}", re.UNICODE)
_FIGURE_RE = re.compile(r"\d")
# Counted or dated facts ("asked twice", "since March") are concrete even without a figure.
_FACT_RE = re.compile(
    r"\b(?:once|twice|times|january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _normal(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


_ADVICE = {
    "ultimatum": (
        "'{phrase}' makes the walk sound like one more demand.",
        "Say plainly that you are stepping back, and why; leave out the last-chance wording.",
    ),
    "threat": (
        "'{phrase}' reads as a threat.",
        "Drop it: the walk itself is the message. State the reason and leave the door open.",
    ),
    "accusation": (
        "'{phrase}' accuses the other side.",
        "Describe what happened instead of judging them, e.g. 'the price moved twice after we agreed it'.",
    ),
    "blame": (
        "'{phrase}' puts the blame on them.",
        "Say what happened and what it means for you, e.g. 'after three meetings we are still EUR 4,000 apart'.",
    ),
    "insult": (
        "'{phrase}' is an insult.",
        "Take it out: it is what they would remember, instead of your reason.",
    ),
}
_PHRASE_CHECKS = (
    ("ultimatum", _ULTIMATUM_RE),
    ("threat", _THREAT_RE),
    ("accusation", _ACCUSATION_RE),
    ("blame", _BLAME_RE),
    ("insult", _INSULT_RE),
)


def _phrase_problems(part: str, text: str) -> list[Problem]:
    found: list[Problem] = []
    normal = _normal(text)
    for code, pattern in _PHRASE_CHECKS:
        for match in pattern.finditer(normal):
            phrase = text[match.start() : match.end()].strip()
            message, suggestion = _ADVICE[code]
            found.append(
                Problem(code, part, message.format(phrase=phrase), suggestion, phrase, match.start(), match.end())
            )
    return found


def _lower_first(text: str) -> str:
    """'Net 30 payment' -> 'net 30 payment' inside a sentence; a letter whose lower case is two
    characters (Turkish 'İ' -> 'i̇') is kept, or the user's word would no longer match itself."""
    first = text[:1].lower()
    return (first if len(first) == 1 else text[:1]) + text[1:]


def names_a_condition(text: str, conditions: Sequence[str]) -> bool:
    """True when most of the longer words of one of ``conditions`` appear in ``text``."""
    words = {w.casefold() for w in _WORD_RE.findall(text)}
    for condition in conditions:
        wanted = {w.casefold() for w in _WORD_RE.findall(condition)}
        if wanted and len(wanted & words) * 2 >= len(wanted):
            return True
        # A condition without longer words ("VAT", "Q3") has to appear as written.
        if not wanted and condition.strip() and condition.strip().casefold() in text.casefold():
            return True
    return False


def is_concrete(text: str, conditions: Sequence[str] = ()) -> bool:
    """A reason is concrete when it names an amount, a figure, a counted or dated fact, or a condition."""
    return bool(_FIGURE_RE.search(text) or _FACT_RE.search(text)) or names_a_condition(text, conditions)


def check_script(script: Script, conditions: Sequence[str] = (), suggested_reason: str = "") -> list[Problem]:
    """Everything worth changing before the script is said; an empty list means it reads well."""
    problems: list[Problem] = []
    for part in PARTS:
        problems.extend(_phrase_problems(part, getattr(script, part)))
    suggestion = f"For example: '{suggested_reason}'" if suggested_reason else ""
    reason = script.reason.strip()
    if not reason:
        problems.append(
            Problem(
                "no_reason",
                REASON,
                "There is no reason: without one, the walk invites a round of guessing.",
                suggestion or "Name the amount, the condition or the fact that ends it: 'Given …, we cannot go ahead.'",
            )
        )
    elif not is_concrete(reason, conditions):
        problems.append(
            Problem(
                "vague_reason",
                REASON,
                "The reason is vague: it names no amount, condition or fact, so it invites argument.",
                suggestion or "Name the amount, the condition or the fact: 'Given a price of …, we cannot go ahead.'",
            )
        )
    door = script.door.strip()
    if not door or not _DOOR_RE.search(_normal(door)):
        problems.append(
            Problem(
                "no_door",
                DOOR,
                "The door is not left open." if door else "There is no closing line that leaves the door open.",
                "Close with an invitation, e.g. 'If anything changes on your side, call me; I would be glad to talk.'",
            )
        )
    if not script.acknowledge.strip():
        problems.append(
            Problem(
                "no_acknowledgement",
                ACKNOWLEDGE,
                "Nothing acknowledges what the other side did well.",
                "Start with something true and specific you valued, e.g. the time they gave or the work they put in.",
            )
        )
    return problems


def script_text(script: Script) -> str:
    """The three parts as they are said, one paragraph each."""
    return "\n\n".join(part.strip() for part in (script.acknowledge, script.reason, script.door) if part.strip())


# -- the suggested reason -------------------------------------------------------

#: The suggested reason is at most this many words: short enough to say calmly, in one breath.
MAX_REASON_WORDS = 30
_FRAME = ("Given ", ", we are not going to be able to move forward.")
_SIGNAL_FACTS = {
    SignalKind.BAD_FAITH: "agreed points reopened {n}",
    SignalKind.UNILATERAL_CONCESSIONS: "concessions asked {n} with nothing offered in return",
    SignalKind.AUTHORITY: "agreements overridden {n} by someone not at the table",
    SignalKind.SCOPE_DRIFT: "the scope growing {n} with no change in price",
}


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def _money(plan: Plan, value: Decimal) -> str:
    return format_money(value, plan.currency) + (f" {plan.unit}" if plan.unit else "")


def reason_facts(plan: Plan, assessment: Assessment) -> list[str]:
    """The concrete facts behind the verdict, most important first, each a short phrase."""
    facts: list[str] = []
    if PRICE_PAST_RESERVATION in assessment.reasons and assessment.their_offer is not None:
        # Never "final offer" in our own words: the check rightly reads that as an ultimatum.
        what = "their last price" if FINAL_OFFER in assessment.reasons else "a price"
        limit = "our limit" if plan.side.value == "buy" else "our minimum"
        facts.append(
            f"{what} of {_money(plan, assessment.their_offer)} against {limit} of {_money(plan, assessment.point)}"
        )
    if CONDITIONS_UNMET in assessment.reasons:
        unmet = [_lower_first(c) for c in assessment.unmet_conditions]
        facts.append("no agreement on " + " or ".join(unmet))
    score, minimum = assessment.package_score, assessment.min_score
    if PACKAGE_BELOW_MINIMUM in assessment.reasons and score is not None and minimum is not None:
        # A figure keeps it concrete (check_script asks for one): the terms together, scored against the minimum.
        facts.append(f"the terms together, at {score} against the {amount_to_text(minimum)} we need")
    for signal in assessment.triggered_signals:
        if signal.kind is SignalKind.CUSTOM:
            facts.append(f"{_lower_first(signal.label)} ({_times(signal.count)})")
        else:
            facts.append(_SIGNAL_FACTS[signal.kind].format(n=_times(signal.count)))
    return facts


def _words(text: str) -> int:
    return len(text.split())


def _joined(facts: list[str]) -> str:
    return facts[0] if len(facts) == 1 else ", ".join(facts[:-1]) + " and " + facts[-1]


def suggest_reason(plan: Plan, assessment: Assessment) -> str:
    """A calm 'Given X, we are not going to be able to move forward.' from the verdict, in at most
    :data:`MAX_REASON_WORDS` words: the most important facts that fit (the price, the unmet
    condition, the signal), never who is to blame.

    Falls back to the reason written in the plan when the verdict names nothing concrete.
    """
    facts = reason_facts(plan, assessment)
    if not facts:
        return plan.script.reason.strip()
    room = MAX_REASON_WORDS - _words(_FRAME[0] + _FRAME[1])
    while len(facts) > 1 and _words(_joined(facts)) > room:
        facts.pop()
    fact = _joined(facts)
    if _words(fact) > room:  # one long condition: its first words, which still name it
        fact = " ".join(fact.split()[: room - 1]) + " …"
    return f"{_FRAME[0]}{fact}{_FRAME[1]}"
