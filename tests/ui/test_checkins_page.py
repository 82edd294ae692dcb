"""The Check-ins page: the weeks, a week's reflections, and the ways into the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.checkins.model import Column
from altitude.ui.checkins.page import CheckinsPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

THIS_WEEK = IsoWeek(2026, 48)
LAST_WEEK = IsoWeek(2026, 47)


@pytest.fixture
def ctx(sample_service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(sample_service, dialogs)


class Recorder:
    """Stands in for the dialog: remembers which week was asked for."""

    def __init__(self) -> None:
        self.weeks: list[IsoWeek | None] = []

    def __call__(self, ctx: AppContext, parent: QWidget | None, week: IsoWeek | None) -> None:
        self.weeks.append(week)


@pytest.fixture
def opened() -> Recorder:
    return Recorder()


@pytest.fixture
def page(qtbot, ctx: AppContext, opened: Recorder) -> CheckinsPage:  # type: ignore[no-untyped-def]
    page = CheckinsPage(ctx, opener=opened)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown_weeks(page: CheckinsPage) -> list[str]:
    return [page.proxy.index(r, Column.WEEK).data() for r in range(page.proxy.rowCount())]


def test_weeks_are_listed_newest_first_with_the_newest_selected(page: CheckinsPage) -> None:
    assert shown_weeks(page)[:3] == [
        "Week of 16 Nov 2026",
        "Week of 9 Nov 2026",
        "Week of 2 Nov 2026",
    ]
    assert len(shown_weeks(page)) == 12
    assert page.selected().week == LAST_WEEK
    assert page.proxy.index(0, Column.SHARE).data() == "50%"


def test_the_detail_pane_shows_the_selected_weeks_reflections(page: CheckinsPage) -> None:
    text = page.detail.text()
    assert "Who on your team is starting to outgrow you" in text
    assert "Priya, on review standards." in text
    assert "Half my week on strategy for the first time." in text

    page.select_week(IsoWeek(2026, 44))  # a week with hours on a delegated item
    text = page.detail.text()
    assert "Chargeback rush" in text
    assert "↩ You spent 4 h on Reviewing every pull request on the payments services" in text


def test_double_click_opens_that_week_for_correction(
    qtbot, page: CheckinsPage, opened: Recorder
) -> None:
    where = page.table.visualRect(page.proxy.index(1, Column.WEEK)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)

    assert opened.weeks == [IsoWeek(2026, 46)]


def test_enter_opens_the_selected_week(qtbot, page: CheckinsPage, opened: Recorder) -> None:
    page.select_week(IsoWeek(2026, 40))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert opened.weeks == [IsoWeek(2026, 40)]


def test_log_this_week_and_ctrl_n_open_this_week(
    qtbot, page: CheckinsPage, opened: Recorder
) -> None:
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    page.new_item()  # what the main window's Ctrl+N calls on the current page

    assert opened.weeks == [THIS_WEEK, THIS_WEEK]


def test_correcting_a_week_opens_the_real_dialog_with_it_loaded(qtbot, ctx: AppContext) -> None:
    page = CheckinsPage(ctx)  # the default opener: a non-blocking dialog
    qtbot.addWidget(page)
    page.select_week(IsoWeek(2026, 41))
    page.open_selected()

    dialog = page.findChild(CheckinDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.week == IsoWeek(2026, 41)
    assert dialog.hours.split().total_hours == 50.0
    dialog.reject()


def test_a_saved_checkin_appears_at_the_top_at_once(
    qtbot, page: CheckinsPage, ctx: AppContext
) -> None:
    dialog = CheckinDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.hours.set_values(20, 24)
    dialog.accept()

    assert shown_weeks(page)[0] == "Week of 23 Nov 2026"
    assert page.proxy.index(0, Column.SHARE).data() == "55%"


def test_delete_asks_and_undo_brings_the_week_back(
    page: CheckinsPage, ctx: AppContext, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:
    original = sample_service.state.checkin(LAST_WEEK)
    page.select_week(LAST_WEEK)
    page.delete_selected()

    assert dialogs.calls[0][0] == "confirm"
    assert sample_service.state.checkin(LAST_WEEK) is None
    assert shown_weeks(page)[0] == "Week of 9 Nov 2026"

    ctx.undo_stack.undo()

    assert sample_service.state.checkin(LAST_WEEK) == original
    assert shown_weeks(page)[0] == "Week of 16 Nov 2026"


def test_an_empty_plan_invites_the_first_checkin(qtbot, service: Altitude) -> None:
    page = CheckinsPage(AppContext(service, ScriptedDialogs()))
    qtbot.addWidget(page)

    assert page.model.rowCount() == 0
    assert "No check-ins yet" in page.detail.text()
    assert not page.correct_button.isEnabled()
