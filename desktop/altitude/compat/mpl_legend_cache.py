"""A figure legend that Agg draws once per canvas size, then pastes as a bitmap.

Upstream (matplotlib 3.11.2 and every release before it): each draw renders every text of
every artist again, one glyph at a time, even when nothing changed; text is the dearest
thing matplotlib draws, and a legend is mostly text that never changes between redraws.
When an Agg canvas (the screen) draws it a second time at the same size and dpi, this
legend renders itself alone into a transparent buffer, keeps the pixels it covered, and
pastes them on every later draw: the same pixels, for a quarter of a redraw. A one-off
draw (a report, a PNG) draws as usual, and so do vector output (SVG, PDF) and any other
renderer: exports keep real text.

Its entries must not be restyled after the first draw (our charts make a new legend when
entries change); the cache follows the canvas size, dpi, column count and the entries'
texts and colours. It lays its entries out again on ``set_ncols`` (``mpl_legend_columns``).

Imports no Qt: the charts use it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg

from altitude.compat.mpl_legend_columns import ReflowingLegend

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure, SubFigure

_MARGIN = 2  # pixels kept around the legend's box, for antialiased edges


class CachedLegend(ReflowingLegend):
    def __init__(self, parent: Figure | SubFigure, handles: list[Artist], **kwargs: Any) -> None:
        super().__init__(parent, handles, **kwargs)
        self._raster: tuple[object, np.ndarray, int, int] | None = None
        self._seen: object = None  # the key of the last draw, cached from its second draw

    def set_ncols(self, ncols: int) -> None:
        super().set_ncols(ncols)
        self._raster = None

    def draw(self, renderer: RendererBase) -> None:
        if not self.get_visible():
            return
        if type(renderer) is not RendererAgg:
            super().draw(renderer)
            return
        key = self._cache_key(renderer)
        if self._raster is None or self._raster[0] != key:
            if self._seen != key:  # a one-off (a report, an export): no cache to pay for
                self._seen = key
                super().draw(renderer)
                return
            self._raster = (key, *self._render_alone(renderer))
        _, pixels, x, y = self._raster
        if pixels.size:
            gc = renderer.new_gc()
            gc.set_clip_rectangle(self.get_figure(root=True).bbox)  # type: ignore[union-attr,arg-type]
            renderer.draw_image(gc, x, y, pixels)
            gc.restore()
        self.stale = False

    def _cache_key(self, renderer: RendererAgg) -> object:
        entries = tuple((t.get_text(), t.get_color()) for t in (*self.texts, self.get_title()))
        return (renderer.width, renderer.height, renderer.dpi, self.columns, entries)

    def _render_alone(self, renderer: RendererAgg) -> tuple[np.ndarray, int, int]:
        """Draw into a transparent buffer of the canvas's size; keep the legend's pixels."""
        width, height = int(renderer.width), int(renderer.height)
        alone = RendererAgg(width, height, renderer.dpi)  # type: ignore[no-untyped-call]
        super().draw(alone)
        box = self.get_window_extent(alone)
        x0 = max(0, math.floor(box.x0) - _MARGIN)
        y0 = max(0, math.floor(box.y0) - _MARGIN)
        x1 = min(width, math.ceil(box.x1) + _MARGIN)
        y1 = min(height, math.ceil(box.y1) + _MARGIN)
        if x1 <= x0 or y1 <= y0:
            return np.zeros((0, 0, 4), np.uint8), 0, 0
        rgba = np.asarray(alone.buffer_rgba())  # type: ignore[no-untyped-call]  # top row first
        # draw_image takes the bottom row first.
        return rgba[height - y1 : height - y0, x0:x1][::-1].copy(), x0, y0
