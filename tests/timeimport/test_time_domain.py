"""The pure arithmetic: elapsed time, cutting at local Monday 00:00, rules, weekly facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil import tz

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import TimeEntry, WeekWindow, to_utc, wall_to_utc
from altitude.domain.worktime.rules import (
    Classified,
    Rule,
    RuleMode,
    classify,
    classify_all,
    hours,
    sum_weeks,
)

BERLIN = ZoneInfo("Europe/Berlin")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def entry(start: datetime, end: datetime, title: str = "x", **kw: object) -> TimeEntry:
    return TimeEntry(start, end, title, (title,), **kw)  # type: ignore[arg-type]


def test_hours_are_elapsed_across_the_spring_change() -> None:
    start = datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN)
    end = datetime(2026, 3, 29, 4, 0, tzinfo=BERLIN)
    assert end - start == timedelta(hours=3)  # Python's wall difference: the trap
    assert to_utc(end) - to_utc(start) == timedelta(hours=2)


def test_a_gap_time_uses_the_offset_before_the_gap_whatever_builds_the_zone() -> None:
    """zoneinfo does it with fold=0; dateutil's zones (icalendar builds custom VTIMEZONEs
    with them) put a gap time after the gap, which to_utc corrects."""
    custom = tz.gettz("Europe/Berlin")
    for zone in (BERLIN, custom):
        assert wall_to_utc(datetime(2026, 3, 29, 2, 30), zone) == utc(2026, 3, 29, 1, 30)


def test_a_time_that_occurs_twice_is_its_first_occurrence_unless_fold_says() -> None:
    wall = datetime(2026, 10, 25, 2, 30)
    assert wall_to_utc(wall, BERLIN) == utc(2026, 10, 25, 0, 30)
    assert wall_to_utc(wall.replace(fold=1), BERLIN) == utc(2026, 10, 25, 1, 30)


def test_an_entry_is_cut_at_local_monday_midnight() -> None:
    window = WeekWindow.of(IsoWeek(2026, 10), IsoWeek(2026, 11), BERLIN)
    sunday_night = entry(utc(2026, 3, 8, 21), utc(2026, 3, 9, 1))  # 22:00-02:00 CET
    assert list(window.pieces(sunday_night.start, sunday_night.end)) == [(0, 7200), (1, 7200)]


def test_the_spring_week_has_167_hours_and_the_end_is_exclusive() -> None:
    window = WeekWindow.of(IsoWeek(2026, 13), IsoWeek(2026, 14), BERLIN)
    whole = list(window.pieces(window.start, window.end))
    assert whole == [(0, 167 * 3600), (1, 168 * 3600)]
    to_monday = entry(utc(2026, 3, 29, 21), window.mondays[1])
    assert list(window.pieces(to_monday.start, to_monday.end)) == [(0, 3600)]


def test_pieces_outside_the_window_are_left_out() -> None:
    window = WeekWindow.of(IsoWeek(2026, 10), IsoWeek(2026, 10), BERLIN)
    assert list(window.pieces(utc(2026, 1, 1), utc(2026, 1, 2))) == []
    long = list(window.pieces(utc(2026, 1, 1), utc(2027, 1, 1)))
    assert long == [(0, 168 * 3600)]


RULES = (
    Rule(("review", "fix"), RuleMode.EXECUTION),
    Rule(("1:1",), RuleMode.STRATEGY, "One-to-ones"),
    Rule(("review",), RuleMode.STRATEGY),  # never reached for "review": first match wins
    Rule(("lunch",), RuleMode.IGNORE),
)


def test_the_first_matching_rule_wins_ignoring_case() -> None:
    done = classify(TimeEntry(utc(2026, 3, 2), utc(2026, 3, 2, 1), "t", ("Code REVIEW",)), RULES)
    assert (done.mode, done.item, done.rule) == (RuleMode.EXECUTION, None, 0)
    one = classify(TimeEntry(utc(2026, 3, 2), utc(2026, 3, 2, 1), "t", ("x", "1:1 Sam")), RULES)
    assert (one.mode, one.item, one.rule) == (RuleMode.STRATEGY, "One-to-ones", 1)


def test_words_never_match_across_two_fields_and_skipped_entries_get_no_rule() -> None:
    across = TimeEntry(utc(2026, 3, 2), utc(2026, 3, 2, 1), "t", ("lun", "ch"))
    assert classify(across, RULES).mode is None
    skipped = TimeEntry(utc(2026, 3, 2), utc(2026, 3, 2, 1), "t", ("review",), skipped="all-day")
    assert classify(skipped, RULES) == Classified(skipped)


def test_weekly_sums_count_an_entry_once_with_meetings_and_fragmentation() -> None:
    window = WeekWindow.of(IsoWeek(2026, 10), IsoWeek(2026, 10), BERLIN)
    entries = [
        TimeEntry(utc(2026, 3, 2, 8), utc(2026, 3, 2, 9), "a", ("review", "fix", "1:1"), others=2),
        TimeEntry(utc(2026, 3, 2, 9), utc(2026, 3, 2, 9, 15), "b", ("1:1",)),
        TimeEntry(utc(2026, 3, 2, 12), utc(2026, 3, 2, 13), "c", ("lunch",), others=3),
        TimeEntry(utc(2026, 3, 3, 8), utc(2026, 3, 3, 8, 30), "d", ("other",)),
        TimeEntry(utc(2026, 3, 4), utc(2026, 3, 4), "e", ("review",), skipped="all-day"),
    ]
    (week,) = sum_weeks(classify_all(entries, RULES), window)
    assert (week.execution, week.strategy, week.unclassified, week.ignored) == (
        3600,
        900,
        1800,
        3600,
    )
    assert week.items == {"One-to-ones": 900}
    assert week.meetings == 3600  # the lunch had people too, but ignored time is left out
    assert week.short_blocks == 900  # 30 minutes exactly is not short
    assert week.fragmentation == pytest.approx(900 / 6300)


def test_hours_are_rounded_to_four_decimals_only_at_the_edge() -> None:
    assert hours(2) == 0.0006
    assert hours(6300) == 1.75
    assert hours(3601) == 1.0003
