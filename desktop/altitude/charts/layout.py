"""A layout engine with fixed margins in inches: the axes fill the rest of the figure.

Constrained layout measures every text at every draw, which costs about as much as
drawing the chart itself. Our charts have predictable furniture (a title, one row of tick
labels, a one-row legend at the foot), so margins in inches keep the same look at any
canvas size for a fraction of the cost, and labels never shift as data changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine


@dataclass(frozen=True, slots=True)
class Margins:
    left: float = 0.95
    right: float = 0.3
    top: float = 0.5
    bottom: float = 0.95


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
        # On a very small canvas the margins give way (at most 45% each way) to the axes.
        left = min(m.left / width, 0.3)
        right = min(m.right / width, 0.15)
        bottom = min(m.bottom / height, 0.3)
        top = min(m.top / height, 0.15)
        for ax in fig.axes:
            ax.set_position((left, bottom, 1 - left - right, 1 - bottom - top))


def use_margins(fig: Figure, margins: Margins | None = None) -> None:
    fig.set_layout_engine(MarginLayout(margins or Margins()))
