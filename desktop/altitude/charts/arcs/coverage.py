"""The cross-functional coverage: how often you worked with each function, month by month.

A heat map of ``domain.arcs.functions.Coverage``: one row per function, one column per
month, each cell's count written in it (gid ``count``, only where it is not zero, so the
empty months read as gaps). The colour runs from the background to Okabe-Ito blue in a
single hue, so more is always darker on light and brighter on dark, also without colour
vision. The image has gid ``coverage``; its array is the counts, as tests read it. Beyond
``MAX_MONTHS`` only the latest months are drawn (a ten-year plan has 120), and the title
says so. Empty states: no functions yet, and functions with no touch in the months shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from altitude.charts.layout import Margins
from altitude.charts.style import (
    BLUE,
    NOTE_SIZE,
    SKY_BLUE,
    TICK_SIZE,
    Palette,
    empty_state,
    prepare_figure,
    set_title,
    style_axes,
    user_text_families,
)
from altitude.domain.arcs.functions import Coverage
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked


def tr(text: str) -> str:
    """The chart's words in the app's language (English without a translator: the CLI)."""
    return translate("Charts", text)


def word(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Charts", ...) in this module, translated."""
    return translate_marked("Charts", marked)


if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_MONTHS = 24
MAX_ROW_NAME = 18  # characters of a function's name on the left
EMPTY_NO_FUNCTIONS = QT_TRANSLATE_NOOP(
    "Charts", "Add the functions you work with\nto see how often you meet each one"
)
TITLE = QT_TRANSLATE_NOOP("Charts", "Times you worked with each function, by month")
NO_TOUCHES = QT_TRANSLATE_NOOP("Charts", "No time with another function logged in these months yet")


def _short(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= MAX_ROW_NAME else name[: MAX_ROW_NAME - 1].rstrip() + "…"


def month_labels(months: Sequence[date]) -> list[str]:
    """ "Mar" per month, with the year under the first and wherever the year changes."""
    labels, year = [], None
    for month in months:
        name = formats.month_name(month.month)
        labels.append(name if month.year == year else f"{name}\n{month.year}")
        year = month.year
    return labels


def shown(cov: Coverage) -> Coverage:
    """The latest ``MAX_MONTHS`` months of ``cov``."""
    if len(cov.months) <= MAX_MONTHS:
        return cov
    return Coverage(
        cov.functions, cov.months[-MAX_MONTHS:], tuple(r[-MAX_MONTHS:] for r in cov.counts)
    )


def coverage_figure(cov: Coverage, palette: Palette, *, figure: Figure | None = None) -> Figure:
    """Draw the heat map into ``figure`` (cleared first) or a new figure, and return it."""
    from matplotlib.colors import LinearSegmentedColormap

    longest = max((len(_short(f)) for f in cov.functions), default=8)
    margins = Margins(left=0.3 + longest * TICK_SIZE * 0.55 / 72, bottom=0.7, right=0.3)
    fig = prepare_figure(figure, palette, margins)
    if not cov.functions or not cov.months:
        empty_state(fig, word(EMPTY_NO_FUNCTIONS), palette)
        return fig
    view = shown(cov)
    ax = fig.add_subplot()
    style_axes(ax, palette)
    ax.grid(False)
    top = max((max(r, default=0) for r in view.counts), default=0)
    high = SKY_BLUE if palette.dark else BLUE
    colours = LinearSegmentedColormap.from_list("coverage", [palette.background, high])
    image = ax.imshow(
        [list(r) for r in view.counts],
        cmap=colours,
        vmin=0,
        vmax=max(top, 1),
        aspect="auto",
        interpolation="nearest",
    )
    image.set_gid("coverage")
    for row, counts in enumerate(view.counts):
        for column, count in enumerate(counts):
            if count:
                strong = count > max(top, 1) / 2
                ink = palette.background if strong else palette.foreground
                ax.text(column, row, str(count), ha="center", va="center", fontsize=NOTE_SIZE,
                        color=ink, gid="count")  # fmt: skip
    # thin lines between the cells, so each month and function reads as a box
    ax.set_xticks([x - 0.5 for x in range(1, len(view.months))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(view.functions))], minor=True)
    ax.grid(True, which="minor", color=palette.grid, linewidth=0.8)
    ax.tick_params(which="minor", length=0)
    step = max(1, len(view.months) // 12)  # at most about a dozen month names
    ax.set_xticks(range(0, len(view.months), step))
    ax.set_xticklabels(month_labels(view.months[::step]), fontsize=TICK_SIZE)
    ax.set_yticks(range(len(view.functions)))
    ax.set_yticklabels(
        [_short(f) for f in view.functions], fontfamily=user_text_families(), fontsize=TICK_SIZE
    )
    for spine in ax.spines.values():
        spine.set_visible(False)
    title = word(TITLE)
    if len(view.months) < len(cov.months):
        title = tr("{0} (the last {1})").format(title, MAX_MONTHS)
    set_title(ax, palette, title)
    if top == 0:
        ax.text(
            0.5, 0.5, word(NO_TOUCHES), transform=ax.transAxes, ha="center", va="center",
            fontsize=NOTE_SIZE + 1, color=palette.muted, gid="empty-state",
            bbox={"boxstyle": "round,pad=0.5", "fc": palette.background, "ec": "none"},
        )  # fmt: skip
    return fig
