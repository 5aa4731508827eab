"""AmountEdit: typed text becomes an exact Decimal when committed; junk shows a message beside the field."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt

from ui.common.amount_edit import AmountEdit


def make(qtbot, locale: str = "en_US", **kwargs) -> tuple[AmountEdit, list[object]]:
    edit = AmountEdit(**kwargs)
    edit.setLocale(QLocale(locale))
    row = edit.with_error_label()
    edit.test_row = row  # the row owns the field; keep it alive for the test
    qtbot.addWidget(row)
    row.show()
    emitted: list[object] = []
    edit.value_edited.connect(emitted.append)
    return edit, emitted


def retype(qtbot, edit: AmountEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_typing_gives_the_exact_decimal_on_enter(qtbot) -> None:
    edit, emitted = make(qtbot, "de_DE")
    qtbot.keyClicks(edit, "1.234.567,8901")
    assert emitted == []  # nothing half-typed reaches the plan
    assert edit.typed_value() == Decimal("1234567.8901")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert emitted == [Decimal("1234567.8901")]
    assert edit.value() == Decimal("1234567.8901")
    assert not edit.error_label.isVisible()


def test_junk_shows_the_message_as_typed_and_keeps_the_value(qtbot) -> None:
    edit, emitted = make(qtbot)
    edit.setValue(Decimal("500"))
    edit.selectAll()
    qtbot.keyClicks(edit, "12x")
    assert edit.error_label.isVisible()  # already while typing
    assert "digits" in edit.error_text()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == Decimal("500")
    assert emitted == []
    assert edit.text() == "12x"  # what was typed stays, for fixing
    retype(qtbot, edit, "12")
    assert emitted == [Decimal("12")]
    assert not edit.error_label.isVisible()


def test_clearing_a_required_field_is_refused(qtbot) -> None:
    edit, emitted = make(qtbot, required=True)
    edit.setValue(Decimal("7"))
    retype(qtbot, edit, "\b")
    assert edit.text() == ""
    assert edit.error_label.isVisible()
    assert edit.value() == Decimal("7")
    assert emitted == []


def test_an_optional_field_can_be_emptied(qtbot) -> None:
    edit, emitted = make(qtbot)
    edit.setValue(Decimal("7"))
    retype(qtbot, edit, "\b")
    assert emitted == [None]
    assert edit.value() is None


def test_commit_tidies_to_the_locale_form(qtbot) -> None:
    edit, emitted = make(qtbot)
    retype(qtbot, edit, "120000.5")
    assert edit.text() == "120,000.50"  # the one amount format: grouped, two places once there are cents
    assert emitted == [Decimal("120000.5")]
