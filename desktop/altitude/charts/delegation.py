"""Hours freed by delegation, cumulated over time.

A delegation that is handing over or owned adds its ``hours_freed`` from its
``started_on`` date (a step line, gid ``freed``, ending at today or the latest start).
Planned delegations have freed nothing yet and are left out. A taken-back delegation adds
nothing: it is marked with an ``x`` (gid ``taken-back``) on the line at its last known
date, labelled "taken back: <outcome>" (gid ``taken-back-label``) — the execution trap
made visible.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.date_values import as_x_values, day_number
from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    date_axis,
    empty_state,
    figure_legend,
    prepare_figure,
    set_title,
    style_axes,
    user_text_families,
)
from altitude.domain.entities import Delegation, Status
from altitude.domain.metrics import format_hours
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
    from matplotlib.lines import Line2D
    from matplotlib.text import Text

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Charts", "Delegate an outcome to see the hours it frees")
COUNTED = frozenset({Status.HANDING_OVER, Status.OWNED})
MAX_OUTCOME = 32  # characters of an outcome in a taken-back label


def freed_steps(delegations: Sequence[Delegation], today: date) -> tuple[list[date], list[float]]:
    """The step line's points: cumulative hours freed, from a week before the first start.

    Each point holds its value until the next one (``steps-post``); the last point is
    ``today`` (or the latest start, if that is later). Empty when nothing counts.
    """
    counted = sorted((d for d in delegations if d.status in COUNTED), key=lambda d: d.started_on)
    if not counted:
        return [], []
    xs: list[date] = [counted[0].started_on - timedelta(days=7)]
    ys: list[float] = [0.0]
    total = 0.0
    for delegation in counted:
        total += delegation.hours_freed
        if xs[-1] == delegation.started_on:
            ys[-1] = total  # same day: one step, not a zero-width spike
        else:
            xs.append(delegation.started_on)
            ys.append(total)
    end = max(today, xs[-1])
    xs.append(end)
    ys.append(total)
    return xs, ys


def last_date(delegation: Delegation) -> date:
    """The latest date the ledger knows for a delegation (start, check-in or level change)."""
    dates = [delegation.started_on]
    dates += [c.on for c in delegation.checkins]
    dates += [c.on for c in delegation.level_history]
    return max(dates)


def freed_figure(
    delegations: Sequence[Delegation],
    palette: Palette,
    today: date,
    *,
    figure: Figure | None = None,
) -> Figure:
    """Draw the hours freed into ``figure`` (cleared first) or a new figure, and return it."""
    fig = prepare_figure(figure, palette)
    xs, ys = freed_steps(delegations, today)
    taken_back = sorted(
        (d for d in delegations if d.status == Status.TAKEN_BACK), key=lambda d: last_date(d)
    )
    if not xs and not taken_back:
        empty_state(fig, word(EMPTY_MESSAGE), palette)
        return fig

    ax = fig.add_subplot()
    style_axes(ax, palette)
    if not xs:  # only taken-back ones: a flat line at zero still shows where they fell
        first = min(d.started_on for d in taken_back)
        xs, ys = [first - timedelta(days=7), max(today, last_date(taken_back[-1]))], [0.0, 0.0]
    (line,) = ax.plot(
        as_x_values(xs),
        ys,
        drawstyle="steps-post",
        color=palette.freed,
        linewidth=2.4,
        label=tr("Hours a week freed"),
    )
    line.set_gid("freed")
    ax.fill_between(
        as_x_values(xs), ys, step="post", color=palette.freed, alpha=palette.area_alpha, lw=0
    )
    total = ax.annotate(
        tr("{0} a week").format(format_hours(ys[-1])),
        (xs[-1], ys[-1]),
        xytext=(-4, 6),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=NOTE_SIZE,
        color=palette.foreground,
        gid="freed-total",
    )
    if taken_back:
        _mark_taken_back(ax, taken_back, xs, ys, palette, avoid=[total, line])
    _format_axes(ax, palette, max(ys))
    return fig


def _value_on(day: date, xs: list[date], ys: list[float]) -> float:
    index = bisect_right(xs, day) - 1
    return ys[index] if index >= 0 else 0.0


def _mark_taken_back(
    ax: Axes,
    taken_back: list[Delegation],
    xs: list[date],
    ys: list[float],
    palette: Palette,
    avoid: list[Text | Line2D],
) -> None:
    from altitude.charts.labels import MAX_LABELS, LabelPlacer

    days = [last_date(d) for d in taken_back]
    values = [_value_on(day, xs, ys) for day in days]
    (marks,) = ax.plot(
        as_x_values(days),
        values,
        linestyle="none",
        marker="x",
        markersize=10,
        markeredgewidth=2.4,
        color=palette.taken_back,
        label=tr("Taken back"),
        zorder=5,
    )
    marks.set_gid("taken-back")
    # Only the first MAX_LABELS could be placed: making the rest only to hide them took
    # longer than drawing the chart on a ledger of years.
    labelled = list(zip(taken_back, days, values, strict=True))[:MAX_LABELS]
    labels = [
        ax.text(
            day_number(day),
            value,
            tr("taken back: {0}").format(_short(d.outcome)),
            fontsize=NOTE_SIZE,
            fontfamily=user_text_families(),
            color=palette.taken_back,
            gid="taken-back-label",
            zorder=6,
        )
        for d, day, value in labelled
    ]
    anchors = [(day_number(day), value) for _, day, value in labelled]
    placer = LabelPlacer(
        ax,
        labels,
        anchors,
        [7.0] * len(labels),
        obstacles=avoid,
        mode="vertical",
        leader_colour=palette.muted,
    )
    ax.add_artist(placer)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_OUTCOME else text[: MAX_OUTCOME - 1].rstrip() + "…"


def _format_axes(ax: Axes, palette: Palette, top: float) -> None:

    date_axis(ax, palette)
    ax.set_ylim(0, max(top, 1.0) * 1.35)  # headroom for the labels above the line
    ax.set_ylabel(tr("Hours a week"))
    set_title(ax, palette, tr("Hours freed by delegation"))
    figure_legend(ax.figure, palette, ncols=2)
