"""Weekly hours: execution and strategy stacked per week, with the week's total on top.

Each series is one collection of rectangles (gids ``execution`` and ``strategy``, one
rectangle per check-in, in week order): ten years of weeks draw as fast as ten. The totals
have gid ``total``. Tests read heights rather than pixels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.date_values import day_number, day_numbers
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
from altitude.domain.entities import WeeklyCheckIn
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked


def tr(text: str) -> str:
    """The chart's words in the app's language (English without a translator: the CLI)."""
    return translate("Charts", text)


def word(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Charts", ...) in this module, translated."""
    return translate_marked("Charts", marked)


if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Charts", "Log a check-in to see your weekly hours")
MIN_SPAN = timedelta(weeks=10)
BAR_DAYS = 5.0  # a two-day gap between weekly bars...
SOLID_AFTER = 104  # ...until there are so many that gaps would only shimmer: then none
EXECUTION = QT_TRANSLATE_NOOP("Charts", "Execution")  # the legend's names
STRATEGY = QT_TRANSLATE_NOOP("Charts", "Strategy")
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
        empty_state(fig, word(EMPTY_MESSAGE), palette)
        return fig

    ax = fig.add_subplot()
    ax.xaxis_date()
    style_axes(ax, palette)
    ax.grid(False, axis="x")
    xs = [c.week.monday() for c in weeks]
    execution = [c.execution_hours for c in weeks]
    strategy = [c.strategy_hours for c in weeks]
    totals = [e + s for e, s in zip(execution, strategy, strict=True)]
    _add_bars(ax, xs, [0.0] * len(xs), execution, palette.execution, word(EXECUTION), "execution")
    _add_bars(ax, xs, execution, totals, palette.strategy, word(STRATEGY), "strategy")
    _label_totals(ax, xs, totals, palette)
    # At least MIN_SPAN wide, so a few weeks show as bars rather than slabs.
    middle = xs[0] + (xs[-1] - xs[0]) / 2
    half = max((xs[-1] - xs[0]) / 2 + timedelta(days=5), MIN_SPAN / 2)
    ax.set_xlim(day_number(middle - half), day_number(middle + half))
    _format_axes(ax, palette)
    return fig


def _add_bars(
    ax: Axes,
    xs: Sequence[date],
    bottoms: Sequence[float],
    tops: Sequence[float],
    colour: str,
    label: str,
    gid: str,
) -> None:
    import numpy as np
    from matplotlib.collections import PolyCollection

    centres = day_numbers(xs)
    solid = len(xs) > SOLID_AFTER
    half = (7.0 if solid else BAR_DAYS) / 2
    left, right = centres - half, centres + half
    low, high = np.asarray(bottoms, dtype=np.float64), np.asarray(tops, dtype=np.float64)
    corners_x = np.column_stack([left, left, right, right])
    corners_y = np.column_stack([low, high, high, low])
    bars = PolyCollection(
        # The stub asks for a Sequence; an (N, 4, 2) array is the constructor's fast path.
        np.stack([corners_x, corners_y], axis=-1),  # type: ignore[arg-type]
        facecolors=colour,
        edgecolors="none",
        antialiaseds=not solid,  # touching bars would show hairline seams
        label=label,
    )
    bars.set_gid(gid)
    ax.add_collection(bars)


def _label_totals(ax: Axes, xs: Sequence[object], totals: list[float], palette: Palette) -> None:
    step = max(1, math.ceil(len(totals) / MAX_TOTAL_LABELS))
    last = len(totals) - 1
    # Thinned from the latest week backwards, so the week the user just logged is labelled.
    for i in range(last, -1, -step):
        ax.annotate(
            formats.short_number(totals[i], 2),  # the axis says "hours"
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

    date_axis(ax, palette)
    ax.set_ylabel(tr("Hours in the week"))
    set_title(ax, palette, tr("Hours per week"))
    figure_legend(ax.figure, palette, ncols=2)
