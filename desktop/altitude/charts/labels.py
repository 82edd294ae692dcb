"""Greedy label placement that keeps point labels from overlapping.

Positions are only known once the figure is laid out at its final size, so placement runs
at draw time: ``LabelPlacer`` is an invisible artist drawn first in its axes (lowest
zorder). For each label, most important first, it tries the spot right of its point, then
left, then nudges up and down one line at a time, and takes the first spot that overlaps
no label placed so far, staying inside the axes and off other points where it can. A
label moved off its point's row gets a thin leader line back to the point.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.artist import Artist
from matplotlib.lines import Line2D
from matplotlib.transforms import IdentityTransform, offset_copy

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.text import Text

_PAD = 3.0  # pixels kept clear around each label
_MAX_STEPS = 200  # vertical nudges tried before giving up (far beyond any real chart)


class LabelPlacer(Artist):
    """Places ``texts`` beside ``anchors`` (data coordinates) at every draw."""

    def __init__(
        self,
        ax: Axes,
        texts: Sequence[Text],
        anchors: Sequence[tuple[float, float]],
        radii_pt: Sequence[float],
        obstacles: Sequence[Text] = (),
        leader_colour: str = "#888888",
    ) -> None:
        super().__init__()
        self.set_zorder(-100)  # placed before anything else in the axes is drawn
        self.set_in_layout(False)
        self._ax = ax
        self._texts = list(texts)
        self._anchors = np.asarray(anchors, dtype=float).reshape(-1, 2)
        self._radii_pt = np.asarray(radii_pt, dtype=float)
        self._obstacles = list(obstacles)
        self._leaders: list[Line2D] = []
        for text in self._texts:
            text.set_in_layout(False)  # layout must not chase labels that move at draw time
            leader = Line2D(
                [], [], color=leader_colour, linewidth=0.7, transform=IdentityTransform()
            )
            leader.set_gid("leader")
            ax.add_line(leader)
            self._leaders.append(leader)

    def draw(self, renderer: RendererBase) -> None:
        if self._texts:
            place(
                self._ax,
                renderer,
                self._texts,
                self._anchors,
                self._radii_pt,
                self._obstacles,
                self._leaders,
            )
        self.stale = False


def place(
    ax: Axes,
    renderer: RendererBase,
    texts: Sequence[Text],
    anchors: np.ndarray,
    radii_pt: np.ndarray,
    obstacles: Sequence[Text],
    leaders: Sequence[Line2D],
) -> None:
    fig = ax.figure
    px_per_pt = fig.dpi / 72.0
    points = ax.transData.transform(anchors)
    radii = radii_pt * px_per_pt
    # Markers as boxes: labels avoid other points where they can (a soft rule).
    markers = np.column_stack([points - radii[:, None], points + radii[:, None]])
    frame = ax.get_window_extent(renderer)
    placed = [_box(o.get_window_extent(renderer)) for o in obstacles if o.get_visible()]
    for i, text in enumerate(texts):
        text.set_horizontalalignment("left")
        text.set_verticalalignment("center")
        text.set_transform(ax.transData)
        extent = text.get_window_extent(renderer)
        width, height = extent.width, extent.height
        x, y = points[i]
        gap = radii[i] + 3 * px_per_pt
        others = np.delete(markers, i, axis=0)
        best = _choose(x, y, gap, width, height, np.array(placed).reshape(-1, 4), others, frame)
        side, dy, box = best
        dx = gap if side > 0 else -gap
        text.set_horizontalalignment("left" if side > 0 else "right")
        text.set_transform(
            offset_copy(ax.transData, fig=fig, x=dx / px_per_pt, y=dy / px_per_pt, units="points")
        )
        placed.append(box)
        _set_leader(leaders[i], x, y, radii[i], box, side, dy)


def _choose(
    x: float,
    y: float,
    gap: float,
    width: float,
    height: float,
    placed: np.ndarray,
    markers: np.ndarray,
    frame: object,
) -> tuple[int, float, tuple[float, float, float, float]]:
    """The first free spot, preferring: inside the axes, off other points, near the point."""
    step = height + _PAD
    fallback: tuple[int, float, tuple[float, float, float, float]] | None = None
    best_score = float("inf")
    for n in count():
        if n > _MAX_STEPS:
            break
        for k in (0,) if n == 0 else (n, -n):
            for side in (1, -1):
                dy = k * step
                left = x + gap if side > 0 else x - gap - width
                box = (left, y + dy - height / 2, left + width, y + dy + height / 2)
                if _hits(box, placed, _PAD).any():
                    continue
                inside = (
                    box[0] >= frame.x0
                    and box[2] <= frame.x1  # type: ignore[attr-defined]
                    and box[1] >= frame.y0
                    and box[3] <= frame.y1  # type: ignore[attr-defined]
                )
                score = (0 if inside else 1000) + 20 * int(_hits(box, markers, 0).sum()) + n
                if score < best_score:
                    best_score, fallback = score, (side, dy, box)
        # Stop once no farther spot could beat the best one (distance only adds to it).
        if fallback is not None and best_score <= n:
            break
    if fallback is None:  # unreachable in practice: there is always room far enough away
        left = x + gap
        return 1, 0.0, (left, y - height / 2, left + width, y + height / 2)
    return fallback


def _hits(box: tuple[float, float, float, float], boxes: np.ndarray, pad: float) -> np.ndarray:
    if boxes.size == 0:
        return np.zeros(0, dtype=bool)
    return (
        (boxes[:, 0] < box[2] + pad)
        & (box[0] - pad < boxes[:, 2])
        & (boxes[:, 1] < box[3] + pad)
        & (box[1] - pad < boxes[:, 3])
    )


def _box(extent: object) -> tuple[float, float, float, float]:
    return (extent.x0, extent.y0, extent.x1, extent.y1)  # type: ignore[attr-defined]


def _set_leader(
    leader: Line2D,
    x: float,
    y: float,
    radius: float,
    box: tuple[float, float, float, float],
    side: int,
    dy: float,
) -> None:
    if dy == 0:
        leader.set_data([], [])
        return
    end_x = box[0] if side > 0 else box[2]
    end_y = (box[1] + box[3]) / 2
    # Start on the marker's rim, towards the label.
    direction = np.array([end_x - x, end_y - y])
    length = float(np.hypot(*direction)) or 1.0
    start = np.array([x, y]) + direction / length * radius
    leader.set_data([start[0], end_x], [start[1], end_y])
