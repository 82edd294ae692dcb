"""The trajectory: the share of each week on strategy against the plan's glide path.

Each logged week is drawn at its Monday. The strategy share is a line with markers; the
rest of the week (execution) is the orange area above it, so both read off one 0-100%
scale. With a plan, ``trajectory_plan`` adds the glide path, its tolerance band, the
milestones and the projection. Artists carry gids (``strategy``, ``execution``,
``glide``, ``band``, ``projection``, ``today``, ``milestone-<day>``) so tests and the GUI
can find them.

Drawn again into the figure that already holds it (same palette), the chart is updated
in place: the axes, their ticks, title and labels stay; the two share series get new data;
the glide path and band stay while the plan is the same; the legend stays while its
entries are. Only the milestones, the projection and today are drawn anew. Building a new
axes costs about as much as drawing it, so a new check-in redraws at a fraction of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.date_values import as_x_value, as_x_values, day_number
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
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked


def tr(text: str) -> str:
    """The chart's words in the app's language (English without a translator: the CLI)."""
    return translate("Charts", text)


def word(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Charts", ...) in this module, translated."""
    return translate_marked("Charts", marked)


if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.collections import FillBetweenPolyCollection
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.lines import Line2D
    from numpy.typing import ArrayLike

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Charts", "Log your first check-in to see your trajectory")
HALF_WEEK = timedelta(days=3.5)


@dataclass(eq=False)
class _Drawn:
    """The artists a trajectory left in a figure, for the next call to update."""

    ax: Axes
    palette: Palette
    execution: FillBetweenPolyCollection
    strategy: Line2D
    plan: Plan | None = None
    glide: list[Artist] = field(default_factory=list)  # band and glide path of ``plan``
    layer: list[Artist] = field(default_factory=list)  # milestones, projection, today
    legend: Legend | None = None
    legend_key: object = None

    def still_in(self, fig: Figure, palette: Palette) -> bool:
        """Whether ``fig`` still shows this chart, in ``palette`` (nobody cleared it)."""
        ax = self.ax
        return (
            palette == self.palette
            and ax.figure is fig
            and ax in fig.axes
            and self.strategy.axes is ax
            and self.execution.axes is ax
        )


# The figure keeps its own _Drawn, so both go together (a dictionary of figures would keep
# every figure alive: the artists it holds point back at their figure).
_ATTRIBUTE = "_altitude_trajectory"


def _drawn_in(figure: Figure | None, palette: Palette) -> _Drawn | None:
    drawn: _Drawn | None = getattr(figure, _ATTRIBUTE, None)
    if drawn is None or figure is None or not drawn.still_in(figure, palette):
        return None
    return drawn


def trajectory_figure(
    plan: Plan | None,
    checkins: Sequence[WeeklyCheckIn],
    today: date,
    palette: Palette,
    *,
    figure: Figure | None = None,
) -> Figure:
    """Draw the trajectory into ``figure`` (updated in place or cleared) or a new figure."""
    shares = metrics.weekly_shares(checkins)
    drawn = _drawn_in(figure, palette)
    if not shares:
        fig = prepare_figure(figure, palette)
        setattr(fig, _ATTRIBUTE, None)
        empty_state(fig, word(EMPTY_MESSAGE), palette)
        return fig

    xs = [s.week.monday() for s in shares]
    ys = [s.strategy_share for s in shares]
    if drawn is None:
        fig = prepare_figure(figure, palette)
        drawn = _new_chart(fig, palette, xs, ys)
        setattr(fig, _ATTRIBUTE, drawn)
    else:
        fig = drawn.ax.figure  # type: ignore[assignment]  # ``figure``, checked by still_in
        _set_shares(drawn, xs, ys)
    ax = drawn.ax

    for artist in drawn.layer:
        artist.remove()
    drawn.layer = []
    if plan != drawn.plan:
        for artist in drawn.glide:
            artist.remove()
        drawn.glide = draw_glide_path(ax, plan, palette) if plan is not None else []
        drawn.plan = plan

    left, right = min(xs[0], today), max(xs[-1], today)
    projection = None
    if plan is not None:
        projection = metrics.projection(plan, shares)
        left = min(left, plan.start_date)
        right = max(right, plan.horizon_end, projection_end(projection, right))
    margin = max(timedelta(days=4), (right - left) / 40)
    ax.set_xlim(day_number(left - margin), day_number(right + margin))
    if plan is not None and projection is not None:
        drawn.layer += draw_milestones(ax, plan, palette)
        drawn.layer += draw_projection(ax, projection, shares[-1], palette)
    drawn.layer += _draw_today(ax, today, palette)
    _legend(drawn, len(xs))
    return fig


def _new_chart(fig: Figure, palette: Palette, xs: list[date], ys: list[float]) -> _Drawn:
    """Axes, their fixed furniture and the two share series."""
    from matplotlib.ticker import FuncFormatter

    ax = fig.add_subplot()
    style_axes(ax, palette)
    execution = ax.fill_between(
        *_area(xs, ys),
        100,
        color=palette.execution,
        alpha=palette.area_alpha,
        linewidth=0,
        label=tr("Execution"),
        gid="execution",
    )
    (strategy,) = ax.plot(
        as_x_values(xs),
        ys,
        color=palette.strategy,
        marker="o",
        markeredgecolor=palette.background,
        label=tr("Strategy"),
        zorder=4,
    )
    strategy.set_gid("strategy")
    _size_markers(strategy, len(xs))
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: formats.percent(value)))
    date_axis(ax, palette)
    ax.set_ylabel(tr("Share of the week"))
    set_title(ax, palette, tr("Strategy share of your week"))
    return _Drawn(ax, palette, execution, strategy)


def _set_shares(drawn: _Drawn, xs: list[date], ys: list[float]) -> None:
    drawn.execution.set_data(*_area(xs, ys), 100)
    drawn.strategy.set_data(as_x_values(xs), ys)
    _size_markers(drawn.strategy, len(xs))


def _area(xs: list[date], ys: list[float]) -> tuple[ArrayLike, list[float]]:
    # The area reaches half a week either side, so even a single week shows its split.
    return as_x_values([xs[0] - HALF_WEEK, *xs, xs[-1] + HALF_WEEK]), [ys[0], *ys, ys[-1]]


def _tier(weeks: int) -> int:
    """0 for a few weeks (big, outlined markers), 1 for some, 2 for years of them."""
    return 0 if weeks <= 26 else 2 if weeks > 104 else 1


def _size_markers(line: Line2D, weeks: int) -> None:
    tier = _tier(weeks)
    line.set_linewidth(1.5 if tier == 2 else 2.2)
    line.set_markersize((6, 4, 2.5)[tier])
    line.set_markeredgewidth(1.0 if tier == 0 else 0)


def _legend(drawn: _Drawn, weeks: int) -> None:
    """The figure's legend, made again only when its entries or their look changed."""
    fig = drawn.ax.figure
    handles, labels = drawn.ax.get_legend_handles_labels()
    key = (tuple(labels), _tier(weeks))
    shown = drawn.legend is not None and drawn.legend in fig.legends
    if shown and key == drawn.legend_key:
        return
    if shown:
        drawn.legend.remove()  # type: ignore[union-attr]
    drawn.legend = figure_legend(fig, drawn.palette, ncols=5, handles=handles)
    drawn.legend_key = key


def _draw_today(ax: Axes, today: date, palette: Palette) -> list[Artist]:
    line = ax.axvline(
        as_x_value(today),
        color=palette.today,
        linestyle=palette.today_style,
        linewidth=1.2,
        zorder=2.5,
    )
    line.set_gid("today")
    label = ax.annotate(
        tr("Today"),
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
    return [line, label]
