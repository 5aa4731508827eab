"""One verdict, from one engine, on every screen (issue 15): a deal walked away from twice and
reopened twice, whose renewed offer clears the point while a bad-faith episode before the first
walk still counts. The banner, the rounds table, the After-the-walk section (then and now), the
follow-up brief, the walking record and ``walkaway assess`` must all say the same thing."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
from followup_helpers import TODAY, walked_plan
from helpers import run_cli

from planner.brief.followup import build_follow_up_brief
from planner.model import Plan, SignalEvent, SignalKind, Status
from planner.reopen import reopened_plan
from planner.room import add_round, make_round, record_walk
from planner.services import walking_record as store_walking_record
from planner.store import Store
from planner.verdict import Verdict, assess
from planner.verdict_words import VERDICT_TITLES
from ui.after_walk.feature import FollowUpsFeature
from ui.common.verdict_text import verdict_title, verdict_word
from ui.room.feature import RoomFeature
from ui.room.rounds_model import VERDICT
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow


def reopened_twice() -> Plan:
    start = TODAY - timedelta(days=30)
    plan = walked_plan("Licences", None, walked_days_ago=30)
    plan.rounds[0].events.append(SignalEvent(SignalKind.BAD_FAITH))  # before the first walk
    plan = reopened_plan(plan, at=start + timedelta(days=3), note="New budget", today=TODAY)
    add_round(plan, make_round(plan, at=start + timedelta(days=4), today=TODAY, their_offer=D("43500"), final=True))
    record_walk(plan, reason="Given a final 43,500 against our 42,000, no.", at=start + timedelta(days=5), today=TODAY)
    plan = reopened_plan(plan, at=start + timedelta(days=10), note="They called back", today=TODAY)
    add_round(plan, make_round(plan, at=start + timedelta(days=11), today=TODAY, their_offer=D("41800")))
    return plan


def test_every_screen_shows_the_same_verdict(qtbot, db_path: Path) -> None:
    with Store(db_path) as store:
        deal = store.add_plan(reopened_twice())
        stored = store.get_plan(deal)
        record = store_walking_record(store)
    assert stored.status is Status.REOPENED and len(stored.history) == 1
    verdict = assess(stored).verdict
    # Inside the point (headroom 200), but the bad faith before the first walk still counts.
    assert verdict is Verdict.CONSIDER

    # `walkaway assess`
    data = json.loads(run_cli("assess", deal, "--json", "--db", db_path).stdout)
    # (and the authority problem seen twice before the first walk, at its line of 2)
    reasons = ["signal:bad_faith", "signal:authority"]
    assert (data["verdict"], data["reasons"], data["headroom"]) == ("consider", reasons, "200")

    # The follow-up brief.
    brief = build_follow_up_brief(stored, today=TODAY)
    with pdfplumber.open(io.BytesIO(brief.pdf)) as document:
        text = " ".join((document.pages[0].extract_text() or "").split())
    assert f"{VERDICT_TITLES[verdict]}:" in text
    assert not any(f"{title}:" in text for v, title in VERDICT_TITLES.items() if v is not verdict)

    # The walking record: both resumptions, the open one with the verdict.
    assert [(d.walk_number, d.verdict) for d in record.resumed] == [(1, None), (2, verdict)]

    # The window: banner, rounds table, After the walk, the walking record view.
    window = MainWindow(PlanController(db_path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    room = window.findChild(RoomFeature, "roomFeature")
    after = window.findChild(FollowUpsFeature, "followUpsFeature")
    room.set_today(lambda: TODAY)
    window.controller.select_deal(deal)
    assert room.banner.title_label.text() == verdict_title(verdict)
    model = room.section.model
    assert model.index(model.rowCount() - 1, VERDICT).data() == verdict_word(verdict)
    assert after.section.then_and_now.verdict.text().startswith(f"{verdict_title(verdict)}: ")
    story = after.section.story.text()
    assert story.count("You walked away on") == 2 and story.count("Reopened on") == 2
    after.show_tab(1)
    assert after.walking_record_view is not None
    assert f"Licences (walk 2): {verdict_word(verdict)}" in after.walking_record_view.open_deals.text()
    window.close()
