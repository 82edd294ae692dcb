"""The cached figure legend: pasted pixels equal drawn ones; vector output keeps vectors.

Upstream, matplotlib renders a legend's texts again at every draw; the cached legend
renders them on its first two draws at a size only (altitude.compat.mpl_legend_cache)."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pytest
from chart_states import TODAY, rising_checkins
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend

from altitude.charts.export import export_figure
from altitude.charts.hours import hours_figure
from altitude.charts.style import palette
from altitude.charts.trajectory import trajectory_figure
from altitude.compat.mpl_legend_cache import CachedLegend
from altitude.domain.weeks import IsoWeek

W = IsoWeek(2026, 2)


def pixels(fig: Figure) -> np.ndarray:
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).astype(int)  # type: ignore[attr-defined]


def chart(dark: bool = False) -> Figure:
    fig = trajectory_figure(None, rising_checkins(W, 6), TODAY, palette(dark))
    FigureCanvasAgg(fig)
    return fig


def test_figure_legends_are_cached_legends() -> None:
    for fig in (chart(), hours_figure(rising_checkins(W, 3), palette(False))):
        [legend] = fig.legends
        assert isinstance(legend, CachedLegend)
        assert legend.get_gid() == "legend"


def test_pasted_legend_pixels_equal_drawn_ones_at_every_size() -> None:
    for dark in (False, True):
        fig = chart(dark)
        drawn = pixels(fig)  # the first draw at a size draws the legend as usual
        for _ in range(2):  # then it is rendered alone, cached and pasted
            assert np.abs(pixels(fig) - drawn).max() <= 2
        fig.set_size_inches(6.0, 4.0)
        drawn_small = pixels(fig)
        assert drawn_small.shape != drawn.shape
        assert np.abs(pixels(fig) - drawn_small).max() <= 2


def test_a_changed_entry_is_drawn_anew() -> None:
    fig = chart()
    pixels(fig)
    before = pixels(fig)
    [legend] = fig.legends
    legend.get_texts()[0].set_text("Something else entirely")
    after = pixels(fig)
    assert np.abs(after - before).max() > 100
    assert np.abs(pixels(fig) - after).max() <= 2


def test_vector_exports_keep_the_legend_as_vectors(tmp_path: Path) -> None:
    fig = chart()
    pixels(fig)
    pixels(fig)  # cached for the screen
    svg = export_figure(fig, tmp_path / "chart.svg").read_text()
    assert '<g id="legend">' in svg
    assert "<image" not in svg


def legend_texts_drawn(fig: Figure, legend: Legend, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many of the legend's texts one draw of the canvas renders as text."""
    labels = {t.get_text() for t in legend.get_texts()}
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # Agg's: one per size
    drawn: list[str] = []
    upstream = renderer.draw_text

    def draw_text(gc, x, y, s, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(s)
        return upstream(gc, x, y, s, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(renderer, "draw_text", draw_text)
        fig.canvas.draw()
    return sum(text in labels for text in drawn)


def test_upstream_legends_render_their_texts_at_every_draw(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If this fails, matplotlib caches legend text itself: CachedLegend may go."""
    fig = chart()
    [ours] = fig.legends
    ours.remove()
    legend = fig.legend(handles=fig.axes[0].get_legend_handles_labels()[0])
    entries = len(legend.get_texts())
    counts = [legend_texts_drawn(fig, legend, monkeypatch) for _ in range(3)]
    assert counts == [entries] * 3, f"changed upstream in matplotlib {matplotlib.__version__}"


def test_the_cached_legend_renders_its_texts_on_the_canvas_once_per_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fig = chart()
    [legend] = fig.legends
    entries = len(legend.get_texts())
    counts = [legend_texts_drawn(fig, legend, monkeypatch) for _ in range(3)]
    # The second draw renders the legend alone, into its own buffer, not this renderer.
    assert counts == [entries, 0, 0]
