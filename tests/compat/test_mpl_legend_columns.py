"""matplotlib's Legend.set_ncols leaves an existing legend's layout as it was; ours lays
its entries out again (altitude.compat.mpl_legend_columns)."""

from __future__ import annotations

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.legend import Legend

from altitude.compat.mpl_legend_columns import ReflowingLegend, add_figure_legend, can_relayout

LABELS = ("Execution", "Strategy", "Tolerance", "Glide path", "Projection")


def _figure() -> Figure:
    fig = Figure(figsize=(8, 3), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for label in LABELS:
        ax.plot([0, 1], [0, 1], label=label)
    return fig


def _rows(fig: Figure, legend: Legend) -> int:
    """How many rows the entries' texts sit on once drawn."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return len({round(t.get_window_extent(renderer).y0) for t in legend.get_texts()})


def test_upstream_set_ncols_still_leaves_a_drawn_legend_on_one_row() -> None:
    """If this fails, matplotlib re-lays-out on set_ncols: drop ReflowingLegend's fix."""
    fig = _figure()
    legend = fig.legend(ncols=len(LABELS))
    assert _rows(fig, legend) == 1
    legend.set_ncols(1)
    assert _rows(fig, legend) == 1, f"fixed upstream in matplotlib {matplotlib.__version__}"


def test_reflowing_legend_moves_its_entries_onto_the_new_columns() -> None:
    fig = _figure()
    handles = fig.axes[0].get_legend_handles_labels()[0]
    legend = ReflowingLegend(fig, handles, ncols=len(LABELS), labelcolor="#123456")
    add_figure_legend(fig, legend)
    assert can_relayout(legend)  # this matplotlib has the private members the fix uses
    assert _rows(fig, legend) == 1
    legend.set_ncols(2)
    assert legend.columns == 2
    assert _rows(fig, legend) == 3
    assert [t.get_text() for t in legend.get_texts()] == list(LABELS)
    assert all(to_hex(t.get_color()) == "#123456" for t in legend.get_texts())  # colours kept
    legend.set_ncols(len(LABELS))
    assert _rows(fig, legend) == 1


def test_a_legend_added_to_a_figure_can_be_removed_like_fig_legend_s() -> None:
    fig = _figure()
    legend = ReflowingLegend(fig, fig.axes[0].get_legend_handles_labels()[0])
    add_figure_legend(fig, legend)
    assert fig.legends == [legend]
    legend.remove()
    assert fig.legends == []
