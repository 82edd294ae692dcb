"""The decision journal's charts: calibration, and the team's share of decisions by month.

Calibration (GUIDANCE: "of the things you gave 70%, how many came true", in 10-point bins):
each bin with decisions is a point at (its mean confidence, the percent that came true),
labelled with its count; the diagonal is perfect calibration. Thin bins (fewer than
``decision_stats.MIN_PER_BIN``) are drawn hollow, as they wobble by more than a bin.
Gids for tests: ``diagonal``, ``bins`` (one point per non-empty bin), ``bin-count``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from altitude.charts.date_values import day_numbers
from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    date_axis,
    empty_state,
    prepare_figure,
    set_title,
    style_axes,
)
from altitude.domain.growth.decision_stats import Bin
from altitude.domain.growth.decision_trends import MonthShare
from altitude.i18n import QT_TRANSLATE_NOOP, translate, translate_marked


def tr(text: str) -> str:
    """The chart's words in the app's language (English without a translator: the CLI)."""
    return translate("Charts", text)


def word(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Charts", ...) in this module, translated."""
    return translate_marked("Charts", marked)


if TYPE_CHECKING:
    from matplotlib.figure import Figure

CALIBRATION_EMPTY = QT_TRANSLATE_NOOP("Charts", "Review decisions to see your calibration")
SHARE_EMPTY = QT_TRANSLATE_NOOP("Charts", "Log decisions to see how many your team makes")


def calibration_figure(
    bins: Sequence[Bin], palette: Palette, *, figure: Figure | None = None
) -> Figure:
    """Confidence against what came true, per 10-point bin, over the perfect diagonal."""
    fig = prepare_figure(figure, palette)
    filled = [b for b in bins if b.count and b.mean_confidence is not None]
    if not filled:
        empty_state(fig, word(CALIBRATION_EMPTY), palette)
        return fig
    ax = fig.add_subplot()
    style_axes(ax, palette)
    ax.plot(
        [0, 100],
        [0, 100],
        linestyle="--",
        color=palette.glide,
        linewidth=1,
        label=tr("Perfect calibration"),
        gid="diagonal",
    )
    xs = [b.mean_confidence or 0.0 for b in filled]
    ys = [b.rate or 0.0 for b in filled]
    faces = [palette.background if b.thin else palette.strategy for b in filled]
    sizes = [40 + 12 * min(b.count, 20) for b in filled]
    points = ax.scatter(
        xs,
        ys,
        s=sizes,
        c=faces,
        edgecolors=palette.strategy,
        linewidths=1.5,
        zorder=3,
        label=tr("Your decisions (hollow: under 5 in the bin, still wobbly)"),
    )
    points.set_gid("bins")
    for x, y, b in zip(xs, ys, filled, strict=True):
        ax.annotate(
            f"{b.count}",
            (x, y),
            textcoords="offset points",
            xytext=(9, 6),
            fontsize=NOTE_SIZE,
            color=palette.foreground,
            gid="bin-count",
        )
    ax.set_xlim(0, 100)
    ax.set_ylim(-2, 102)
    ax.set_xticks(range(0, 101, 10))
    ax.set_yticks(range(0, 101, 20))
    ax.set_xlabel(tr("How confident you were (%)"))
    ax.set_ylabel(tr("How many came true (%)"))
    set_title(ax, palette, tr("Calibration: the number by each point is how many decisions"))
    ax.legend(loc="upper left", frameon=False, fontsize=NOTE_SIZE, labelcolor=palette.foreground)
    return fig


def team_share_figure(
    months: Sequence[MonthShare], palette: Palette, *, figure: Figure | None = None
) -> Figure:
    """The percent of each month's decisions made by team members (gid ``share``)."""
    fig = prepare_figure(figure, palette)
    shown = [m for m in months if m.share is not None]
    if not shown:
        empty_state(fig, word(SHARE_EMPTY), palette)
        return fig
    ax = fig.add_subplot()
    ax.xaxis_date()
    style_axes(ax, palette)
    xs = day_numbers([m.month for m in shown])
    bars = ax.bar(
        xs,
        [m.share or 0.0 for m in shown],
        width=20,
        color=palette.freed,
        align="edge",
        gid="share",
    )
    for rect, m in zip(bars, shown, strict=True):
        ax.annotate(
            f"{m.by_team} of {m.total}",
            (rect.get_x() + rect.get_width() / 2, rect.get_height()),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
            fontsize=NOTE_SIZE,
            color=palette.foreground,
        )
    ax.set_ylim(0, 110)
    ax.set_yticks(range(0, 101, 25))
    ax.set_ylabel(tr("Made by your team (%)"))
    date_axis(ax, palette)
    set_title(ax, palette, tr("Decisions your team made, by month"))
    return fig
