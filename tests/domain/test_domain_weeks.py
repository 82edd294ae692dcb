"""ISO weeks: parsing, arithmetic across year ends, and 53-week years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.weeks import IsoWeek, WeekError, weeks_in_year


def test_parse_round_trips_through_str() -> None:
    week = IsoWeek.parse("2026-W03")
    assert week == IsoWeek(2026, 3)
    assert str(week) == "2026-W03"


def test_parse_tolerates_surrounding_spaces() -> None:
    assert IsoWeek.parse("  2026-W47 \n") == IsoWeek(2026, 47)


def test_week_99_is_refused_with_the_real_range() -> None:
    with pytest.raises(WeekError) as caught:
        IsoWeek.parse("2026-W99")
    assert str(caught.value) == "2026-W99 is not a week: 2026 has weeks 01 to 53"


def test_week_53_exists_only_in_long_years() -> None:
    assert IsoWeek(2026, 53).monday() == date(2026, 12, 28)
    with pytest.raises(WeekError, match="2025 has weeks 01 to 52"):
        IsoWeek(2025, 53)


@pytest.mark.parametrize("text", ["2026-47", "2026-W7", "26-W07", "", "W07-2026", "2026-w07"])
def test_malformed_text_says_how_to_write_a_week(text: str) -> None:
    with pytest.raises(WeekError, match="write it like 2026-W47"):
        IsoWeek.parse(text)


def test_week_zero_is_not_a_week() -> None:
    with pytest.raises(WeekError, match="is not a week"):
        IsoWeek.parse("2026-W00")


def test_weeks_in_year_knows_the_long_years() -> None:
    assert [y for y in range(2015, 2033) if weeks_in_year(y) == 53] == [2015, 2020, 2026, 2032]


def test_adding_crosses_a_53_week_year_end() -> None:
    assert IsoWeek(2026, 52) + 1 == IsoWeek(2026, 53)
    assert IsoWeek(2026, 53) + 1 == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1) + -1 == IsoWeek(2026, 53)


def test_adding_crosses_a_52_week_year_end() -> None:
    assert IsoWeek(2025, 52) + 1 == IsoWeek(2026, 1)
    assert IsoWeek(2025, 50) + 10 == IsoWeek(2026, 8)


def test_subtracting_counts_whole_weeks_across_years() -> None:
    assert IsoWeek(2027, 1) - IsoWeek(2026, 52) == 2  # 2026 has 53 weeks
    assert IsoWeek(2026, 1) - IsoWeek(2025, 52) == 1
    assert IsoWeek(2026, 1) - IsoWeek(2027, 1) == -53


def test_of_uses_the_iso_year_not_the_calendar_year() -> None:
    assert IsoWeek.of(date(2027, 1, 1)) == IsoWeek(2026, 53)  # a Friday
    assert IsoWeek.of(date(2024, 12, 30)) == IsoWeek(2025, 1)  # a Monday


def test_day_counts_from_monday() -> None:
    week = IsoWeek(2026, 3)
    assert week.monday() == date(2026, 1, 12)
    assert week.day(3) == date(2026, 1, 15)
    assert week.day(6) == date(2026, 1, 18)


def test_weeks_order_across_years() -> None:
    assert IsoWeek(2026, 53) < IsoWeek(2027, 1)
    assert sorted([IsoWeek(2027, 1), IsoWeek(2026, 2), IsoWeek(2026, 53)]) == [
        IsoWeek(2026, 2),
        IsoWeek(2026, 53),
        IsoWeek(2027, 1),
    ]


@settings(deadline=None)
@given(st.dates(min_value=date(1900, 1, 8), max_value=date(2999, 12, 1)), st.integers(-600, 600))
def test_adding_then_subtracting_weeks_is_consistent(day: date, weeks: int) -> None:
    week = IsoWeek.of(day)
    later = week + weeks
    assert later - week == weeks
    assert later.monday() == week.monday() + timedelta(weeks=weeks)
    assert IsoWeek.parse(str(later)) == later
