"""The arc of the strategic narrative: its versions on the plan's timeline.

One dot per version, at the day it was written; its height is the hours a week that went
to its coherent actions by the time it was replaced (``action_hours``' mean of the last
four check-ins before the next version; for the latest, the recent four, as the page
shows), so a narrative whose actions get no time shows as a flat line at zero. Each dot
is labelled with its number and its hints (Rumelt's hallmarks of bad strategy,
``narrative.checks``): a good arc climbs and sheds hints. The plan's start and
horizon bound the x axis. Gids: ``versions`` (the dots, pickable by the page), ``selected``,
``label``; tests read data, not pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from altitude.charts.date_values import as_x_values, day_number
from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    date_axis,
    empty_state,
    prepare_figure,
    set_title,
    style_axes,
)
from altitude.domain.arcs.action_hours import hours_per_action
from altitude.domain.arcs.narrative import NarrativeVersion, checks
from altitude.domain.entities import Delegation, Plan, WeeklyCheckIn
from altitude.i18n import QT_TRANSLATE_NOOP, translate, translate_marked


def tr(text: str) -> str:
    """The chart's words in the app's language (English without a translator: the CLI)."""
    return translate("Charts", text)


def word(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Charts", ...) in this module, translated."""
    return translate_marked("Charts", marked)


if TYPE_CHECKING:
    from matplotlib.figure import Figure

TITLE = QT_TRANSLATE_NOOP("Charts", "The arc: each version of your narrative")
Y_LABEL = QT_TRANSLATE_NOOP("Charts", "Hours a week on its actions")
EMPTY = QT_TRANSLATE_NOOP("Charts", "Write your narrative to start its arc")
MIN_SPAN = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class ArcPoint:
    version: NarrativeVersion
    number: int  # 1 for the first version
    hours: float  # a week, on its actions, by the time it was replaced (or now)
    hints: int

    @property
    def label(self) -> str:
        if self.hints == 0:
            return tr("v{0} · no hints").format(self.number)
        return translate("Charts", "v{0} · %n hint(s)", None, self.hints).format(self.number)


def arc_points(
    versions: Sequence[NarrativeVersion],
    checkins: Sequence[WeeklyCheckIn],
    delegations: Sequence[Delegation],
    today: date,
) -> list[ArcPoint]:
    """The versions oldest first, each with the hours behind it when it was replaced."""
    ordered = sorted(versions, key=lambda v: (v.written_on, v.id or 0))
    points: list[ArcPoint] = []
    for number, version in enumerate(ordered, start=1):
        until = ordered[number].written_on if number < len(ordered) else today + timedelta(1)
        held = [c for c in checkins if c.week.day(0) < until]
        hours = hours_per_action(version, held, delegations)
        total = round(sum(hours), 2)
        points.append(ArcPoint(version, number, total, len(checks(version, hours))))
    return points


def narrative_arc_figure(
    points: Sequence[ArcPoint],
    palette: Palette,
    *,
    plan: Plan | None = None,
    today: date | None = None,
    selected: int | None = None,
    figure: Figure | None = None,
) -> Figure:
    """Draw the arc into ``figure`` (cleared first) or a new one; ``selected`` is an index
    into ``points`` drawn with a ring."""
    fig = prepare_figure(figure, palette)
    if not points:
        empty_state(fig, word(EMPTY), palette)
        return fig
    ax = fig.add_subplot()
    style_axes(ax, palette)
    set_title(ax, palette, word(TITLE))
    ax.set_ylabel(word(Y_LABEL))
    days = [p.version.written_on for p in points]
    first, last = min(days), max([*days, *([today] if today else [])])
    if plan is not None:
        first, last = min(first, plan.start_date), max(last, plan.horizon_end)
    if last - first < MIN_SPAN:
        last = first + MIN_SPAN
    pad = (last - first) / 20
    ax.set_xlim(day_number(first - pad), day_number(last + pad))
    date_axis(ax, palette)
    xs = as_x_values(days)
    ys = [p.hours for p in points]
    top = max([*ys, 1.0])
    ax.set_ylim(0, top * 1.35)
    ax.plot(xs, ys, "-", color=palette.strategy, linewidth=1.6, alpha=0.6)
    dots = ax.scatter(xs, ys, s=60, color=palette.strategy, zorder=3)
    dots.set_gid("versions")
    for point, when, y in zip(points, days, ys, strict=True):
        text = ax.annotate(
            point.label, (day_number(when), y), xytext=(0, 9), textcoords="offset points",
            ha="center", fontsize=NOTE_SIZE, color=palette.foreground,
        )  # fmt: skip
        text.set_gid("label")
    if selected is not None and 0 <= selected < len(points):
        ring = ax.scatter(
            as_x_values([days[selected]]), [ys[selected]], s=220, facecolors="none",
            edgecolors=palette.today, linewidths=2.0, zorder=4,
        )  # fmt: skip
        ring.set_gid("selected")
    for edge, name, side in _edges(plan):  # the horizon's name left of its line: in view
        ax.axvline(day_number(edge), color=palette.muted, linestyle=":", linewidth=1.0)
        ax.text(day_number(edge), top * 1.3, f" {name} ", color=palette.muted,
                fontsize=NOTE_SIZE - 0.5, va="top", ha=side)  # fmt: skip
    return fig


def _edges(plan: Plan | None) -> list[tuple[date, str, str]]:
    if plan is None:
        return []
    return [
        (plan.start_date, tr("plan starts"), "left"),
        (plan.horizon_end, tr("horizon"), "right"),
    ]
