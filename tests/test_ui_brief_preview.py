"""The live preview (built off the GUI thread), printing and Export brief…."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefs import NOW, TODAY, commit_here, lease_plan, page_count, pdf_text

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from planner.signing.verify import Verdict, verify_pdf
from ui.brief.export import export_brief_as
from ui.brief.preview import BriefPreview
from ui.brief.printing import open_print_dialog, open_print_preview, paint_pdf
from ui.tasks import BRIEF, SyncTasks


def _preview(qtbot) -> BriefPreview:
    preview = BriefPreview(today=lambda: TODAY)
    qtbot.addWidget(preview)
    preview.resize(520, 720)
    preview.show()
    return preview


def test_preview_shows_the_brief_after_edits(qtbot) -> None:
    preview = _preview(qtbot)
    plan = lease_plan()
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        for letter in "Office lease renewal 2027":  # typing: each key restarts the wait
            plan.title = plan.title + letter
            preview.show_plan(plan)
    assert preview._generation == 1  # one build for the whole burst
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == 1
    assert "renewal 2027" in pdf_text(preview.pdf)
    assert preview.view.document() is preview.document


def test_preview_builds_on_a_worker_and_keeps_the_latest(qtbot) -> None:
    preview = _preview(qtbot)
    plan = lease_plan()
    plan.title = "First"
    preview.show_plan(plan)
    preview.refresh_now()
    second = lease_plan()
    second.title = "Second"
    preview.show_plan(second)
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        preview.refresh_now()
    preview.wait_for_builds()
    qtbot.wait(50)  # let any queued, stale result arrive: it must be ignored
    assert "Second" in pdf_text(preview.pdf)
    assert "First" not in pdf_text(preview.pdf)


def test_preview_reports_a_failed_build(qtbot) -> None:
    preview = _preview(qtbot)
    preview.show_plan(lease_plan())
    with qtbot.waitSignal(preview.failed, timeout=60_000):
        preview.set_paper("a3")
    assert "unknown paper" in preview.status.text()


def test_paint_pdf_prints_the_same_single_page(qtbot, tmp_path: Path) -> None:
    from planner.brief.document import build_brief

    pdf = build_brief(lease_plan(), today=TODAY).pdf
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(pdf, printer) == 1
    assert page_count((tmp_path / "printed.pdf").read_bytes()) == 1
    assert paint_pdf(b"not a pdf", printer) == 0


def test_print_and_preview_dialogs_open_without_blocking(qtbot) -> None:
    from planner.brief.document import build_brief

    pdf = build_brief(lease_plan(), today=TODAY).pdf
    preview = open_print_preview(pdf)
    qtbot.waitExposed(preview)
    preview.close()
    dialog = open_print_dialog(pdf)
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_export_brief_as(qtbot, tmp_path: Path) -> None:
    plan = lease_plan()
    commit_here(plan, "Sam Rivera", NOW)
    asked: list[str] = []
    written: list[object] = []
    tasks = SyncTasks()

    def choose(_parent, suggested: str, chosen) -> None:
        asked.append(suggested)
        chosen(tmp_path / "lease.pdf")

    export_brief_as(plan, now=NOW, tasks=tasks, done=written.append, failed=written.append, choose=choose)
    assert asked == ["Office-lease-renewal-brief.pdf"]
    assert len(written) == 1 and written[0].signed
    assert tasks.queues == [BRIEF]  # signed and written off the GUI thread, one at a time with ReportLab
    assert verify_pdf(tmp_path / "lease.pdf").verdict is Verdict.INTACT
    export_brief_as(plan, now=NOW, tasks=tasks, done=written.append, failed=written.append, choose=lambda *_: None)
    assert len(written) == 1  # cancelled: nothing written, nothing reported


def test_preview_today_is_injected(qtbot) -> None:
    preview = BriefPreview(today=lambda: date(2030, 1, 2))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        preview.show_plan(lease_plan())
        preview.refresh_now()
    assert "2030-01-02" in pdf_text(preview.pdf)


def test_a_reopened_deal_previews_its_follow_up_brief(qtbot) -> None:
    from followup_helpers import walked_plan

    from planner.reopen import reopened_plan

    plan = reopened_plan(walked_plan("Annual software licences", TODAY), at=TODAY, note="They called back", today=TODAY)
    preview = _preview(qtbot)
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        preview.show_plan(plan)
    assert "Walkaway follow-up brief" in pdf_text(preview.pdf)  # as `walkaway brief` makes for it


def test_another_deal_is_previewed_without_the_typing_pause(qtbot) -> None:
    preview = _preview(qtbot)
    first, second = lease_plan(), lease_plan()
    first.id, second.id = 1, 2
    second.title = "Warehouse lease"
    with qtbot.waitSignal(preview.refreshed, timeout=60_000):
        preview.show_plan(first)
    preview.show_plan(second)
    assert not preview._timer.isActive()  # built now, not after the pause typing gets
    qtbot.waitUntil(lambda: preview.brief_for(second, TODAY, preview._paper) is not None, timeout=60_000)
    assert "Warehouse lease" in pdf_text(preview.pdf)
