"""The trajectory: the share of each week on strategy against the plan's glide path.

Each logged week is drawn at its Monday. The strategy share is a line with markers; the
rest of the week (execution) is the orange area above it, so both read off one 0-100%
scale. With a plan, ``trajectory_plan`` adds the glide path, its tolerance band, the
milestones and the projection. Artists carry gids (``strategy``, ``execution``,
``glide``, ``band``, ``projection``, ``today``, ``milestone-<day>``) so tests and the GUI
can find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    date_axis,
    empty_state,
    figure_legend,
    prepare_figure,
    set_title,
    style_axes,
)
from altitude.charts.trajectory_plan import (
    draw_glide_path,
    draw_milestones,
    draw_projection,
    projection_end,
)
from altitude.domain import metrics
from altitude.domain.entities import Plan, WeeklyCheckIn

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EMPTY_MESSAGE = "Log your first check-in to see your trajectory"
HALF_WEEK = timedelta(days=3.5)


def trajectory_figure(
    plan: Plan | None,
    checkins: Sequence[WeeklyCheckIn],
    today: date,
    palette: Palette,
    *,
    figure: Figure | None = None,
) -> Figure:
    """Draw the trajectory into ``figure`` (cleared first) or a new figure, and return it."""
    fig = prepare_figure(figure, palette)
    shares = metrics.weekly_shares(checkins)
    if not shares:
        empty_state(fig, EMPTY_MESSAGE, palette)
        return fig

    ax = fig.add_subplot()
    style_axes(ax, palette)
    xs = [s.week.monday() for s in shares]
    ys = [s.strategy_share for s in shares]
    _draw_shares(ax, xs, ys, palette)

    left, right = min(xs[0], today), max(xs[-1], today)
    projection = None
    if plan is not None:
        draw_glide_path(ax, plan, palette)
        projection = metrics.projection(plan, shares)
        left = min(left, plan.start_date)
        right = max(right, plan.horizon_end, projection_end(projection, right))
    margin = max(timedelta(days=4), (right - left) / 40)
    ax.set_xlim(left - margin, right + margin)
    if plan is not None and projection is not None:
        draw_milestones(ax, plan, palette)
        draw_projection(ax, projection, shares[-1], palette)
    _draw_today(ax, today, palette)
    _format_axes(ax, palette)
    return fig


def _draw_shares(ax: Axes, xs: list[date], ys: list[float], palette: Palette) -> None:
    # The area reaches half a week either side, so even a single week shows its split.
    area_x = [xs[0] - HALF_WEEK, *xs, xs[-1] + HALF_WEEK]
    area_y = [ys[0], *ys, ys[-1]]
    ax.fill_between(
        area_x,
        area_y,
        100,
        color=palette.execution,
        alpha=palette.area_alpha,
        linewidth=0,
        label="Execution",
        gid="execution",
    )
    few, many = len(xs) <= 26, len(xs) > 104
    (line,) = ax.plot(
        xs,
        ys,
        color=palette.strategy,
        linewidth=1.5 if many else 2.2,
        marker="o",
        markersize=6 if few else 2.5 if many else 4,
        markeredgecolor=palette.background,
        markeredgewidth=1.0 if few else 0,
        label="Strategy",
        zorder=4,
    )
    line.set_gid("strategy")


def _draw_today(ax: Axes, today: date, palette: Palette) -> None:
    line = ax.axvline(
        today, color=palette.today, linestyle=palette.today_style, linewidth=1.2, zorder=2.5
    )
    line.set_gid("today")
    ax.annotate(
        "Today",
        (today, 1.0),
        xycoords=("data", "axes fraction"),
        xytext=(3, -3),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=NOTE_SIZE,
        color=palette.today,
        gid="today-label",
    )


def _format_axes(ax: Axes, palette: Palette) -> None:
    from matplotlib.ticker import PercentFormatter

    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(PercentFormatter(100, decimals=0))
    date_axis(ax, palette)
    ax.set_ylabel("Share of the week")
    set_title(ax, palette, "Strategy share of your week")
    figure_legend(ax.figure, palette, ncols=5, handles=ax.get_legend_handles_labels()[0])
