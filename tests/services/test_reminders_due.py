"""What `altitude remind` says: the check-in when due, else what needs attention, else nothing."""

from __future__ import annotations

from datetime import date

from altitude.domain.entities import WeeklyCheckIn, new_plan
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.services.reminders import what_is_due
from altitude.services.reminders.due import week_of

FRIDAY = date(2026, 11, 27)  # the default check-in day (Settings.checkin_weekday = 4)
MONDAY = date(2026, 11, 23)


def test_on_the_checkin_day_the_checkin_is_named_with_its_week(sample: Altitude) -> None:
    nudge = what_is_due(sample.overview(), FRIDAY)
    assert nudge is not None
    assert nudge.summary == "Your weekly check-in is due"
    assert nudge.line == "Your weekly check-in is due (week of 23 Nov)."
    assert nudge.body.startswith("Two minutes for the week of 23 Nov")
    assert "more things need you" in nudge.body  # the sample's delegations and follow-ups
    assert nudge.checkin_week == IsoWeek.parse("2026-W48")


def test_before_the_checkin_day_what_needs_attention_is_said(sample: Altitude) -> None:
    nudge = what_is_due(sample.overview(), MONDAY)
    assert nudge is not None and nudge.checkin_week is None
    assert nudge.summary.endswith("need your attention")
    count = int(nudge.summary.split()[0])
    assert count >= 2
    assert nudge.line == f"{nudge.summary}: {nudge.body}"
    assert "check-in" not in nudge.summary


def test_a_logged_week_is_no_longer_due(sample: Altitude) -> None:
    sample.clock = lambda: FRIDAY
    sample.record_checkin(WeeklyCheckIn(IsoWeek.of(FRIDAY), 20.0, 20.0))
    nudge = what_is_due(sample.overview(), FRIDAY)
    assert nudge is None or nudge.checkin_week is None


def test_nothing_is_due_without_a_plan_or_before_it_starts(svc: Altitude) -> None:
    assert what_is_due(svc.overview(), FRIDAY) is None
    svc.start_plan(new_plan("Engineer", "Manager", date(2026, 12, 7), 20.0, 50.0))
    assert what_is_due(svc.overview(), FRIDAY) is None


def test_a_quiet_week_says_nothing(svc: Altitude) -> None:
    svc.start_plan(new_plan("Engineer", "Manager", MONDAY, 20.0, 50.0))
    assert what_is_due(svc.overview(), MONDAY) is None  # before Friday, nothing else open
    nudge = what_is_due(svc.overview(), FRIDAY)
    assert nudge is not None and nudge.body.endswith("how did your hours split?")


def test_week_of_names_the_monday() -> None:
    assert week_of(IsoWeek.parse("2026-W49")) == "week of 30 Nov"
