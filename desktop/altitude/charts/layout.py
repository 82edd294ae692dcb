"""A layout engine with fixed margins in inches: the axes fill the rest of the figure.

Constrained layout measures every text at every draw, which costs about as much as
drawing the chart itself. Our charts have predictable furniture (a title, one row of tick
labels, a one-row legend at the foot), so margins in inches keep the same look at any
canvas size for a fraction of the cost, and labels never shift as data changes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.legend import Legend

# Rough DejaVu Sans metrics, in inches per point of font size: no renderer is needed.
_CHAR_WIDTH = 0.55 / 72
_LINE_HEIGHT = 1.45 / 72
_ENTRY_WIDTH = 0.6  # a legend entry's handle and spacing, in inches
_COLUMN_GAP = 2.0  # matplotlib's legend.columnspacing, in font sizes (counted in the entry)
_EDGE = 0.1  # inches kept clear at the figure's sides


@dataclass(frozen=True, slots=True)
class Margins:
    left: float = 0.9
    right: float = 0.3
    top: float = 0.5
    bottom: float = 0.85


class MarginLayout(LayoutEngine):
    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, margins: Margins) -> None:
        super().__init__()
        self._params = {"margins": margins}

    def set(self, *, margins: Margins) -> None:  # type: ignore[override]
        self._params["margins"] = margins

    def execute(self, fig: Figure) -> None:
        m: Margins = self._params["margins"]
        width, height = fig.get_size_inches()
        extra = max((fit_legend(legend, width) for legend in fig.legends), default=0.0)
        # On a very small canvas the margins give way to the axes.
        left = min(m.left / width, 0.3)
        right = min(m.right / width, 0.15)
        bottom = min((m.bottom + extra) / height, 0.4)
        top = min(m.top / height, 0.15)
        for ax in fig.axes:
            ax.set_position((left, bottom, 1 - left - right, 1 - bottom - top))


def fit_legend(legend: Legend, width_in: float) -> float:
    """Wrap a one-row legend onto more rows when the figure is too narrow for it.

    Returns the extra height, in inches, the added rows need at the foot of the figure.
    """
    texts = legend.get_texts()
    if not texts:
        return 0.0
    size = texts[0].get_fontproperties().get_size_in_points()  # get_fontsize's stub adds str
    widths = [len(t.get_text()) * size * _CHAR_WIDTH + _ENTRY_WIDTH for t in texts]
    room = width_in - _EDGE
    gap = _COLUMN_GAP * size / 72  # between columns only: none after the last one
    ncols = len(texts)
    while ncols > 1 and _row_width(widths, ncols) - gap > room:
        ncols -= 1
    legend.set_ncols(ncols)
    return (math.ceil(len(texts) / ncols) - 1) * size * _LINE_HEIGHT


def _row_width(widths: list[float], ncols: int) -> float:
    """The width of the widest row when entries are laid out in ``ncols`` columns."""
    columns = [max(widths[c::ncols]) for c in range(ncols)]
    return sum(columns)


def use_margins(fig: Figure, margins: Margins | None = None) -> None:
    fig.set_layout_engine(MarginLayout(margins or Margins()))
