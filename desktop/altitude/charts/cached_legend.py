"""A figure legend that Agg draws once per canvas size, then pastes as a bitmap.

Text is the dearest thing matplotlib draws (each glyph is rendered one at a time), and a
legend is mostly text that never changes between redraws. When an Agg canvas (the screen)
draws it a second time at the same size and dpi, this legend renders itself alone into a
transparent buffer, keeps the pixels it covered, and pastes them on every later draw: the
same pixels, for a quarter of a redraw. A one-off draw (a report, a PNG) draws as usual,
and so do vector output (SVG, PDF) and any other renderer: exports keep real text.

Its entries must not be restyled after the first draw (our charts make a new legend when
entries change); the cache follows the canvas size, dpi, column count and the entries'
texts and colours.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.legend import Legend

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import FigureBase

_MARGIN = 2  # pixels kept around the legend's box, for antialiased edges


class CachedLegend(Legend):
    def __init__(self, parent: FigureBase, handles: list[Artist], **kwargs: Any) -> None:
        labels = [str(handle.get_label()) for handle in handles]
        super().__init__(parent, handles, labels, **kwargs)  # type: ignore[arg-type]  # any figure
        self._entries = (list(handles), labels)
        self._raster: tuple[object, np.ndarray, int, int] | None = None
        self._seen: object = None  # the key of the last draw, cached from its second draw

    def set_ncols(self, ncols: int) -> None:
        """Lay the entries out again in ``ncols`` columns.

        Matplotlib's own ``set_ncols`` only records the number, which a legend already laid
        out ignores: the layout engine's wrapping of a legend too wide for a narrow chart
        (``layout.fit_legend``) had no effect, and entries fell off both sides.
        """
        if ncols == self._ncols:  # type: ignore[attr-defined]  # set_ncols has no getter
            return
        colours = [text.get_color() for text in self.texts]
        super().set_ncols(ncols)
        # As __init__ does: a new box of entries, then its place (the box finds its offset).
        used_default = self._loc_used_default  # type: ignore[has-type]
        self._init_legend_box(*self._entries)  # type: ignore[no-untyped-call]
        self._set_loc(self._loc_real)  # type: ignore[has-type,no-untyped-call]
        self._loc_used_default = used_default
        for text, colour in zip(self.texts, colours, strict=True):
            text.set_color(colour)
        self._raster = None
        self.stale = True

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
        columns = self._ncols  # type: ignore[attr-defined]  # set_ncols has no getter
        return (renderer.width, renderer.height, renderer.dpi, columns, entries)

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
