"""Every field of the plan editor says, on hover, what belongs in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from planner.demo import demo_plans
from planner.store import Store
from ui.session.controller import PlanController
from ui.shell.main_window import MainWindow

FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _is_form_field(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or not isinstance(widget, (*FIELDS, QAbstractButton)):
        return False
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()  # check boxes and radio buttons hold a value; push buttons act
    # The line edit inside a spin box or combo box, a combo box's popup list: parts of one field.
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return False
        parent = parent.parentWidget()
    return not (isinstance(widget, QAbstractItemView) and widget.editTriggers() == QAbstractItemView.NoEditTriggers)


@pytest.mark.parametrize("stage", [0, 2], ids=["planning", "negotiating"])
def test_every_editor_field_has_a_tooltip(qtbot, db_path: Path, stage: int) -> None:
    """Locked fields say why; unlocked ones keep their own words (also after a committed deal was shown)."""
    with Store(db_path) as store:
        ids = store.add_plans(demo_plans())
    controller = PlanController(db_path)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.refresh_deal_list()
    controller.open_store()
    controller.select_deal(ids[2])
    controller.select_deal(ids[0])  # a planning deal after a committed one: the lock goes, the tooltips stay
    controller.select_deal(ids[stage])
    window.show()

    fields = [
        (key, widget)
        for key in window.editor.section_keys()
        for widget in window.editor.section(key).findChildren(QWidget)
        if _is_form_field(widget)
    ]
    assert len(fields) >= 20, "the editor's fields were found"
    missing = [f"{key}: {type(w).__name__} {w.accessibleName()!r}" for key, w in fields if not w.toolTip().strip()]
    assert not missing, "fields without a tooltip:\n" + "\n".join(missing)
