"""The Functions page as a new manager uses it: add the usual functions, fill one in, log
that you worked with them today, see the month's cell count on the heat map, and undo."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from altitude.domain.arcs.functions import DEFAULT_FUNCTIONS, BusinessFunction, FunctionTouch
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.services import Altitude
from altitude.ui.functions.chart import coverage_span
from altitude.ui.functions.editor import FunctionEditor
from altitude.ui.functions.model import Column
from altitude.ui.functions.page import FunctionsPage
from altitude.ui.functions.wording import last_touch_text, stale, untouched_text
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> FunctionsPage:  # type: ignore[no-untyped-def]
    widget = FunctionsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def cell(page: FunctionsPage, function_id: int | None, column: Column, role: int = 0) -> object:
    row = page.model.row_of(function_id)
    assert row is not None
    return page.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def heat(page: FunctionsPage) -> list[list[int]]:
    figure = page.chart.figure
    assert figure is not None
    [image] = [a for a in figure.findobj() if a.get_gid() == "coverage"]
    return np.asarray(image.get_array()).tolist()  # type: ignore[attr-defined, no-any-return]


def test_add_the_usual_functions_fill_one_log_a_touch_see_the_heat_map_and_undo(
    qtbot, page: FunctionsPage, ctx: AppContext, dialogs: ScriptedDialogs, service: Altitude
) -> None:  # fmt: skip
    priya = service.add_stakeholder(Stakeholder("Priya Shah", role="Finance partner")).result
    ctx.refresh()
    assert page.defaults_button.isVisibleTo(page) and not page.table.isVisibleTo(page)
    page.defaults_button.click()
    assert [f.name for f in service.state.functions] == list(DEFAULT_FUNCTIONS)
    assert not page.defaults_button.isVisibleTo(page)
    assert "Finance" in page.untouched.text() and "60 days" in page.untouched.text()
    finance = service.state.functions[0]
    assert cell(page, finance.id, Column.LAST) == "Never yet"
    assert cell(page, finance.id, Column.NAME, Qt.ItemDataRole.FontRole).bold()  # type: ignore[union-attr]

    # Fill it in.
    page.select(finance.id)
    editor = page.edit_function()
    assert isinstance(editor, FunctionEditor)
    prompts = " ".join(label.text() for label in editor.findChildren(QLabel))
    assert "If you were me, what would you focus on?" in prompts  # Watkins' questions
    assert "Cash, margin, velocity" in prompts  # Charan's
    qtbot.keyClicks(editor.measured_on, "Gross margin and cash conversion")
    qtbot.keyClicks(editor.how, "Fewer refunds keep margin in")
    editor.learn_from.setCurrentIndex(editor.learn_from.findData(priya.id))
    qtbot.keyClicks(editor.unclear, "How the forecast is built")
    editor.explain.setCurrentIndex(editor.explain.findData(3))
    editor.ok.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    filled = service.reload().functions[0]
    assert (filled.measured_on, filled.learn_from_id, filled.could_explain) == (
        "Gross margin and cash conversion", priya.id, 3
    )  # fmt: skip
    assert cell(page, finance.id, Column.LEARN_FROM) == "Priya Shah"
    assert cell(page, finance.id, Column.EXPLAIN) == "3 · the outline"

    # Worked with them today; the heat map counts it in this month's cell.
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(lambda: page.chart.is_loaded() and page.chart.builds > 0, timeout=5000)
    assert heat(page)[0][-1] == 0
    dialogs.answer_text = "Budget review"
    page.touch_button.click()
    assert service.state.functions[0].touches == (FunctionTouch(TODAY, "Budget review"),)
    assert cell(page, finance.id, Column.LAST) == "today"
    assert cell(page, finance.id, Column.LAST, Qt.ItemDataRole.ToolTipRole) == "23 Nov 2026"
    assert cell(page, finance.id, Column.NAME, Qt.ItemDataRole.FontRole) is None
    assert "Finance" not in page.untouched.text()
    assert heat(page)[0][-1] == 1 and sum(map(sum, heat(page))) == 1
    figure = page.chart.figure
    assert figure is not None
    assert [t.get_text() for t in figure.findobj() if t.get_gid() == "count"] == ["1"]

    # Undo: the touch, the filling in, the usual functions.
    ctx.undo_stack.undo()
    assert heat(page)[0][-1] == 0 and "Finance" in page.untouched.text()
    ctx.undo_stack.undo()
    assert service.state.functions[0].measured_on == ""
    ctx.undo_stack.undo()
    assert service.reload().functions == () and page.defaults_button.isVisibleTo(page)
    assert dialogs.errors() == []


def test_add_rename_delete_and_bad_input(
    qtbot, page: FunctionsPage, ctx: AppContext, dialogs: ScriptedDialogs, service: Altitude
) -> None:  # fmt: skip
    editor = page.add_function()
    editor.ok.click()
    assert list(editor.problems()) == ["name"] and service.state.functions == ()
    qtbot.keyClicks(editor.name, "Procurement")
    editor.ok.click()
    [added] = service.state.functions
    assert added.name == "Procurement" and page.selected() == added
    renamed = page.edit_function()
    assert renamed is not None
    renamed.name.clear()
    qtbot.keyClicks(renamed.name, "Purchasing")
    renamed.ok.click()
    assert service.state.functions[0].name == "Purchasing"
    page.delete_button.click()
    assert service.state.functions == ()
    ctx.undo_stack.undo()
    assert [f.name for f in service.reload().functions] == ["Purchasing"]


def test_the_sixty_day_flag_and_the_span_in_words(service: Altitude) -> None:
    old = BusinessFunction("Legal", touches=(FunctionTouch(date(2026, 8, 31), ""),))
    assert stale(old, TODAY) and not stale(old, date(2026, 10, 1))
    assert last_touch_text(old, TODAY) == "84 days ago: over 60 days"
    assert untouched_text([]).startswith("You have worked with every function")
    first, last = coverage_span(service.state, TODAY)
    assert (first, last) == (date(2026, 5, 27), TODAY)  # no plan: six months back
