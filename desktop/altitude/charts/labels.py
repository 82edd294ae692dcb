"""Greedy label placement that keeps point labels from overlapping.

Positions are only known once the figure is laid out at its final size, so placement runs
at draw time: ``LabelPlacer`` is an invisible artist drawn first in its axes (lowest
zorder). For each label, in the order given, it tries spots around its point, then nudges
one line at a time further away, and takes the first spot that overlaps no label placed
so far, preferring spots inside the axes and off other points. In ``"side"`` mode labels
sit right or left of their point; in ``"vertical"`` mode (for points on a line) below or
above it. A label moved off its first ring of spots gets a thin leader line to its point.

When labels do not all fit inside the axes (a crowded chart on a small canvas), the fonts
shrink a step at a time; labels that still do not fit are hidden rather than drawn over
the title or off the figure. Only the first ``MAX_LABELS`` labels (callers give the most
important first) are placed at all: more could not be read, and placing each one costs a
search among those already placed (2,000 labels took minutes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

import numpy as np
from matplotlib.artist import Artist
from matplotlib.lines import Line2D
from matplotlib.transforms import IdentityTransform, offset_copy

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

Mode = Literal["side", "vertical"]
HAlign = Literal["left", "center", "right"]  # a text's horizontal alignment
_PAD_PT = 2.5  # clearance kept around each label, in points
_MAX_STEPS = 200  # nudges tried before taking the best spot seen (far beyond real charts)
_OUTSIDE, _ON_POINT = 1000, 20  # penalties: leaving the axes, covering another point
_SHRINK = (1.0, 0.88, 0.76)  # font scales tried before labels are hidden
MAX_LABELS = 40  # labels after these stay hidden
_MAX_LINE_BOXES = 200  # boxes that stand for one line as an obstacle


_SHIFT = {"left": 0.0, "right": -1.0, "center": -0.5}  # box's left edge from its anchor, in widths
Spots = list[tuple[int, HAlign, float, float]]  # (ring, ha, dx, dy), as Spot holds them


class Spot(NamedTuple):
    ring: int  # 0 for the spots next to the point, then one more per nudge
    ha: HAlign  # the text's horizontal alignment at this spot
    dx: float  # the text anchor's offset from the point, in pixels
    dy: float


class LabelPlacer(Artist):
    """Places ``texts`` beside ``anchors`` (data coordinates) at every draw."""

    def __init__(
        self,
        ax: Axes,
        texts: Sequence[Text],
        anchors: Sequence[tuple[float, float]],
        radii_pt: Sequence[float],
        *,
        obstacles: Sequence[Text | Line2D] = (),
        mode: Mode = "side",
        leader_colour: str = "#888888",
    ) -> None:
        super().__init__()
        self.set_zorder(-100)  # placed before anything else in the axes is drawn
        self.set_in_layout(False)
        self._ax = ax
        for text in texts[MAX_LABELS:]:
            text.set_visible(False)
        texts, anchors, radii_pt = texts[:MAX_LABELS], anchors[:MAX_LABELS], radii_pt[:MAX_LABELS]
        self._texts = list(texts)
        # In points, as get_fontsize gives them (its stub adds a str it never returns).
        self._font_sizes = [t.get_fontproperties().get_size_in_points() for t in self._texts]
        self._anchors = np.asarray(anchors, dtype=float).reshape(-1, 2)
        self._radii_pt = np.asarray(radii_pt, dtype=float)
        self._obstacles = list(obstacles)
        self._mode: Mode = mode
        self._leaders: list[Line2D] = []
        self._placed_for: object = None  # the geometry the labels were last placed for
        for text in self._texts:
            text.set_in_layout(False)  # layout must not chase labels that move at draw time
            leader = Line2D([], [], color=leader_colour, linewidth=0.7)
            leader.set_transform(IdentityTransform())
            leader.set_gid("leader")
            ax.add_line(leader)
            self._leaders.append(leader)

    def draw(self, renderer: RendererBase) -> None:
        if self._texts:
            # savefig draws twice (layout, then pixels): place once per geometry.
            ax = self._ax
            key = (
                ax.figure.dpi,
                tuple(ax.get_window_extent(renderer).bounds),
                ax.transData.transform(self._anchors).tobytes(),
            )
            if key != self._placed_for:
                self._place(renderer)
                self._placed_for = key
        self.stale = False

    def _place(self, renderer: RendererBase) -> None:
        outside: list[int] = []
        for scale in _SHRINK:
            for text, size in zip(self._texts, self._font_sizes, strict=True):
                text.set_fontsize(size * scale)
                text.set_visible(True)
            # Before the smallest size, the first label left outside settles it: try the
            # next size (placing the rest would only be thrown away).
            outside = self._place_at_size(renderer, give_up=scale != _SHRINK[-1])
            if not outside:
                return
        for i in outside:
            self._texts[i].set_visible(False)
            self._leaders[i].set_data([], [])

    def _place_at_size(self, renderer: RendererBase, give_up: bool = False) -> list[int]:
        """Place every label; return the indexes of those that ended outside the axes.

        With ``give_up``, stop at the first label that ends outside."""
        ax = self._ax
        px_per_pt = ax.figure.dpi / 72.0
        pad = _PAD_PT * px_per_pt
        points = ax.transData.transform(self._anchors)
        radii = self._radii_pt * px_per_pt
        # Points as boxes: labels avoid other points where they can (a soft rule).
        markers = np.column_stack([points - radii[:, None], points + radii[:, None]])
        frame = ax.get_window_extent(renderer)
        placed = [box for o in self._obstacles if o.get_visible() for box in _boxes(o, renderer)]
        outside = []
        for i, text in enumerate(self._texts):
            text.set_verticalalignment("center")
            text.set_transform(ax.transData)
            extent = text.get_window_extent(renderer)
            size = (extent.width, extent.height)
            x, y = points[i]
            gap = radii[i] + pad
            others = np.delete(markers, i, axis=0)
            spot, box = _choose(
                (x, y), size, gap, pad, self._mode, np.array(placed).reshape(-1, 4), others, frame
            )
            text.set_horizontalalignment(spot.ha)
            text.set_transform(
                offset_copy(
                    ax.transData,
                    fig=ax.get_figure(root=True),
                    x=spot.dx / px_per_pt,
                    y=spot.dy / px_per_pt,
                    units="points",
                )
            )
            placed.append(box)
            _set_leader(self._leaders[i], (x, y), radii[i], box, spot.ring > 0)
            if not _inside(box, frame):
                outside.append(i)
                if give_up:
                    break
        return outside


def _spots(mode: Mode, gap: float, size: tuple[float, float], pad: float, ring: int) -> Spots:
    """The spots of one ring, nearest first: on the point's sides (``"side"``) or below and
    above it (``"vertical"``), one more label height (and pad) away per ring."""
    width, height = size
    step = height + pad
    if mode == "side":
        dys = [0.0] if ring == 0 else [ring * step, -ring * step]
        sides: tuple[tuple[HAlign, float], ...] = (("left", gap), ("right", -gap))
        return [(ring, ha, dx, dy) for dy in dys for ha, dx in sides]
    spots: Spots = []
    for sign in (-1, 1):  # below first: on a rising line there is room under it
        dy = sign * (gap + height / 2 + ring * step)
        spots += [
            (ring, "center", 0.0, dy),
            (ring, "right", width / 3, dy),
            (ring, "left", -width / 3, dy),
            (ring, "left", gap, dy),  # clear of a line rising through the point
            (ring, "right", -gap, dy),
        ]
    return spots


def _first_outside_ring(mode: Mode, gap: float, height: float, pad: float, frame: Bbox) -> int:
    """The first ring whose nearest spot is farther from the point than the axes are tall."""
    step = height + pad
    ring = 0
    while ring <= _MAX_STEPS:
        nearest = ring * step if mode == "side" else gap + height / 2 + ring * step
        if nearest > frame.height:
            break
        ring += 1
    return ring


def _choose(
    point: tuple[float, float],
    size: tuple[float, float],
    gap: float,
    pad: float,
    mode: Mode,
    placed: np.ndarray,
    markers: np.ndarray,
    frame: Bbox,
) -> tuple[Spot, tuple[float, float, float, float]]:
    """The best free spot: inside the axes, off other points, as near the point as can be.

    A spot scores its ring, plus a penalty for leaving the axes and one per point it
    covers; spots that touch a placed label are not free. The best is the lowest score
    (the nearest first on a tie) among the rings that reach no farther than the axes are
    tall, all checked in one array operation. Only when none of those is free do farther
    rings count, one at a time, and the first with a free spot gives the best of its own.
    """
    width, height = size
    near = _first_outside_ring(mode, gap, height, pad, frame)
    spots = [spot for ring in range(near) for spot in _spots(mode, gap, size, pad, ring)]
    found = _best_free(point, size, spots, pad, placed, markers, frame)
    ring = near
    while found is None and ring <= _MAX_STEPS:
        found = _best_free(
            point, size, _spots(mode, gap, size, pad, ring), pad, placed, markers, frame
        )
        ring += 1
    if found is None:  # unreachable in practice: there is always room far enough away
        x, y = point
        return Spot(0, "left", gap, 0.0), (x + gap, y - height / 2, x + gap + width, y + height / 2)
    return found


def _best_free(
    point: tuple[float, float],
    size: tuple[float, float],
    spots: Spots,
    pad: float,
    placed: np.ndarray,
    markers: np.ndarray,
    frame: Bbox,
) -> tuple[Spot, tuple[float, float, float, float]] | None:
    """The lowest-scoring free spot (the first on a tie), or None if none is free."""
    if not spots:
        return None
    x, y = point
    width, height = size
    rings = np.array([s[0] for s in spots], dtype=float)
    shift = np.array([_SHIFT[s[1]] for s in spots])
    dx = np.array([s[2] for s in spots])
    dy = np.array([s[3] for s in spots])
    left = x + dx + shift * width
    boxes = np.column_stack([left, y + dy - height / 2, left + width, y + dy + height / 2])
    free = ~_hits_any(boxes, placed, pad)
    if not free.any():
        return None
    boxes, rings, index = boxes[free], rings[free], np.flatnonzero(free)
    inside = (
        (boxes[:, 0] >= frame.x0)
        & (boxes[:, 2] <= frame.x1)
        & (boxes[:, 1] >= frame.y0)
        & (boxes[:, 3] <= frame.y1)
    )
    covered = _hits_all(boxes, markers)
    scores = np.where(inside, 0, _OUTSIDE) + rings + _ON_POINT * covered
    best = int(np.argmin(scores))  # the first of the lowest: the nearest
    x0, y0, x1, y1 = (float(v) for v in boxes[best])
    return Spot(*spots[int(index[best])]), (x0, y0, x1, y1)


def _boxes(artist: Text | Line2D, renderer: RendererBase) -> list[tuple[float, ...]]:
    """Boxes covering a text, or each segment of a (possibly stepped) line."""
    if not isinstance(artist, Line2D):
        return [_box(artist.get_window_extent(renderer))]
    points = artist.get_transform().transform(artist.get_xydata())
    if artist.get_drawstyle() == "steps-post" and len(points) > 1:
        corners = np.column_stack([points[1:, 0], points[:-1, 1]])
        stepped = np.empty((2 * len(points) - 1, 2))
        stepped[0::2], stepped[1::2] = points, corners
        points = stepped
    half = artist.get_linewidth() * artist.figure.dpi / 72 / 2
    # A long line (a step per delegation over ten years) is covered by fewer, larger boxes:
    # each spans a run of segments, so every spot tried checks hundreds, not thousands.
    run = max(1, -(-(len(points) - 1) // _MAX_LINE_BOXES))
    return [
        (
            float(chunk[:, 0].min()) - half,
            float(chunk[:, 1].min()) - half,
            float(chunk[:, 0].max()) + half,
            float(chunk[:, 1].max()) + half,
        )
        for chunk in (points[i : i + run + 1] for i in range(0, len(points) - 1, run))
    ]


def _inside(box: tuple[float, float, float, float], frame: Bbox) -> bool:
    return bool(
        box[0] >= frame.x0 and box[2] <= frame.x1 and box[1] >= frame.y0 and box[3] <= frame.y1
    )


def _hits_all(candidates: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """For each candidate box (rows), how many of ``boxes`` it overlaps."""
    if boxes.size == 0:
        return np.zeros(len(candidates), dtype=int)
    c, b = candidates[:, None, :], boxes[None, :, :]
    overlaps = (
        (b[..., 0] < c[..., 2])
        & (c[..., 0] < b[..., 2])
        & (b[..., 1] < c[..., 3])
        & (c[..., 1] < b[..., 3])
    )
    counts: np.ndarray = overlaps.sum(axis=1)
    return counts


def _hits_any(candidates: np.ndarray, boxes: np.ndarray, pad: float) -> np.ndarray:
    """For each candidate box (rows), whether it comes within ``pad`` of any of ``boxes``."""
    if boxes.size == 0:
        return np.zeros(len(candidates), dtype=bool)
    c, b = candidates[:, None, :], boxes[None, :, :]
    near = (
        (b[..., 0] < c[..., 2] + pad)
        & (c[..., 0] - pad < b[..., 2])
        & (b[..., 1] < c[..., 3] + pad)
        & (c[..., 1] - pad < b[..., 3])
    )
    return np.asarray(near.any(axis=1))  # with an axis, numpy's stub allows a scalar too


def _box(extent: Bbox) -> tuple[float, float, float, float]:
    return (extent.x0, extent.y0, extent.x1, extent.y1)


def _set_leader(
    leader: Line2D,
    point: tuple[float, float],
    radius: float,
    box: tuple[float, float, float, float],
    show: bool,
) -> None:
    if not show:
        leader.set_data([], [])
        return
    # From the point's rim to the nearest point of the label's box.
    end_x = min(max(point[0], box[0]), box[2])
    end_y = min(max(point[1], box[1]), box[3])
    direction = np.array([end_x - point[0], end_y - point[1]])
    length = float(np.hypot(*direction)) or 1.0
    start = np.array(point) + direction / length * radius
    leader.set_data([start[0], end_x], [start[1], end_y])
