"""The projection: when the current trend reaches the target, and the line to draw."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.entities import Plan, new_plan
from altitude.domain.metrics import WeekShare, projection
from altitude.domain.weeks import IsoWeek

W01 = IsoWeek(2026, 1)


def plan(target: float = 50) -> Plan:
    return new_plan("Engineer", "Manager", date(2026, 1, 1), baseline_share=20, target_share=target)


def series(*shares: float, first: IsoWeek = W01, step: int = 1) -> list[WeekShare]:
    return [WeekShare(first + i * step, s, 40 - 0.4 * s, 0.4 * s) for i, s in enumerate(shares)]


def test_fewer_than_three_check_ins_give_no_projection() -> None:
    result = projection(plan(), series(20, 30))
    assert result.reach_week is None
    assert result.points == ()
    assert result.reason == "Log at least three check-ins to see a projection."


def test_a_linear_rise_reaches_the_target_on_the_expected_week() -> None:
    result = projection(plan(50), series(20, 25, 30))
    assert result.slope_per_week == pytest.approx(5)
    assert result.reach_week == W01 + 6
    assert [w for w, _ in result.points] == [W01 + n for n in range(2, 7)]
    assert [v for _, v in result.points] == pytest.approx([30, 35, 40, 45, 50])
    assert "2026-W07" in result.reason and "4 weeks" in result.reason


def test_skipped_weeks_leave_gaps_rather_than_squashing_the_line() -> None:
    result = projection(plan(50), series(20, 30, 40, step=2))
    assert result.slope_per_week == pytest.approx(5)
    assert result.reach_week == W01 + 6


def test_the_trend_runs_across_a_53_week_year_end() -> None:
    result = projection(plan(50), series(20, 30, 40, first=IsoWeek(2026, 52)))
    assert result.reach_week == IsoWeek(2027, 2)  # 2026-W52, W53, 2027-W01, then W02


def test_only_the_last_window_of_weeks_counts() -> None:
    falling_then_rising = series(90, 60, 30, 10, 20, 30)
    assert projection(plan(50), falling_then_rising, window=3).reach_week == W01 + 7
    assert projection(plan(50), falling_then_rising, window=6).reach_week is None


def test_unsorted_shares_are_put_in_week_order() -> None:
    assert projection(plan(50), series(20, 25, 30)[::-1]).reach_week == W01 + 6


def test_a_reached_target_is_reported_in_the_latest_week() -> None:
    result = projection(plan(50), series(40, 60, 55))
    assert result.reach_week == W01 + 2
    assert len(result.points) == 1 and result.points[0][0] == W01 + 2
    assert result.reason == "You reached your target of 50% strategy in 2026-W03."


@pytest.mark.parametrize("shares", [(30, 30, 30), (40, 35, 30), (30, 31, 29)])
def test_a_flat_or_falling_trend_never_gets_there(shares: tuple[float, ...]) -> None:
    result = projection(plan(50), series(*shares))
    assert result.reach_week is None
    assert result.reason.startswith("Not at this trend:")
    assert [w for w, _ in result.points] == [W01 + n for n in range(2, 11)]  # 8 weeks ahead


def test_more_than_two_years_away_is_not_at_this_trend() -> None:
    result = projection(plan(90), series(20, 20.2, 20.4))
    assert result.reach_week is None
    assert result.reason.startswith("Not at this trend:")
    assert "two years" in result.reason
    assert len(result.points) == 9


def test_just_under_two_years_is_still_a_week() -> None:
    result = projection(plan(30.4), series(20, 20.1, 20.2))  # +0.1 a week, 102 weeks to go
    assert result.reach_week == W01 + 104


def test_a_fitted_line_already_past_the_target_reaches_it_next_week() -> None:
    # The latest week dipped below the target, but the line through all three is above it.
    result = projection(plan(50), series(30, 70, 49))
    assert result.reach_week == W01 + 3


def test_the_drawn_line_is_clamped_to_a_share() -> None:
    result = projection(plan(100), series(0, 0, 0, 0, 0, 95))
    assert all(0 <= v <= 100 for _, v in result.points)


def test_a_target_that_is_not_a_number_never_breaks_the_projection() -> None:
    result = projection(replace(plan(), target_share=math.nan), series(20, 25, 30))
    assert result.reach_week is None


@settings(deadline=None)
@given(
    start=st.integers(0, 120).map(lambda n: Fraction(n, 2)),
    slope=st.integers(1, 80).map(lambda n: Fraction(n, 8)),
    count=st.integers(3, 8),
    window=st.integers(3, 8),
    gap=st.integers(0, 100),
)
def test_a_perfectly_linear_series_reaches_the_target_when_the_algebra_says(
    start: Fraction, slope: Fraction, count: int, window: int, gap: int
) -> None:
    values = [start + slope * x for x in range(count)]
    last = values[-1]
    target = min(Fraction(100), last + slope * Fraction(gap, 4) + Fraction(1, 8))
    if target <= last:
        return  # the series already ends at 100: nothing left to reach
    result = projection(plan(float(target)), series(*(float(v) for v in values)), window=window)
    assert result.slope_per_week == pytest.approx(float(slope))
    weeks_from_first = math.ceil((target - start) / slope)
    weeks_ahead = weeks_from_first - (count - 1)
    if weeks_ahead > 104:
        assert result.reach_week is None
    else:
        assert result.reach_week == W01 + weeks_from_first
        assert result.points[-1][1] >= float(target) - 1e-9
        assert len(result.points) == weeks_ahead + 1


shares_st = st.floats(min_value=0, max_value=100, allow_nan=False)


@settings(deadline=None)
@given(
    st.lists(shares_st, max_size=12),
    st.lists(st.integers(1, 3), min_size=12, max_size=12),
    shares_st,
    st.integers(0, 10),
)
def test_projection_always_gives_a_reason_and_shares_to_draw(
    values: list[float], steps: list[int], target: float, window: int
) -> None:
    weeks = [W01 + sum(steps[:i]) for i in range(len(values))]
    shares = [WeekShare(w, v, 0, 0) for w, v in zip(weeks, values, strict=False)]
    result = projection(plan(target), shares, window=window)
    assert result.reason.endswith(".")
    assert all(0 <= v <= 100 for _, v in result.points)
    if result.reach_week is not None:
        assert result.reach_week >= weeks[-1]
        assert result.points[-1][0] == result.reach_week
