"""The trajectory: the share of each week on strategy against the plan's glide path.

Each logged week is drawn at its Monday. The strategy share is a line with markers; the
rest of the week (execution) is the orange area above it, so both read off one 0-100%
scale. With a plan: the glide path (dashed) inside its tolerance band, the milestones,
and a dotted projection of the recent trend. Artists carry gids (``strategy``,
``execution``, ``glide``, ``band``, ``projection``, ``today``, ``milestone-<day>``) so
tests and the GUI can find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    empty_state,
    prepare_figure,
    set_title,
    style_axes,
)
from altitude.domain import metrics
from altitude.domain.entities import Plan, WeeklyCheckIn

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EMPTY_MESSAGE = "Log your first check-in to see your trajectory"
NOT_AT_THIS_TREND = "Not at this trend"
_MAX_EXTRA_WEEKS = 26  # a far projection is clipped rather than squashing the data


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
    if plan is not None:
        _draw_plan(ax, plan, palette)
        left, right = min(left, plan.start_date), max(right, plan.horizon_end)
        proj = metrics.projection(plan, shares)
        if proj.points:
            right = max(right, min(proj.points[-1][0].monday(), right + _weeks(_MAX_EXTRA_WEEKS)))
    margin = max(timedelta(days=3), (right - left) / 40)
    ax.set_xlim(left - margin, right + margin)
    if plan is not None:
        _draw_projection(ax, plan, proj, shares[-1], palette)
    _draw_today(ax, today, palette)
    _format_axes(ax, palette)
    return fig


def _weeks(n: int) -> timedelta:
    return timedelta(weeks=n)


def _draw_shares(ax: Axes, xs: list[date], ys: list[float], palette: Palette) -> None:
    many = len(xs) > 60
    ax.fill_between(
        xs,
        ys,
        100,
        color=palette.execution,
        alpha=palette.area_alpha,
        linewidth=0,
        label="Execution",
        gid="execution",
    )
    (line,) = ax.plot(
        xs,
        ys,
        color=palette.strategy,
        linewidth=1.6 if many else 2.2,
        marker="o",
        markersize=2.5 if many else 5.5,
        markeredgecolor=palette.background,
        markeredgewidth=0 if many else 1.0,
        label="Strategy",
        zorder=4,
    )
    line.set_gid("strategy")


def _draw_plan(ax: Axes, plan: Plan, palette: Palette) -> None:
    path = metrics.glide_path(plan)
    days = [d for d, _ in path]
    targets = [t for _, t in path]
    band = ax.fill_between(
        days,
        [max(0.0, t - plan.tolerance) for t in targets],
        [min(100.0, t + plan.tolerance) for t in targets],
        color=palette.band,
        alpha=palette.band_alpha,
        linewidth=0,
        label=f"Tolerance ±{plan.tolerance:g} pts",
        zorder=2,
    )
    band.set_gid("band")
    (glide,) = ax.plot(
        days,
        targets,
        color=palette.glide,
        linestyle=palette.glide_style,
        linewidth=1.5,
        label="Glide path",
        zorder=3,
    )
    glide.set_gid("glide")
    for m in sorted(plan.milestones, key=lambda m: m.day):
        if m.day <= 0:
            continue
        on = plan.start_date + timedelta(days=m.day)
        (marker,) = ax.plot(
            [on],
            [m.target_share],
            linestyle="none",
            marker="D",
            markersize=6,
            color=palette.glide,
            markeredgecolor=palette.background,
            zorder=5,
        )
        marker.set_gid(f"milestone-{m.day}")
        label = m.label or f"Day {m.day}"
        ax.annotate(
            f"{label}\n{m.target_share:g}%",
            (on, m.target_share),
            xytext=(0, 9),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=NOTE_SIZE - 0.5,
            color=palette.foreground,
            gid=f"milestone-{m.day}-label",
            zorder=6,
        )


def _draw_projection(
    ax: Axes, plan: Plan, proj: metrics.Projection, latest: metrics.WeekShare, palette: Palette
) -> None:
    if not proj.points:  # too few check-ins: say so quietly instead of guessing
        _corner_note(ax, proj.reason, palette.muted, "projection-label")
        return
    xs = [w.monday() for w, _ in proj.points]
    ys = [v for _, v in proj.points]
    (line,) = ax.plot(
        xs,
        ys,
        color=palette.projection,
        linestyle=palette.projection_style,
        linewidth=2.0,
        label="Projection",
        zorder=3,
    )
    line.set_gid("projection")
    if proj.reach_week is None:
        _corner_note(ax, NOT_AT_THIS_TREND, palette.foreground, "projection-label")
        return
    if proj.reach_week == latest.week:
        text = f"Target reached in {proj.reach_week}"
    else:
        text = f"Target reached ~{proj.reach_week} at this trend"
    end_x, end_y = xs[-1], ys[-1]
    lo, hi = ax.get_xlim()
    end_num = _date_num(min(end_x, _num_date(hi)))
    right_half = (end_num - lo) / (hi - lo) > 0.55
    ax.annotate(
        text,
        (min(end_x, _num_date(hi)), end_y),
        xytext=(-8 if right_half else 8, -16),
        textcoords="offset points",
        ha="right" if right_half else "left",
        va="top",
        fontsize=NOTE_SIZE,
        color=palette.foreground,
        gid="projection-label",
        zorder=6,
    )


def _corner_note(ax: Axes, text: str, colour: str, gid: str) -> None:
    ax.text(
        0.99,
        0.04,
        text,
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=NOTE_SIZE,
        color=colour,
        gid=gid,
        zorder=6,
    )


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
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.ticker import PercentFormatter

    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(PercentFormatter(100, decimals=0))
    locator = AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    formatter = ConciseDateFormatter(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.xaxis.get_offset_text().set_color(palette.muted)
    ax.set_ylabel("Share of the week")
    set_title(ax, palette, "Strategy share of your week")
    legend = ax.figure.legend(
        handles=ax.get_legend_handles_labels()[0],
        loc="outside lower center",
        ncols=5,
        frameon=False,
        fontsize=NOTE_SIZE,
        labelcolor=palette.foreground,
    )
    legend.set_gid("legend")


def _date_num(day: date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))


def _num_date(value: float) -> date:
    from matplotlib.dates import num2date

    return num2date(value).date()
