"""Strategy shares, rolling averages, the split and the on-track verdict."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.metrics import (
    Split,
    Track,
    WeekShare,
    format_hours,
    rolling_average,
    strategy_share,
    track,
    weekly_shares,
)
from altitude.domain.weeks import IsoWeek

hours = st.floats(min_value=0, max_value=100, allow_nan=False)


def checkin(week: str, execution: float, strategy: float) -> WeeklyCheckIn:
    return WeeklyCheckIn(IsoWeek.parse(week), execution, strategy)


def test_strategy_share_is_percent_of_the_week() -> None:
    assert strategy_share(checkin("2026-W03", 30, 10)) == 25.0
    assert strategy_share(checkin("2026-W03", 0, 12)) == 100.0
    assert strategy_share(checkin("2026-W03", 12, 0)) == 0.0


def test_an_empty_week_has_no_share() -> None:
    assert strategy_share(checkin("2026-W03", 0, 0)) is None


def test_weekly_shares_skip_empty_weeks_and_sort_by_week() -> None:
    shares = weekly_shares(
        [
            checkin("2026-W02", 1, 0),
            checkin("2025-W52", 20, 20),
            checkin("2026-W01", 0, 0),
        ]
    )
    assert shares == [
        WeekShare(IsoWeek(2025, 52), 50.0, 20, 20),
        WeekShare(IsoWeek(2026, 2), 0.0, 1, 0),
    ]
    assert shares[0].execution_share == 50.0


def test_split_shares() -> None:
    split = Split(execution_hours=30, strategy_hours=10)
    assert split.strategy_share == 25.0
    assert split.execution_share == 75.0
    assert split.total_hours == 40


def test_split_without_hours_has_no_shares() -> None:
    assert Split(0, 0).strategy_share is None
    assert Split(0, 0).execution_share is None


def test_rolling_average_is_trailing_and_keeps_length() -> None:
    assert rolling_average([10, 20, 30, 40, 50], window=3) == [10, 15, 20, 30, 40]
    assert rolling_average([]) == []
    assert rolling_average([7.5], window=4) == [7.5]


def test_rolling_average_of_one_is_the_series() -> None:
    assert rolling_average([3, 1, 2], window=1) == [3, 1, 2]


def test_rolling_average_refuses_an_empty_window() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        rolling_average([1.0], window=0)


@pytest.mark.parametrize(
    ("actual", "expected", "verdict"),
    [
        (40, 40, Track.ON_TRACK),
        (45, 40, Track.ON_TRACK),
        (35, 40, Track.ON_TRACK),
        (45.5, 40, Track.AHEAD),
        (34.9, 40, Track.BEHIND),
    ],
)
def test_track_uses_the_tolerance_both_ways(actual: float, expected: float, verdict: Track) -> None:
    assert track(actual, expected, tolerance=5) is verdict


@pytest.mark.parametrize(
    ("value", "text"),
    [(3, "3 h"), (3.0, "3 h"), (2.5, "2.5 h"), (0.25, "0.25 h"), (0, "0 h"), (1 / 3, "0.33 h")],
)
def test_format_hours_reads_like_a_person_wrote_it(value: float, text: str) -> None:
    assert format_hours(value) == text


@settings(deadline=None)
@given(hours, hours)
def test_shares_stay_within_0_and_100(execution: float, strategy: float) -> None:
    share = strategy_share(checkin("2026-W10", execution, strategy))
    if execution + strategy == 0:
        assert share is None
    else:
        assert share is not None
        assert 0 <= share <= 100
        split = Split(execution, strategy)
        assert split.strategy_share == share
        assert split.execution_share is not None
        assert math.isclose(split.execution_share + share, 100)


@settings(deadline=None)
@given(
    st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), max_size=40),
    st.integers(min_value=1, max_value=12),
)
def test_rolling_average_is_bounded_by_its_window(values: list[float], window: int) -> None:
    averages = rolling_average(values, window)
    assert len(averages) == len(values)
    for end, average in enumerate(averages, start=1):
        recent = values[max(0, end - window) : end]
        assert min(recent) <= average <= max(recent)
    assert min(values, default=0) <= min(averages, default=0)
    assert max(averages, default=0) <= max(values, default=0)
