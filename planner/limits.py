"""How much a plan may hold: one number for each limit, used at every entry.

The command line, the window and plan files all refuse beyond these (naming the
field), so whatever Walkaway stores it can also export and import again. The
README's plan-file section lists them; change both together.
"""

from __future__ import annotations

#: A plan file is read up to this many bytes, never more; a longer file is refused.
MAX_PLAN_FILE_BYTES = 16 * 1024 * 1024
#: A PDF given to ``walkaway verify`` (a brief is one page: a few hundred kilobytes).
MAX_PDF_BYTES = 32 * 1024 * 1024

# -- texts, in characters (code points) -----------------------------------------------

#: Names: the title, an alternative, who signed.
TITLE_CHARS = 200
#: Other one-line texts: counterparty, unit, conditions, signal labels, who decides.
LINE_CHARS = 500
#: Notes and other texts of several lines.
NOTE_CHARS = 10_000
#: The reason given on walking away.
REASON_CHARS = 2_000
#: Texts Walkaway writes itself from several of the above (the commitment statement, the script as said).
GENERATED_CHARS = 40_000
#: All the texts of one plan together. With the lists below this keeps the largest plan's file
#: (4 bytes a character at worst, signatures, structure) well under MAX_PLAN_FILE_BYTES.
MAX_PLAN_TEXT_CHARS = 1_000_000

# -- lists -------------------------------------------------------------------------------

MAX_ALTERNATIVES = 50
MAX_CONDITIONS = 20
#: Signals of your own; the four standard ones come on top.
MAX_CUSTOM_SIGNALS = 50
MAX_SIGNALS = MAX_CUSTOM_SIGNALS + 4
MAX_ROUNDS = 500
#: Signal events noted in one round.
MAX_EVENTS = 10
#: The commitment and its revisions.
MAX_COMMITMENTS = 20
#: Snoozes and reschedules of one follow-up.
MAX_FOLLOW_UP_MOVES = 500
#: Walks of one deal (walked, reopened, walked again …): the latest plus the plan's ``history``.
MAX_WALKS = 50
#: Corrections of logged rounds (each keeps the round as it was).
MAX_CORRECTIONS = 500
#: Terms of a package besides the price (warranty, delivery, remote days …).
MAX_ISSUES = 12
#: Options of one options term (a title: Engineer, Senior, Lead …).
MAX_OPTIONS = 20
#: Characters of a term's key (what rounds and ``--term KEY=VALUE`` name it by).
ISSUE_KEY_CHARS = 40
#: A drawn signature (PNG), in bytes.
MAX_SIGNATURE_BYTES = 128 * 1024
#: A signer's certificate (DER): Walkaway's own are about 400 bytes.
MAX_CERTIFICATE_BYTES = 16 * 1024

# -- numbers -------------------------------------------------------------------------------

#: How many times a signal may be seen before it is enough to walk (the window's spin box too).
MAX_SIGNAL_THRESHOLD = 20
#: A term's weight, and the price's, in a package: from 1 to this.
MAX_WEIGHT = 100
#: Package scores, option scores and the minimum score: from 0 to this.
MAX_SCORE = 100
#: The largest whole number an id can be (SQLite's INTEGER).
MAX_ID = 2**63 - 1
