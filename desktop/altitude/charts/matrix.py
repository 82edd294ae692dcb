"""The weighing matrix: each inventory item by leverage (x) and how only-you it is (y).

Bubble area grows with the item's weekly hours; colour is its effective decision (the
user's, else the recommendation). Items on the same spot are spread on a small ring,
always in the same order, so the chart does not shuffle between redraws. One scatter
(gid ``items``) holds every item, in the order given; labels have gid ``label``.
"""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from altitude.charts.layout import Margins
from altitude.charts.style import (
    NOTE_SIZE,
    Palette,
    empty_state,
    figure_legend,
    prepare_figure,
    set_title,
    style_axes,
    user_text_families,
)
from altitude.domain.entities import Decision, InventoryItem
from altitude.domain.metrics import format_hours
from altitude.domain.weighing import effective_decision
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
    from matplotlib.text import Text

MARGINS = Margins(bottom=1.2)  # room for the axis label and the legend's title
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Charts", "Add what you do today to see it weighed")
QUADRANTS = (  # (x, y) in axes fractions, text
    (0.99, 0.99, QT_TRANSLATE_NOOP("Charts", "Keep: only you, high leverage")),
    (0.01, 0.99, QT_TRANSLATE_NOOP("Charts", "Coach then delegate")),
    (0.99, 0.01, QT_TRANSLATE_NOOP("Charts", "Delegate the outcome")),
    (0.01, 0.01, QT_TRANSLATE_NOOP("Charts", "Stop?")),
)
LEGEND = (  # short names, so the legend fits a narrow canvas
    (Decision.KEEP, QT_TRANSLATE_NOOP("Charts", "Keep")),
    (Decision.DELEGATE, QT_TRANSLATE_NOOP("Charts", "Delegate")),
    (Decision.COACH, QT_TRANSLATE_NOOP("Charts", "Coach then delegate")),
    (Decision.STOP, QT_TRANSLATE_NOOP("Charts", "Stop")),
)
MAX_LABEL = 28  # characters of a title shown beside its bubble
_AREA_PER_HOUR = 60.0  # points² of bubble per weekly hour
_MIN_AREA, _MAX_AREA = 50.0, 1800.0


def matrix_figure(
    items: Sequence[InventoryItem],
    palette: Palette,
    *,
    figure: Figure | None = None,
) -> Figure:
    """Draw the matrix into ``figure`` (cleared first) or a new figure, and return it."""
    fig = prepare_figure(figure, palette, MARGINS)
    if not items:
        empty_state(fig, word(EMPTY_MESSAGE), palette)
        return fig

    ax = fig.add_subplot()
    style_axes(ax, palette)
    positions = spread_positions(items)
    sizes = [bubble_area(item.hours) for item in items]
    colours = [palette.decision(effective_decision(item)) for item in items]
    scatter = ax.scatter(
        [x for x, _ in positions],
        [y for _, y in positions],
        s=sizes,
        c=colours,
        alpha=0.85,
        edgecolors=palette.background,
        linewidths=1.0,
        zorder=3,
    )
    scatter.set_gid("items")
    quadrants = _draw_quadrants(ax, palette)
    # Biggest items choose their label spot first; beyond MAX_LABELS none could be read.
    order = sorted(range(len(items)), key=lambda i: (-items[i].hours, i))
    label_points(ax, palette, [label_text(items[i]) for i in order],
                 [positions[i] for i in order], [sizes[i] for i in order], quadrants)  # fmt: skip
    _format_axes(ax, palette)
    return fig


def label_points(
    ax: Axes,
    palette: Palette,
    texts: Sequence[str],
    positions: Sequence[tuple[float, float]],
    areas: Sequence[float],
    obstacles: Sequence[Text],
) -> None:
    """Name each point (gid ``label``) beside it, never overlapping, in the order given (the
    most important first: beyond ``MAX_LABELS`` none could be read)."""
    from altitude.charts.labels import MAX_LABELS, LabelPlacer

    backdrop = {"boxstyle": "square,pad=0.1", "fc": palette.background, "ec": "none", "alpha": 0.7}
    labels = [
        ax.text(*at, text, fontsize=NOTE_SIZE, fontfamily=user_text_families(),
                color=palette.foreground, bbox=backdrop, gid="label", zorder=5)
        for text, at in zip(texts[:MAX_LABELS], positions, strict=False)
    ]  # fmt: skip
    radii = [math.sqrt(area) / 2 for area in areas[:MAX_LABELS]]
    ax.add_artist(LabelPlacer(ax, labels, positions[:MAX_LABELS], radii,
                              obstacles=obstacles, leader_colour=palette.muted))  # fmt: skip


def spread_positions(items: Sequence[InventoryItem]) -> list[tuple[float, float]]:
    """(leverage, only-you) per item; items sharing a spot sit on a ring around it."""
    spots = [(item.factors.leverage, item.factors.only_you) for item in items]
    return ring_spread(spots, [(i.id is None, i.id or 0, i.title) for i in items])


def ring_spread(
    spots: Sequence[tuple[int, int]], keys: Sequence[tuple[bool, int, str]]
) -> list[tuple[float, float]]:
    """Each spot as a point; points sharing a spot sit on a small ring around it, in the
    order of their ``keys`` and turned by the spot, so a chart does not shuffle on redraw."""
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, spot in enumerate(spots):
        cells[spot].append(index)
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * len(spots)
    for (x, y), members in cells.items():
        members.sort(key=lambda i: keys[i])
        if len(members) == 1:
            positions[members[0]] = (float(x), float(y))
            continue
        radius = min(0.38, 0.16 + 0.03 * len(members))
        start = zlib.crc32(f"{x},{y}".encode()) % 360  # a stable turn per spot
        for n, index in enumerate(members):
            angle = math.radians(start + 360.0 * n / len(members))
            positions[index] = (x + radius * math.cos(angle), y + radius * math.sin(angle))
    return positions


def bubble_area(hours: float) -> float:
    """Marker area in points², proportional to hours within readable bounds."""
    if not math.isfinite(hours):
        return _MIN_AREA
    return min(_MAX_AREA, max(_MIN_AREA, _AREA_PER_HOUR * hours))


def label_text(item: InventoryItem) -> str:
    title = " ".join(item.title.split())
    if len(title) > MAX_LABEL:
        title = title[: MAX_LABEL - 1].rstrip() + "…"
    return f"{title} ({format_hours(item.hours)})"


def _draw_quadrants(ax: Axes, palette: Palette) -> list[Text]:
    return draw_quadrants(ax, palette, [(x, y, word(text)) for x, y, text in QUADRANTS], 3.0)


def draw_quadrants(
    ax: Axes, palette: Palette, corners: Sequence[tuple[float, float, str]], middle: float
) -> list[Text]:
    """Dashed lines at ``middle`` on both axes and each quadrant's name in its corner
    ((x, y) in axes fractions); the names, as obstacles for the point labels."""
    ax.axvline(middle, color=palette.muted, linewidth=0.9, linestyle="--", zorder=1)
    ax.axhline(middle, color=palette.muted, linewidth=0.9, linestyle="--", zorder=1)
    return [
        ax.text(x, y, text, transform=ax.transAxes, ha="right" if x > 0.5 else "left",
                va="top" if y > 0.5 else "bottom", fontsize=NOTE_SIZE, color=palette.muted,
                style="italic", gid="quadrant", zorder=2)
        for x, y, text in corners
    ]  # fmt: skip


def _format_axes(ax: Axes, palette: Palette) -> None:
    from matplotlib.lines import Line2D

    ax.set_xlim(0.3, 5.7)
    ax.set_ylim(0.0, 6.0)  # headroom above 5 and below 1 keeps bubbles off the quadrant names
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.grid(False)
    ax.set_xlabel(tr("Leverage when you do it yourself  (1 low to 5 high)"))
    ax.set_ylabel(tr("Only you can do it  (1 to 5)"))
    set_title(ax, palette, tr("What you do, weighed"))
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=9,
            color=palette.decision(d),
            label=word(name),
        )
        for d, name in LEGEND
    ]
    legend = figure_legend(
        ax.figure,
        palette,
        ncols=4,
        handles=handles,
        title=tr("Colour: decision · bubble size: hours a week"),
        title_fontsize=NOTE_SIZE,
    )
    legend.get_title().set_color(palette.muted)
