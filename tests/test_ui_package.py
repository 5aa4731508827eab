"""The Package section (issue 19) and the quick plan's optional step, on the real window and a real file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import ROOT, file_digest
from ui_drawing import signature

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWizard

from planner.commitment import Integrity, check_integrity
from planner.model import IssueKind, PackageDefinition, Plan, Status
from planner.package import what_it_takes_text
from planner.plans.files import read_plan_file
from planner.services import signed_commitment
from planner.store import Store
from ui.brief.commit_lock import CommitBanner
from ui.brief.revise_dialog import ReviseDialog
from ui.common.amount_edit import AmountEdit
from ui.deals.quick_plan import QuickPlanWizard
from ui.editor.package import PackageSection
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 27)
DATA = ROOT / "tests" / "data"


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale.c())


def example(name: str, *, planning: bool = True) -> Plan:
    plan = read_plan_file(DATA / f"package-{name}.walkaway.json")
    if planning:  # the plan before the talks: no rounds yet
        plan.rounds, plan.status = [], Status.PLANNING
    return plan


def stored(db_path: Path, *plans: Plan) -> list[int]:
    with Store(db_path) as store:
        return store.add_plans(list(plans))


def open_window(qtbot, path: Path, deal_id: int | None = None) -> MainWindow:
    window = MainWindow(PlanController(path, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.refresh_deal_list()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the focus needs the active window
    if deal_id is not None:
        window.controller.select_deal(deal_id)
        window.editor.show_section("package")
    return window


def section(window: MainWindow) -> PackageSection:
    found = window.editor.section("package")
    assert isinstance(found, PackageSection)
    return found


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    if isinstance(widget, AmountEdit):
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def edit_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    view.setCurrentIndex(view.model().index(row, column))
    view.edit(view.currentIndex())
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClick(editors[0], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def saved(db_path: Path, deal_id: int) -> Plan:
    with Store(db_path) as store:
        return store.get_plan(deal_id)


# -- the Package section ------------------------------------------------------------------


def test_terms_defined_in_the_section_are_saved_and_shown_again(qtbot, db_path: Path) -> None:
    plan = example("car")
    plan.issues, plan.price_weight, plan.reservation.min_score = [], None, None
    (deal,) = stored(db_path, plan)
    window = open_window(qtbot, db_path, deal)
    package = section(window)
    assert package.empty.isVisibleTo(package) and not package.weights_box.isVisibleTo(package)

    qtbot.mouseClick(package.add_button, Qt.MouseButton.LeftButton)
    form = package.term_form
    assert form.label_edit.hasFocus(), "a new term: the cursor is in its name"
    qtbot.keyClicks(form.label_edit, "Warranty")
    assert form.key_edit.text() == "warranty", "the key follows the name"
    type_into(qtbot, form.best, "5")
    type_into(qtbot, form.worst, "1")
    type_into(qtbot, form.unit, "years")

    qtbot.mouseClick(package.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.label_edit, "Colour")
    form.kind.setCurrentIndex(form.kind.findData(IssueKind.OPTIONS))
    assert form.options.isVisibleTo(form) and not form.best.isVisibleTo(form)
    edit_cell(qtbot, form.options, 0, 0, "Blue")
    edit_cell(qtbot, form.options, 1, 0, "Grey")
    edit_cell(qtbot, form.options, 1, 1, "40")
    type_into(qtbot, package.minimum, "55")
    window.close()  # the pending edit is written

    plan = saved(db_path, deal)
    warranty, colour = plan.issues
    assert (warranty.key, warranty.label, warranty.kind, warranty.unit) == (
        "warranty",
        "Warranty",
        IssueKind.NUMBER,
        "years",
    )
    assert (warranty.best, warranty.worst, warranty.weight) == (Decimal(5), Decimal(1), Decimal(25))
    assert (colour.key, colour.kind, colour.options) == ("colour", IssueKind.OPTIONS, {"Blue": 100, "Grey": 40})
    assert plan.price_weight == Decimal(50) and plan.reservation.min_score == Decimal(55)

    again = open_window(qtbot, db_path, deal)
    shown = section(again)
    assert [shown.terms.item(i).text() for i in range(shown.terms.count())] == ["Warranty", "Colour"]
    shown.terms.setCurrentRow(0)
    assert (shown.term_form.label_edit.text(), shown.term_form.best.text(), shown.term_form.worst.text()) == (
        "Warranty",
        "5",
        "1",
    )
    assert shown.minimum.text() == "55"


def test_a_half_typed_key_or_an_empty_name_never_reaches_the_plan(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, example("car"))
    window = open_window(qtbot, db_path, deal)
    form = section(window).term_form
    type_into(qtbot, form.key_edit, "delivery")  # the other term's key, as it is typed
    assert "key of another term" in form.error.text()
    qtbot.keyClick(form.key_edit, Qt.Key.Key_Return)
    type_into(qtbot, form.label_edit, "")
    assert form.error.text() == "A term needs a name."
    assert [i.key for i in window.controller.current_plan().issues] == ["warranty", "delivery"]
    assert window.controller.current_plan().issues[0].label == "Warranty"
    type_into(qtbot, form.key_edit, "years")
    assert window.controller.current_plan().issues[0].key == "warranty", "taken once finished"
    qtbot.keyClick(form.key_edit, Qt.Key.Key_Return)
    assert window.controller.current_plan().issues[0].key == "years"


def test_a_term_renamed_is_renamed_in_the_rounds_that_name_it(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, example("salary", planning=False))  # imported with rounds, not committed yet
    window = open_window(qtbot, db_path, deal)
    package = section(window)
    package.terms.setCurrentRow(1)
    form = package.term_form
    type_into(qtbot, form.key_edit, "role")
    qtbot.keyClick(form.key_edit, Qt.Key.Key_Return)
    edit_cell(qtbot, form.options, 1, 0, "Senior")
    window.close()
    plan = saved(db_path, deal)
    assert [i.key for i in plan.issues] == ["remote_days", "role"]
    assert [r.their_terms for r in plan.ordered_rounds()] == [
        {"remote_days": Decimal(2), "role": "Senior"},
        {"remote_days": Decimal(3), "role": "Senior"},
    ]


def test_every_weight_shows_its_share_and_the_price_unscored_without_a_target(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, example("car"))
    window = open_window(qtbot, db_path, deal)
    package = section(window)
    shares = [package.price_share.text(), *(share.text() for _l, _s, share in package._weight_rows)]
    assert shares == ["50 %", "30 %", "20 %"]
    warranty_spin = package._weight_rows[0][1]
    warranty_spin.setValue(50)  # price 50, warranty 50, delivery 20: 120 in all
    shares = [package.price_share.text(), *(share.text() for _l, _s, share in package._weight_rows)]
    assert shares == ["41.7 %", "41.7 %", "16.7 %"]
    assert window.controller.current_plan().issues[0].weight == Decimal(50)

    target = window.editor.section("targets")
    type_into(qtbot, target.target, "")
    type_into(qtbot, target.opening, "")
    shares = [package.price_share.text(), *(share.text() for _l, _s, share in package._weight_rows)]
    assert shares == ["not scored", "71.4 %", "28.6 %"], "no target or opening: the price has no share"
    assert "not scored" in package.price_share.toolTip()


def test_what_it_takes_follows_the_price_typed_and_the_minimum_live(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, example("car"))
    window = open_window(qtbot, db_path, deal)
    package = section(window)
    plan = window.controller.current_plan()
    assert package.what_it_takes.text() == what_it_takes_text(plan, Decimal(17500))  # the target
    assert "Warranty at least 2 years" in package.what_it_takes.text()
    height = package.what_it_takes.height()

    qtbot.keyClicks(package.price, "19000")  # not even committed: the line follows each keystroke
    assert package.what_it_takes.text() == what_it_takes_text(plan, Decimal(19000))
    assert "Warranty at least 4 years" in package.what_it_takes.text()
    qtbot.keyClicks(package.price, "0")
    assert "past your walk-away point" in package.what_it_takes.text()  # 190,000 on a 20,000 point
    assert package.what_it_takes.height() == height, "nothing below it moves"

    type_into(qtbot, package.price, "19000")
    type_into(qtbot, package.minimum, "30")
    assert package.what_it_takes.text() == what_it_takes_text(window.controller.current_plan(), Decimal(19000))
    assert window.controller.current_plan().reservation.min_score == Decimal(30)
    type_into(qtbot, package.minimum, "101")  # "10" was a score on the way; "101" is not one
    assert package.minimum_error.text() == "The minimum score must be from 0 to 100"
    assert window.controller.current_plan().reservation.min_score == Decimal(10)
    type_into(qtbot, package.minimum, "")
    assert window.controller.current_plan().reservation.min_score is None, "empty: scored, no minimum"
    assert package.what_it_takes.text() == "Give a minimum score to see what the other terms must give."


def test_the_point_in_words_names_the_minimum_package(qtbot, db_path: Path) -> None:
    (deal,) = stored(db_path, example("salary"))
    window = open_window(qtbot, db_path, deal)
    sentence = window.editor.section("reservation").sentence.text()
    assert sentence.endswith("Also walk away if the package scores below 60 of 100.")
    type_into(qtbot, section(window).minimum, "62.5")
    assert "below 62.5 of 100" in window.editor.section("reservation").sentence.text()


def test_the_package_is_locked_once_committed(qtbot, db_path: Path) -> None:
    signed = signed_commitment(example("car"), "Ana Costa", datetime(2026, 11, 1, 9, tzinfo=UTC)).plan
    (deal,) = stored(db_path, signed)
    window = open_window(qtbot, db_path, deal)
    package = section(window)
    form = package.term_form
    for field in (form.label_edit, form.key_edit, form.best, form.worst, form.unit, package.minimum):
        assert field.isReadOnly() and "Revise commitment" in field.toolTip()
    assert not form.kind.isEnabled()
    assert package.price_weight.isReadOnly() and all(spin.isReadOnly() for _l, spin, _s in package._weight_rows)
    assert package.add_button.isHidden() and package.remove_button.isHidden()
    assert package.what_it_takes.text(), "what it takes still answers"
    banner = window.findChild(CommitBanner)
    assert banner.text.text().endswith("The walk-away point and the package are locked.")

    errors: list[str] = []
    window.controller.failed.connect(errors.append)
    package._weight_changed(0, 90)  # past the fields: the controller's guard refuses it too
    assert errors and "the package's terms" in errors[-1]
    window.controller.edit("min", lambda plan: setattr(plan.reservation, "min_score", Decimal(10)))
    assert "the minimum package score" in errors[-1]
    window.close()
    assert saved(db_path, deal).issues[0].weight == Decimal(30)
    assert saved(db_path, deal).reservation.min_score == Decimal(55)


def test_revise_commitment_moves_the_minimum_and_the_weights_on_the_record(qtbot, db_path: Path) -> None:
    signed = signed_commitment(example("car"), "Ana Costa", datetime(2026, 11, 1, 9, tzinfo=UTC)).plan
    (deal,) = stored(db_path, signed)
    with Store(db_path) as store:
        dialog = ReviseDialog(store.get_plan(deal), store=store, now=lambda: datetime(2026, 11, 20, 9, tzinfo=UTC))
        qtbot.addWidget(dialog)
        dialog.open()
        package = dialog.package
        assert package is not None and package.minimum.text() == "55"
        assert [spin.value() for spin in package.weights] == [50, 30, 20]
        qtbot.keyClicks(dialog.reason, "A second car with a warranty fell through: the warranty matters more")
        signature(dialog.pad, qtbot)
        before = file_digest(db_path)
        type_into(qtbot, package.minimum, "101")
        qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
        assert dialog.error.text() == "Minimum package score: must be from 0 to 100"
        assert file_digest(db_path) == before
        type_into(qtbot, package.minimum, "50")
        package.weights[1].setValue(40)
        with qtbot.waitSignal(dialog.revised):
            qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
        plan = store.get_plan(deal)
    assert plan.reservation.min_score == Decimal(50) and plan.price_weight == Decimal(50)
    assert [i.weight for i in plan.issues] == [Decimal(40), Decimal(20)]
    assert [c.revision for c in plan.commitments] == [1, 2]
    assert plan.commitments[1].package == PackageDefinition(plan.issues, Decimal(50), Decimal(50))
    assert plan.commitments[0].package is not None and plan.commitments[0].package.min_score == Decimal(55)
    assert check_integrity(plan).state is Integrity.INTACT


# -- the quick plan's optional step --------------------------------------------------------


def _first_pages(qtbot, wizard: QuickPlanWizard) -> None:
    qtbot.keyClicks(wizard.deal.title_edit, "Family car")
    wizard.next()
    qtbot.keyClicks(wizard.reservation.amount, "20,000")


def test_the_quick_plan_skips_the_package_unless_asked(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    window.quick_plan_action.trigger()
    wizard = window.findChild(QuickPlanWizard, "quick_plan_wizard")
    _first_pages(qtbot, wizard)
    assert not wizard.reservation.package.isChecked(), "unticked: nothing more to do"
    qtbot.keyClick(wizard.reservation.amount, Qt.Key.Key_Return)  # Enter: Next, as on every page
    assert wizard.currentPage() is wizard.alternative
    assert wizard.plan().issues == []


def test_the_quick_plan_takes_terms_in_one_optional_step(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    window.quick_plan_action.trigger()
    wizard = window.findChild(QuickPlanWizard, "quick_plan_wizard")
    _first_pages(qtbot, wizard)
    wizard.reservation.package.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.package
    assert wizard.currentPage() is page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    edit_cell(qtbot, page.table, 0, 0, "Warranty")
    assert not next_button.isEnabled() and page.problem.text() == "Warranty needs its worst value."
    edit_cell(qtbot, page.table, 0, 1, "1")
    edit_cell(qtbot, page.table, 0, 2, "5")
    edit_cell(qtbot, page.table, 0, 3, "years")
    edit_cell(qtbot, page.table, 1, 0, "Delivery")
    edit_cell(qtbot, page.table, 1, 1, "12")
    edit_cell(qtbot, page.table, 1, 2, "2")
    assert next_button.isEnabled() and not page.problem.text()
    type_into(qtbot, page.target, "17,500")
    page.minimum.setValue(55)
    for _ in range(4):
        wizard.next()
    assert wizard.currentPage() is wizard.script
    wizard.accept()
    deal = window.controller.current_id
    window.close()

    plan = saved(db_path, deal)
    assert [(i.key, i.label, i.best, i.worst, i.unit, i.weight) for i in plan.issues] == [
        ("warranty", "Warranty", Decimal(5), Decimal(1), "years", Decimal(25)),
        ("delivery", "Delivery", Decimal(2), Decimal(12), "", Decimal(25)),
    ]
    assert (plan.price_weight, plan.reservation.min_score, plan.target) == (Decimal(50), Decimal(55), Decimal(17500))
