"""The trajectory figure, read from its artists' data rather than its pixels."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from chart_figures import by_gid, num, one, texts
from chart_states import START, TODAY, checkin, rising_checkins
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba

from altitude.charts.style import new_figure, palette
from altitude.charts.trajectory import EMPTY_MESSAGE, trajectory_figure
from altitude.charts.trajectory_plan import NOT_AT_THIS_TREND
from altitude.domain import metrics
from altitude.domain.entities import Plan, new_plan
from altitude.domain.weeks import IsoWeek

LIGHT = palette(False)
W = IsoWeek.of(START)


@pytest.fixture
def plan() -> Plan:
    return new_plan("Engineer", "Manager", START, baseline_share=20, target_share=50)


def test_one_point_per_week_with_hours_at_its_monday(plan: Plan) -> None:
    checkins = [
        checkin(W, 30, 10),
        checkin(W + 1, 0, 0),  # no hours: no point
        checkin(W + 3, 24, 16),  # two weeks skipped
        checkin(W + 4, 10, 30),
    ]
    fig = trajectory_figure(plan, checkins, TODAY, LIGHT)
    line = one(fig, "strategy")
    assert list(line.get_xdata()) == [W.monday(), (W + 3).monday(), (W + 4).monday()]
    assert np.allclose(line.get_ydata(), [25.0, 40.0, 75.0])


def test_check_ins_out_of_order_are_drawn_in_week_order(plan: Plan) -> None:
    checkins = [checkin(W + 2, 20, 20), checkin(W, 30, 10), checkin(W + 1, 25, 15)]
    line = one(trajectory_figure(plan, checkins, TODAY, LIGHT), "strategy")
    assert list(line.get_xdata()) == [W.monday(), (W + 1).monday(), (W + 2).monday()]
    assert np.allclose(line.get_ydata(), [25.0, 37.5, 50.0])


def test_execution_area_is_the_complement_up_to_100(plan: Plan) -> None:
    checkins = [checkin(W, 30, 10), checkin(W + 1, 20, 20), checkin(W + 2, 8, 32)]
    fig = trajectory_figure(plan, checkins, TODAY, LIGHT)
    area = one(fig, "execution")
    vertices = np.concatenate([p.vertices for p in area.get_paths()])
    for week, execution_share in ((W, 75.0), (W + 1, 50.0), (W + 2, 20.0)):
        at_week = vertices[np.isclose(vertices[:, 0], num(week.monday()))]
        assert at_week[:, 1].max() == pytest.approx(100.0)
        assert at_week[:, 1].max() - at_week[:, 1].min() == pytest.approx(execution_share)


def test_glide_path_passes_through_every_milestone(plan: Plan) -> None:
    fig = trajectory_figure(plan, rising_checkins(W, 4), TODAY, LIGHT)
    glide = one(fig, "glide")
    xs = [num(d) for d in glide.get_xdata()]
    ys = list(glide.get_ydata())
    assert ys[0] == plan.baseline_share
    assert len(plan.milestones) == 3
    for milestone in plan.milestones:
        on = plan.start_date + timedelta(days=milestone.day)
        assert np.interp(num(on), xs, ys) == pytest.approx(milestone.target_share)
        marker = one(fig, f"milestone-{milestone.day}")
        assert list(marker.get_xdata()) == [on]
        assert list(marker.get_ydata()) == [milestone.target_share]
        label = one(fig, f"milestone-{milestone.day}-label")
        assert f"Day {milestone.day}" in label.get_text()


def test_tolerance_band_surrounds_the_glide_path(plan: Plan) -> None:
    fig = trajectory_figure(plan, rising_checkins(W, 4), TODAY, LIGHT)
    band = one(fig, "band")
    vertices = np.concatenate([p.vertices for p in band.get_paths()])
    at_start = vertices[np.isclose(vertices[:, 0], num(plan.start_date))][:, 1]
    assert at_start.min() == pytest.approx(plan.baseline_share - plan.tolerance)
    assert at_start.max() == pytest.approx(plan.baseline_share + plan.tolerance)


def test_projection_ends_at_the_reach_week(plan: Plan) -> None:
    checkins = rising_checkins(W, 6)  # 20% rising 3 points a week: 50% is a few weeks off
    fig = trajectory_figure(plan, checkins, TODAY, LIGHT)
    expected = metrics.projection(plan, metrics.weekly_shares(checkins))
    assert expected.reach_week is not None
    line = one(fig, "projection")
    assert line.get_xdata()[-1] == expected.reach_week.monday()
    assert line.get_xdata()[0] == (W + 5).monday()  # from the latest check-in
    assert one(fig, "projection-label").get_text() == (
        f"Target reached ~week of {expected.reach_week.monday():%-d %b %Y} at this trend"
    )


def test_a_falling_series_is_not_at_this_trend(plan: Plan) -> None:
    checkins = [checkin(W + n, 20 + 3 * n, 20 - 3 * n) for n in range(6)]
    fig = trajectory_figure(plan, checkins, TODAY, LIGHT)
    assert NOT_AT_THIS_TREND in texts(fig)
    assert not any("Target reached" in t for t in texts(fig))
    assert len(by_gid(fig, "projection")) == 1  # the falling trend is still drawn


def test_too_few_check_ins_explain_why_there_is_no_projection(plan: Plan) -> None:
    fig = trajectory_figure(plan, rising_checkins(W, 2), TODAY, LIGHT)
    assert by_gid(fig, "projection") == []
    reason = metrics.projection(plan, metrics.weekly_shares(rising_checkins(W, 2))).reason
    assert one(fig, "projection-label").get_text() == reason
    assert NOT_AT_THIS_TREND not in texts(fig)


def test_today_is_a_vertical_line(plan: Plan) -> None:
    fig = trajectory_figure(plan, rising_checkins(W, 3), TODAY, LIGHT)
    today = one(fig, "today")
    assert list(today.get_xdata()) == [TODAY, TODAY]
    assert "Today" in texts(fig)


def test_the_axes_show_0_to_100_and_the_whole_plan(plan: Plan) -> None:
    fig = trajectory_figure(plan, rising_checkins(W, 3), TODAY, LIGHT)
    ax = fig.axes[0]
    assert ax.get_ylim() == (0.0, 100.0)
    left, right = ax.get_xlim()
    assert left <= num(plan.start_date) and right >= num(plan.horizon_end)


def test_no_check_ins_show_the_empty_state(plan: Plan) -> None:
    for chosen_plan in (plan, None):
        fig = trajectory_figure(chosen_plan, [], TODAY, LIGHT)
        assert fig.axes == []
        assert texts(fig) == [EMPTY_MESSAGE]


def test_check_ins_without_hours_show_the_empty_state(plan: Plan) -> None:
    fig = trajectory_figure(plan, [checkin(W, 0, 0)], TODAY, LIGHT)
    assert texts(fig) == [EMPTY_MESSAGE]


def test_without_a_plan_only_the_shares_are_drawn() -> None:
    fig = trajectory_figure(None, rising_checkins(W, 5), TODAY, LIGHT)
    assert len(by_gid(fig, "strategy")) == 1
    assert len(by_gid(fig, "execution")) == 1
    for gid in ("glide", "band", "projection", "projection-label", "milestone-30"):
        assert by_gid(fig, gid) == [], gid


def test_a_single_check_in_still_shows_its_split() -> None:
    fig = trajectory_figure(None, [checkin(W, 30, 10)], TODAY, LIGHT)
    area = one(fig, "execution")
    vertices = np.concatenate([p.vertices for p in area.get_paths()])
    assert np.ptp(vertices[:, 0]) > 0  # a visible width, not a zero-width sliver
    assert np.ptp(vertices[:, 1]) == pytest.approx(75.0)


def test_redraw_into_the_same_figure_replaces_the_content(plan: Plan) -> None:
    fig = new_figure(LIGHT)
    FigureCanvasAgg(fig)
    first = trajectory_figure(plan, rising_checkins(W, 3), TODAY, LIGHT, figure=fig)
    again = trajectory_figure(plan, rising_checkins(W, 5), TODAY, LIGHT, figure=fig)
    assert first is fig and again is fig
    assert len(fig.axes) == 1
    assert len(one(fig, "strategy").get_xdata()) == 5
    fig.canvas.draw()
    trajectory_figure(plan, [], TODAY, LIGHT, figure=fig)
    assert fig.axes == [] and texts(fig) == [EMPTY_MESSAGE]


def test_a_far_projection_is_clipped_to_keep_the_data_readable(plan: Plan) -> None:
    slow = [checkin(W + n, 40 - (8 + 0.3 * n), 8 + 0.3 * n) for n in range(6)]
    fig = trajectory_figure(plan, slow, date(2026, 2, 9), LIGHT)
    projection = metrics.projection(plan, metrics.weekly_shares(slow))
    assert projection.reach_week is not None
    line = one(fig, "projection")
    assert line.get_xdata()[-1] == projection.reach_week.monday()
    _, right = fig.axes[0].get_xlim()
    assert right < num(projection.reach_week.monday())
    reach = f"{projection.reach_week.monday():%-d %b %Y}"
    assert reach in one(fig, "projection-label").get_text()


def test_in_a_narrow_chart_the_legend_wraps_and_the_verdict_stays_inside(plan: Plan) -> None:
    fig = trajectory_figure(plan, rising_checkins(IsoWeek(2026, 2), 8), TODAY, palette(False))
    FigureCanvasAgg(fig)
    fig.set_size_inches(4.3, 3.9)  # the dashboard's chart in a 900 px window
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    [legend] = fig.legends
    box, page = legend.get_window_extent(renderer), fig.bbox
    assert legend._ncols < len(legend.texts)  # wrapped onto more rows
    assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0
    assert [t.get_text() for t in legend.texts] == ["Execution", "Strategy", "Tolerance ±5 pts",
                                                    "Glide path", "Projection"]  # fmt: skip
    foreground = to_rgba(LIGHT.foreground)
    assert all(to_rgba(t.get_color()) == foreground for t in legend.texts)  # colours kept
    verdict = one(fig, "projection-label")
    assert verdict.get_window_extent(renderer).x1 <= page.x1
    fig.set_size_inches(12, 5)  # wide again: one row
    fig.canvas.draw()
    assert legend._ncols == len(legend.texts)
