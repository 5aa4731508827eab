"""AmountEdit: typed text becomes an exact Decimal; junk shows a message beside the field."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from ui.widgets.amount_edit import AmountEdit


def make(qtbot, locale: str = "en_US", **kwargs) -> AmountEdit:
    edit = AmountEdit(**kwargs)
    edit.setLocale(QLocale(locale))
    row = edit.with_error_label()
    edit.test_row = row  # the row owns the field; keep it alive for the test
    qtbot.addWidget(row)
    row.show()
    return edit


def test_typing_gives_the_exact_decimal(qtbot) -> None:
    edit = make(qtbot, "de_DE")
    emitted: list[object] = []
    edit.value_edited.connect(emitted.append)
    qtbot.keyClicks(edit, "1.234.567,8901")
    assert emitted[-1] == Decimal("1234567.8901")
    assert edit.value() == Decimal("1234567.8901")
    assert not edit.error_label.isVisible()


def test_junk_shows_the_message_and_keeps_the_last_value(qtbot) -> None:
    edit = make(qtbot)
    edit.setValue(Decimal("500"))
    emitted: list[object] = []
    edit.value_edited.connect(emitted.append)
    edit.selectAll()
    qtbot.keyClicks(edit, "abc")
    assert edit.error_label.isVisible()
    assert "digits" in edit.error_text()
    assert edit.value() == Decimal("500")
    assert emitted == []
    assert edit.text() == "abc"  # what was typed stays, for fixing
    qtbot.keyClicks(edit, "\b\b\b12x")
    assert emitted == [None, Decimal("1"), Decimal("12")]  # valid prefixes only, never a guess for "12x"
    assert edit.error_label.isVisible()


def test_clearing_a_required_field_is_refused(qtbot) -> None:
    edit = make(qtbot, required=True)
    edit.setValue(Decimal("7"))
    edit.selectAll()
    qtbot.keyClicks(edit, "\b")
    assert edit.text() == ""
    assert edit.error_label.isVisible()
    assert edit.value() == Decimal("7")


def test_an_optional_field_can_be_emptied(qtbot) -> None:
    edit = make(qtbot)
    edit.setValue(Decimal("7"))
    edit.selectAll()
    with qtbot.waitSignal(edit.value_edited) as blocker:
        qtbot.keyClicks(edit, "\b")
    assert blocker.args == [None]
    assert edit.value() is None


def test_finishing_tidies_to_the_locale_form(qtbot) -> None:
    edit = make(qtbot)
    qtbot.keyClicks(edit, "120000.5")
    edit.editingFinished.emit()
    assert edit.text() == "120,000.5"
    assert edit.value() == Decimal("120000.5")
