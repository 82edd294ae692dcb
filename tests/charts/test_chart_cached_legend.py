"""The cached figure legend: pasted pixels equal drawn ones; vector output keeps vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from chart_states import TODAY, rising_checkins
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from altitude.charts.cached_legend import CachedLegend
from altitude.charts.export import export_figure
from altitude.charts.hours import hours_figure
from altitude.charts.style import palette
from altitude.charts.trajectory import trajectory_figure
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
