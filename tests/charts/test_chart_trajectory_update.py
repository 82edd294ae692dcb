"""Drawing the trajectory again into its own figure updates it in place, and shows exactly
what a figure drawn from scratch shows."""

from __future__ import annotations

import gc
import weakref
from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest
from chart_figures import by_gid, num, one, texts
from chart_states import START, TODAY, checkin, rising_checkins
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from altitude.charts.style import new_figure, palette
from altitude.charts.trajectory import EMPTY_MESSAGE, trajectory_figure
from altitude.domain import metrics
from altitude.domain.entities import Plan, new_plan
from altitude.domain.weeks import IsoWeek

LIGHT, DARK = palette(False), palette(True)
W = IsoWeek.of(START)
PLAN_GIDS = {"strategy", "execution", "glide", "band", "projection", "today", "legend"}


@pytest.fixture
def plan() -> Plan:
    return new_plan("Engineer", "Manager", START, baseline_share=20, target_share=50)


def drawn(plan: Plan | None, count: int, fig: Figure | None = None) -> Figure:
    """The trajectory of ``count`` rising weeks, drawn (so it is a real redraw next time)."""
    fig = trajectory_figure(plan, rising_checkins(W, count), TODAY, LIGHT, figure=fig)
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig


def gids(fig: Figure) -> set[str]:
    return {a.get_gid() for a in fig.findobj() if a.get_gid()}


def pixels(fig: Figure) -> np.ndarray:
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).astype(int)  # type: ignore[attr-defined]


def test_new_check_ins_update_the_same_axes_with_the_new_shares(plan: Plan) -> None:
    fig = drawn(plan, 4)
    ax = fig.axes[0]
    checkins = rising_checkins(W, 6)
    assert trajectory_figure(plan, checkins, TODAY, LIGHT, figure=fig) is fig
    assert fig.axes == [ax]  # updated, not rebuilt
    shares = metrics.weekly_shares(checkins)
    line = one(fig, "strategy")
    assert list(line.get_xdata()) == [s.week.monday() for s in shares]
    assert np.allclose(line.get_ydata(), [s.strategy_share for s in shares])
    area = one(fig, "execution")
    vertices = np.concatenate([p.vertices for p in area.get_paths()])
    at_last = vertices[np.isclose(vertices[:, 0], num(shares[-1].week.monday()))][:, 1]
    assert at_last.min() == pytest.approx(shares[-1].strategy_share)
    assert at_last.max() == pytest.approx(100.0)
    assert gids(fig) >= PLAN_GIDS
    for gid in PLAN_GIDS | {"projection-label", "today-label", "milestone-30"}:
        assert len(by_gid(fig, gid)) == 1, gid
    assert len(fig.legends) == 1


def test_an_update_shows_what_a_fresh_figure_shows(plan: Plan) -> None:
    updated = drawn(plan, 3)
    trajectory_figure(plan, rising_checkins(W, 8), TODAY + timedelta(days=7), LIGHT, figure=updated)
    fresh = trajectory_figure(plan, rising_checkins(W, 8), TODAY + timedelta(days=7), LIGHT)
    FigureCanvasAgg(fresh)
    first, again, reference = pixels(updated), pixels(updated), pixels(fresh)
    assert sorted(texts(updated)) == sorted(texts(fresh))
    # The second draw pastes the cached legend: within rounding of the plain drawing.
    assert np.abs(first - reference).max() <= 3
    assert np.abs(again - reference).max() <= 3


def test_a_changed_plan_redraws_the_glide_path_and_band(plan: Plan) -> None:
    fig = drawn(plan, 5)
    before = list(one(fig, "glide").get_ydata())
    last = replace(plan.milestones[-1], target_share=70.0)
    bolder = replace(plan, milestones=(*plan.milestones[:-1], last), tolerance=8.0)
    trajectory_figure(bolder, rising_checkins(W, 5), TODAY, LIGHT, figure=fig)
    glide = one(fig, "glide")
    assert list(glide.get_ydata()) == [t for _, t in metrics.glide_path(bolder)] != before
    assert glide.get_ydata()[-1] == pytest.approx(70.0)
    band = one(fig, "band")
    vertices = np.concatenate([p.vertices for p in band.get_paths()])
    at_start = vertices[np.isclose(vertices[:, 0], num(START))][:, 1]
    assert at_start.min() == pytest.approx(20.0 - 8.0)
    [legend] = fig.legends
    assert "Tolerance ±8 pts" in [t.get_text() for t in legend.get_texts()]
    assert len(by_gid(fig, "glide")) == len(by_gid(fig, "band")) == 1


def test_a_plan_can_come_and_go_between_updates(plan: Plan) -> None:
    fig = drawn(None, 5)
    assert not {"glide", "band", "projection"} & gids(fig)
    trajectory_figure(plan, rising_checkins(W, 5), TODAY, LIGHT, figure=fig)
    assert gids(fig) >= PLAN_GIDS
    assert "Glide path" in texts(fig)
    fig.canvas.draw()
    trajectory_figure(None, rising_checkins(W, 5), TODAY, LIGHT, figure=fig)
    assert not {"glide", "band", "projection", "projection-label"} & gids(fig)
    assert "Glide path" not in texts(fig)
    assert len(fig.axes) == 1 and len(fig.legends) == 1


def test_the_legend_is_kept_while_its_entries_stay_the_same(plan: Plan) -> None:
    fig = drawn(plan, 5)
    [legend] = fig.legends
    trajectory_figure(plan, rising_checkins(W, 6), TODAY, LIGHT, figure=fig)
    assert fig.legends == [legend]
    many = [checkin(W + n, 30, 10) for n in range(120)]  # thinner line, smaller markers
    trajectory_figure(plan, many, TODAY, LIGHT, figure=fig)
    [renewed] = fig.legends
    assert renewed is not legend
    assert one(fig, "strategy").get_markersize() == 2.5


def test_a_theme_flip_or_someone_elses_drawing_starts_afresh(plan: Plan) -> None:
    fig = drawn(plan, 4)
    trajectory_figure(plan, rising_checkins(W, 4), TODAY, DARK, figure=fig)
    [ax] = fig.axes
    assert ax.get_facecolor()[:3] == pytest.approx((0x1E / 255, 0x1F / 255, 0x22 / 255))
    assert one(fig, "strategy").get_markeredgecolor() == DARK.background
    fig.clear()  # e.g. the canvas showed "This chart could not be drawn."
    fig.add_subplot().plot([0, 1], [0, 1])
    trajectory_figure(plan, rising_checkins(W, 4), TODAY, DARK, figure=fig)
    assert len(fig.axes) == 1 and gids(fig) >= PLAN_GIDS


def test_empty_and_back_again_in_the_same_figure(plan: Plan) -> None:
    fig = drawn(plan, 4)
    trajectory_figure(plan, [], TODAY, LIGHT, figure=fig)
    assert fig.axes == [] and texts(fig) == [EMPTY_MESSAGE]
    trajectory_figure(plan, rising_checkins(W, 2), TODAY, LIGHT, figure=fig)
    assert EMPTY_MESSAGE not in texts(fig)
    assert len(one(fig, "strategy").get_xdata()) == 2


def test_a_new_figure_is_never_an_update(plan: Plan) -> None:
    fig = new_figure(LIGHT)
    first = trajectory_figure(plan, rising_checkins(W, 3), TODAY, LIGHT)
    second = trajectory_figure(plan, rising_checkins(W, 3), TODAY, LIGHT, figure=fig)
    assert first is not second and second is fig
    assert len(first.axes) == len(second.axes) == 1


def test_figures_are_freed_once_nobody_holds_them(plan: Plan) -> None:
    # What a figure keeps for its next update must not keep the figure alive (the report
    # draws a new one every time).
    figures = [weakref.ref(drawn(plan, 4)) for _ in range(3)]
    gc.collect()
    assert [ref() for ref in figures] == [None, None, None]
