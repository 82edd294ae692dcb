"""Weekly hours: execution and strategy stacked per week, with the week's total on top.

Bars carry gids ``execution`` and ``strategy`` (one rectangle per check-in each) and the
totals ``total``, so tests read heights rather than pixels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    empty_state,
    figure_legend,
    prepare_figure,
    set_title,
    style_axes,
)
from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.metrics import format_hours

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EMPTY_MESSAGE = "Log a check-in to see your weekly hours"
MIN_SPAN = timedelta(weeks=10)
MAX_TOTAL_LABELS = 26  # beyond this, every n-th total is labelled so they stay readable


def hours_figure(
    checkins: Sequence[WeeklyCheckIn],
    palette: Palette,
    *,
    figure: Figure | None = None,
) -> Figure:
    """Draw the weekly hours into ``figure`` (cleared first) or a new figure, and return it."""
    fig = prepare_figure(figure, palette)
    weeks = sorted(checkins, key=lambda c: c.week)
    if not weeks:
        empty_state(fig, EMPTY_MESSAGE, palette)
        return fig

    ax = fig.add_subplot()
    style_axes(ax, palette)
    ax.grid(False, axis="x")
    xs = [c.week.monday() for c in weeks]
    execution = [c.execution_hours for c in weeks]
    strategy = [c.strategy_hours for c in weeks]
    width = timedelta(days=5)  # a two-day gap between weekly bars
    bars = ax.bar(xs, execution, width, color=palette.execution, label="Execution")
    for bar in bars:
        bar.set_gid("execution")
    bars = ax.bar(xs, strategy, width, bottom=execution, color=palette.strategy, label="Strategy")
    for bar in bars:
        bar.set_gid("strategy")
    _label_totals(ax, xs, [e + s for e, s in zip(execution, strategy, strict=True)], palette)
    # At least MIN_SPAN wide, so a few weeks show as bars rather than slabs.
    middle = xs[0] + (xs[-1] - xs[0]) / 2
    half = max((xs[-1] - xs[0]) / 2 + timedelta(days=5), MIN_SPAN / 2)
    ax.set_xlim(middle - half, middle + half)
    _format_axes(ax, palette)
    return fig


def _label_totals(ax: Axes, xs: Sequence[object], totals: list[float], palette: Palette) -> None:
    step = max(1, math.ceil(len(totals) / MAX_TOTAL_LABELS))
    last = len(totals) - 1
    # Thinned from the latest week backwards, so the week the user just logged is labelled.
    for i in range(last, -1, -step):
        ax.annotate(
            format_hours(totals[i]).removesuffix(" h"),
            (xs[i], totals[i]),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=NOTE_SIZE - 1,
            color=palette.muted,
            gid="total",
        )
    ax.set_ylim(0, max(max(totals, default=0.0), 1.0) * 1.12)


def _format_axes(ax: Axes, palette: Palette) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_ylabel("Hours in the week")
    set_title(ax, palette, "Hours per week")
    figure_legend(ax.figure, palette, ncols=2)
