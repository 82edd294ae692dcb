"""The plan's layer of the trajectory: glide path, tolerance band, milestones, projection.

The projection's verdict ("Target reached ~2027-W03 at this trend" or "Not at this
trend", gid ``projection-label``) sits in the top-left corner of the axes, which is
execution area in all but the most strategic weeks, on a backdrop so it stays readable.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.date_values import as_x_values, day_number
from altitude.charts.style import NOTE_SIZE, Palette
from altitude.domain import metrics
from altitude.domain.entities import Plan
from altitude.domain.weeks import IsoWeek
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

NOT_AT_THIS_TREND = QT_TRANSLATE_NOOP("Charts", "Not at this trend")
MIN_LABEL_GAP = 0.09  # milestone labels closer than this (axes fraction) would overlap
MAX_EXTRA_WEEKS = 26  # a far projection is clipped rather than squashing the data


def projection_end(projection: metrics.Projection, right: date) -> date:
    """How far right the axes should reach to show the projection (clipped)."""
    if not projection.points:
        return right
    end = projection.points[-1][0].monday()
    return min(end, right + timedelta(weeks=MAX_EXTRA_WEEKS))


def draw_glide_path(ax: Axes, plan: Plan, palette: Palette) -> list[Artist]:
    """The tolerance band and the dashed glide path; returns both (band first)."""
    path = metrics.glide_path(plan)
    days = [d for d, _ in path]
    targets = [t for _, t in path]
    band = ax.fill_between(
        as_x_values(days),
        [max(0.0, t - plan.tolerance) for t in targets],
        [min(100.0, t + plan.tolerance) for t in targets],
        color=palette.band,
        alpha=palette.band_alpha,
        linewidth=0,
        label=tr("Tolerance ±{0} pts").format(formats.short_number(plan.tolerance)),
        zorder=2,
    )
    band.set_gid("band")
    (glide,) = ax.plot(
        as_x_values(days),
        targets,
        color=palette.glide,
        linestyle=palette.glide_style,
        linewidth=1.5,
        label=tr("Glide path"),
        zorder=3,
    )
    glide.set_gid("glide")
    return [band, glide]


def draw_milestones(ax: Axes, plan: Plan, palette: Palette) -> list[Artist]:
    """A diamond on the glide path per milestone, labelled at the foot of the axes.

    Labels are placed for the current x limits: set them first. Returns what was drawn.
    """
    lo, hi = ax.get_xlim()
    milestones = sorted((m for m in plan.milestones if m.day > 0), key=lambda m: m.day)
    labelled = _spaced(
        [(day_number(plan.start_date + timedelta(days=m.day)) - lo) / (hi - lo) for m in milestones]
    )
    drawn: list[Artist] = []
    for index, m in enumerate(milestones):
        on = plan.start_date + timedelta(days=m.day)
        drawn += ax.plot(
            as_x_values([on, on]),
            [0, m.target_share],
            color=palette.grid,
            linewidth=1.0,
            zorder=1.5,
        )
        (marker,) = ax.plot(
            as_x_values([on]),
            [m.target_share],
            linestyle="none",
            marker="D",
            markersize=6.5,
            color=palette.glide,
            markeredgecolor=palette.background,
            zorder=5,
        )
        marker.set_gid(f"milestone-{m.day}")
        drawn.append(marker)
        if index not in labelled:
            continue
        where = (day_number(on) - lo) / (hi - lo)
        label = ax.annotate(
            # The plan's own labels are too long here.
            tr("Day {0}\n{1}").format(m.day, formats.short_percent(m.target_share)),
            (on, 0.02),
            xycoords=("data", "axes fraction"),
            xytext=(-4 if where > 0.93 else 4 if where < 0.07 else 0, 0),
            textcoords="offset points",
            ha="right" if where > 0.93 else "left" if where < 0.07 else "center",
            va="bottom",
            fontsize=NOTE_SIZE - 0.5,
            color=palette.muted,
            bbox={"boxstyle": "round,pad=0.2", "fc": palette.background, "ec": "none"},
            gid=f"milestone-{m.day}-label",
            zorder=6,
        )
        drawn.append(label)
    return drawn


def _spaced(positions: list[float], gap: float = MIN_LABEL_GAP) -> set[int]:
    """Indexes of the positions to label, latest first, at least ``gap`` apart."""
    kept: list[float] = []
    chosen = set()
    for index in range(len(positions) - 1, -1, -1):
        if all(abs(positions[index] - other) >= gap for other in kept):
            kept.append(positions[index])
            chosen.add(index)
    return chosen


def draw_projection(
    ax: Axes, projection: metrics.Projection, latest: metrics.WeekShare, palette: Palette
) -> list[Artist]:
    """The projected trend, its end marker and the verdict; returns what was drawn."""
    if not projection.points:  # too few check-ins: say so quietly instead of guessing
        return [_verdict(ax, projection.words.translated(), palette.muted, palette)]
    xs = [w.monday() for w, _ in projection.points]
    ys = [v for _, v in projection.points]
    (line,) = ax.plot(
        as_x_values(xs),
        ys,
        color=palette.projection,
        linestyle=palette.projection_style,
        linewidth=2.2,
        label=tr("Projection"),
        zorder=3,
    )
    line.set_gid("projection")
    if projection.reach_week is None:
        return [line, _verdict(ax, word(NOT_AT_THIS_TREND), palette.foreground, palette)]
    (end,) = ax.plot(
        as_x_values(xs[-1:]),
        [ys[-1]],
        linestyle="none",
        marker="o",
        markersize=8,
        markerfacecolor="none",
        markeredgecolor=palette.projection,
        markeredgewidth=1.8,
        zorder=5,
    )
    end.set_gid("reach")
    monday = _monday(projection.reach_week)
    if projection.reach_week == latest.week:
        text = tr("Target reached in the week of {0}").format(monday)
    else:
        text = tr("Target reached ~week of {0} at this trend").format(monday)
    return [line, end, _verdict(ax, text, palette.foreground, palette)]


def _verdict(ax: Axes, text: str, colour: str, palette: Palette) -> Artist:
    return ax.text(
        0.012,
        0.975,
        text,
        transform=ax.transAxes,
        ha="left",
        va="top",
        fontsize=NOTE_SIZE + 0.5,
        color=colour,
        bbox={"boxstyle": "round,pad=0.3", "fc": palette.background, "ec": "none", "alpha": 0.85},
        gid="projection-label",
        zorder=7,
        wrap=True,  # onto a second line in a narrow chart, rather than off its edge
    )


def _monday(week: IsoWeek) -> str:
    """'7 Dec 2026': a date, as the dashboard's card says it, rather than an ISO week."""
    day = week.monday()
    return formats.day(day)
