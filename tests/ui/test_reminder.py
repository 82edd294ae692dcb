"""The check-in reminder banner, with the clock injected through the service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.reminder import RECHECK_MS, Reminder, ReminderBanner
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

MONDAY = date(2026, 11, 23)  # 2026-W48; the sample's check-in day is Friday
THURSDAY = date(2026, 11, 26)
FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)
THIS_WEEK = IsoWeek(2026, 48)


@pytest.fixture
def ctx(sample_service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(sample_service, dialogs)


class Recorder:
    def __init__(self) -> None:
        self.weeks: list[IsoWeek | None] = []

    def __call__(self, ctx: AppContext, parent: QWidget | None, week: IsoWeek | None) -> None:
        self.weeks.append(week)


def make_reminder(qtbot, ctx: AppContext, opener=None) -> Reminder:  # type: ignore[no-untyped-def]
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    if opener is None:
        return Reminder(ctx, banner)
    return Reminder(ctx, banner, opener=opener)


def test_no_reminder_before_the_checkin_weekday(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: THURSDAY
    reminder = make_reminder(qtbot, ctx)

    assert not reminder.showing()


def test_the_reminder_shows_on_the_checkin_weekday_when_the_week_is_not_logged(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: FRIDAY
    reminder = make_reminder(qtbot, ctx)

    assert reminder.showing()
    assert reminder.banner.objectName() == "banner"
    assert reminder.banner.message.text() == (
        "This week's check-in (23\u201329 Nov) is due — two minutes."
    )


def test_the_reminder_stays_after_the_weekday_until_the_week_is_logged(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: SATURDAY
    reminder = make_reminder(qtbot, ctx)
    assert reminder.showing()

    ctx.perform(
        "Check-in 23\u201329 Nov",
        lambda: sample_service.record_checkin(WeeklyCheckIn(THIS_WEEK, 20, 22)),
    )

    assert not reminder.showing()  # hidden by the saved change, nothing else
    ctx.undo_stack.undo()
    assert reminder.showing()


def test_saving_the_checkin_in_the_dialog_hides_the_banner(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: FRIDAY
    reminder = make_reminder(qtbot, ctx)
    dialog = CheckinDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.hours.set_values(18, 24)
    dialog.accept()

    assert not reminder.showing()


def test_no_reminder_when_this_week_is_already_logged(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.record_checkin(WeeklyCheckIn(THIS_WEEK, 20, 22))
    sample_service.clock = lambda: FRIDAY

    assert not make_reminder(qtbot, ctx).showing()


def test_no_reminder_without_a_plan(qtbot, service: Altitude) -> None:
    service.clock = lambda: FRIDAY

    assert not make_reminder(qtbot, AppContext(service, ScriptedDialogs())).showing()


def test_later_hides_it_until_the_next_day(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: FRIDAY
    reminder = make_reminder(qtbot, ctx)
    qtbot.mouseClick(reminder.banner.later_button, Qt.MouseButton.LeftButton)
    assert not reminder.showing()

    reminder.timer.timeout.emit()  # a re-check later the same day
    assert not reminder.showing()

    sample_service.clock = lambda: SATURDAY
    reminder.timer.timeout.emit()
    assert reminder.showing()


def test_the_timer_rechecks_so_the_reminder_appears_when_the_day_comes(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: THURSDAY
    reminder = make_reminder(qtbot, ctx)
    assert reminder.timer.isActive() and reminder.timer.interval() == RECHECK_MS
    assert not reminder.showing()

    sample_service.clock = lambda: FRIDAY
    reminder.timer.timeout.emit()

    assert reminder.showing()


def test_do_it_now_opens_this_weeks_checkin(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: FRIDAY
    opened = Recorder()
    reminder = make_reminder(qtbot, ctx, opened)
    qtbot.mouseClick(reminder.banner.now_button, Qt.MouseButton.LeftButton)

    assert opened.weeks == [THIS_WEEK]


def test_do_it_now_opens_the_real_dialog_without_blocking(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    sample_service.clock = lambda: FRIDAY
    reminder = make_reminder(qtbot, ctx)
    reminder.banner.now_button.click()

    dialog = reminder.banner.findChild(CheckinDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.week == THIS_WEEK
    dialog.reject()


def test_a_monday_checkin_day_reminds_on_monday(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    settings = sample_service.state.settings
    sample_service.update_settings(replace(settings, checkin_weekday=0))
    sample_service.clock = lambda: MONDAY

    assert make_reminder(qtbot, ctx).showing()
