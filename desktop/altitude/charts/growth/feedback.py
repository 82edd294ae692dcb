"""The feedback log's gap chart: per theme, others' ratings against your own over time.

One small panel per theme (up to ``MAX_PANELS``, in the plan's order), on a shared time
axis so the themes compare at a glance: your own rating as a step line (it holds until you
rate yourself again), each rating someone gave as a dot, and their running average as a
dashed line. The panel's corner names the reading (blind spot, hidden strength…), the same
label the page shows. Gids: ``self``, ``others``, ``others-mean``, ``label``; tests read
data, not pixels.

The panels are laid out by ``GridLayout``, fixed margins in inches like ``charts.layout``,
so titles and ticks keep their room at any canvas size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from matplotlib.layout_engine import LayoutEngine

from altitude.charts.date_values import as_x_values, day_number
from altitude.charts.layout import fit_legend
from altitude.charts.style import (
    NOTE_SIZE,
    TICK_SIZE,
    Palette,
    empty_state,
    figure_legend,
    prepare_figure,
    style_axes,
    user_text_families,
)
from altitude.domain.growth.feedback import RATING_HIGH, RATING_LOW
from altitude.domain.growth.feedback_stats import Perception, ThemeView
from altitude.i18n import QT_TRANSLATE_NOOP, translate, translate_marked


def tr(text: str) -> str:
    """The chart's words in the app's language (English without a translator: the CLI)."""
    return translate("Charts", text)


def word(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Charts", ...) in this module, translated."""
    return translate_marked("Charts", marked)


if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EMPTY_NO_THEMES = QT_TRANSLATE_NOOP(
    "Charts", "Add a theme and rate yourself to compare your view with others'"
)
EMPTY_NO_RATINGS = QT_TRANSLATE_NOOP("Charts", "Rate yourself on a theme to start this chart")
MAX_PANELS = 6  # beyond six panels each is too small to read; the page lists them all
MIN_SPAN = timedelta(days=60)
SELF_LABEL = QT_TRANSLATE_NOOP("Charts", "Your own rating")
OTHERS_LABEL = QT_TRANSLATE_NOOP("Charts", "Their ratings")
MEAN_LABEL = QT_TRANSLATE_NOOP("Charts", "Their average so far")
LABELS = {
    Perception.BLIND_SPOT: "Blind spot",
    Perception.HIDDEN_STRENGTH: "Hidden strength",
    Perception.ALIGNED: "Close to theirs",
    Perception.NOT_ASKED_YET: "Not asked yet",
}
_CHAR_IN = 0.55 / 72  # rough DejaVu Sans width per point of font size, in inches


class GridLayout(LayoutEngine):
    """``rows`` by ``cols`` panels in the figure's axes order, margins in inches."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, rows: int, cols: int) -> None:
        super().__init__()
        self._params = {"rows": rows, "cols": cols}

    LEFT, RIGHT, GAP_X = 0.45, 0.15, 0.45  # inches: y ticks, the edge, between panels

    @classmethod
    def cell_width(cls, width: float, cols: int) -> float:
        return max((width - cls.LEFT - cls.RIGHT - cls.GAP_X * (cols - 1)) / cols, 0.5)

    def execute(self, fig: Figure) -> None:
        rows, cols = self._params["rows"], self._params["cols"]
        width, height = fig.get_size_inches()
        legend = max((fit_legend(lg, width) for lg in fig.legends), default=0.0)
        left, gap_x = self.LEFT, self.GAP_X
        top, below, foot = 0.5, 0.35, 0.45 + legend  # a title, date ticks, the legend
        cell_w = self.cell_width(width, cols)
        cell_h = max((height - foot - rows * (top + below)) / rows, 0.4)
        for index, ax in enumerate(fig.axes):
            row, col = divmod(index, cols)
            x = left + col * (cell_w + gap_x)
            y = height - (row + 1) * (top + cell_h) - row * below
            ax.set_position((x / width, y / height, cell_w / width, cell_h / height))


def grid_shape(count: int) -> tuple[int, int]:
    """(rows, columns) for ``count`` panels: one wide, then two, then three across."""
    cols = 1 if count <= 1 else 2 if count <= 4 else 3
    return math.ceil(count / cols), cols


def feedback_figure(
    views: Sequence[ThemeView],
    palette: Palette,
    *,
    figure: Figure | None = None,
    today: date | None = None,
) -> Figure:
    """Draw the themes' panels into ``figure`` (cleared first) or a new one, and return it."""
    fig = prepare_figure(figure, palette)
    shown = list(views[:MAX_PANELS])
    if not shown:
        empty_state(fig, word(EMPTY_NO_THEMES), palette)
        return fig
    days = [d for v in shown for d, _ in v.self_points] + [r.on for v in shown for r in v.others]
    if not days:
        empty_state(fig, word(EMPTY_NO_RATINGS), palette)
        return fig
    rows, cols = grid_shape(len(shown))
    fig.set_layout_engine(GridLayout(rows, cols))
    first, last = min(days), max([*days, today or max(days)])
    middle = first + (last - first) / 2
    half = max((last - first) / 2 + timedelta(days=7), MIN_SPAN / 2)
    span = (middle - half, middle + half)
    width_in = GridLayout.cell_width(fig.get_size_inches()[0], cols)
    for view in shown:
        ax = fig.add_subplot()
        _panel(ax, view, palette, span, width_in)
    _legend(fig, palette)
    return fig


def _panel(
    ax: Axes, view: ThemeView, palette: Palette, span: tuple[date, date], width_in: float
) -> None:
    style_axes(ax, palette)
    ax.set_xlim(day_number(span[0]), day_number(span[1]))
    ax.set_ylim(RATING_LOW - 0.5, RATING_HIGH + 0.5)
    ax.set_yticks(range(RATING_LOW, RATING_HIGH + 1))
    ax.tick_params(labelsize=TICK_SIZE - 1)
    _date_ticks(ax, palette)
    label = LABELS[view.label] if view.label is not None else "Rate yourself first"
    room = max(int(width_in * 0.9 / ((NOTE_SIZE + 0.5) * _CHAR_IN)), 12)
    # The title is the user's text: no mathtext ("$5 and $10" stays as typed), and the
    # fallback fonts for scripts DejaVu Sans lacks.
    ax.set_title(_shorten(view.theme.title, room), loc="left", fontsize=NOTE_SIZE + 0.5,
                 color=palette.foreground, pad=18, y=1.0, parse_math=False,
                 fontfamily=user_text_families())  # fmt: skip
    corner = ax.text(0.0, 1.03, label, transform=ax.transAxes, va="bottom",
                     fontsize=NOTE_SIZE - 0.5, color=palette.muted)  # fmt: skip
    corner.set_gid("label")
    if view.self_points:
        xs = [d for d, _ in view.self_points] + [span[1]]  # it holds until you rate again
        ys = [r for _, r in view.self_points] + [view.self_points[-1][1]]
        (line,) = ax.step(as_x_values(xs), ys, where="post", color=palette.strategy,
                          linewidth=2.2, label=word(SELF_LABEL))  # fmt: skip
        line.set_gid("self")
        ax.plot(as_x_values(xs[:-1]), ys[:-1], "o", color=palette.strategy, markersize=4)
    if view.others:
        dots = ax.scatter(as_x_values([r.on for r in view.others]),
                          [r.rating for r in view.others], s=28, color=palette.execution,
                          zorder=3, label=word(OTHERS_LABEL))  # fmt: skip
        dots.set_gid("others")
        running, total = [], 0
        for n, r in enumerate(view.others, start=1):
            total += r.rating
            running.append(total / n)
        (mean,) = ax.plot(as_x_values([r.on for r in view.others]), running, "--",
                          color=palette.execution, linewidth=1.4,
                          label=word(MEAN_LABEL))  # fmt: skip
        mean.set_gid("others-mean")


def _date_ticks(ax: Axes, palette: Palette) -> None:
    """Few concise date ticks: a panel is a third of the figure wide."""
    from matplotlib.dates import AutoDateLocator

    from altitude.charts.date_values import date_formatter

    locator = AutoDateLocator(minticks=2, maxticks=4)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter())
    ax.xaxis.get_offset_text().set_color(palette.muted)
    ax.xaxis.get_offset_text().set_fontsize(TICK_SIZE - 1)


def _legend(fig: Figure, palette: Palette) -> None:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color=palette.strategy, linewidth=2.2, label=word(SELF_LABEL)),
        Line2D([], [], color=palette.execution, marker="o", linestyle="", label=word(OTHERS_LABEL)),
        Line2D([], [], color=palette.execution, linestyle="--", label=word(MEAN_LABEL)),
    ]
    figure_legend(fig, palette, ncols=3, handles=handles)


def _shorten(text: str, most: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"
