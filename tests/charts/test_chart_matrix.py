"""The weighing matrix: one bubble per item, stable spreading, labels that never overlap."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from chart_figures import by_gid, one, texts
from chart_states import ITEMS
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from altitude.charts.matrix import (
    EMPTY_MESSAGE,
    QUADRANTS,
    bubble_area,
    matrix_figure,
    spread_positions,
)
from altitude.charts.style import NOTE_SIZE, palette
from altitude.domain.entities import Factors, InventoryItem, Mode
from altitude.domain.weighing import effective_decision

LIGHT = palette(False)


def crowded(n: int = 14) -> list[InventoryItem]:
    """Items piled on few spots, with long titles: the hard case for labels."""
    spots = [(4, 4), (4, 4), (4, 4), (4, 5), (5, 4), (3, 3), (2, 2)]
    return [
        InventoryItem(
            f"Recurring responsibility number {i}",
            hours=1 + (i % 6),
            mode=Mode.EXECUTION,
            factors=Factors(leverage=spots[i % 7][0], only_you=spots[i % 7][1]),
            id=i + 1,
        )
        for i in range(n)
    ]


def drawn(fig: Figure) -> Figure:
    FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig


def label_boxes(fig: Figure) -> list[Bbox]:
    """The boxes of the labels that are shown."""
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in by_gid(fig, "label") if t.get_visible()]


def assert_apart(boxes: list[Bbox]) -> None:
    for a, b in combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)


def test_one_marker_per_item_at_its_factors() -> None:
    fig = matrix_figure(ITEMS, LIGHT)
    scatter = one(fig, "items")
    offsets = scatter.get_offsets()
    assert len(offsets) == len(ITEMS)
    for item, (x, y) in zip(ITEMS, offsets, strict=True):
        assert abs(x - item.factors.leverage) < 0.4
        assert abs(y - item.factors.only_you) < 0.4
    assert len(by_gid(fig, "label")) == len(ITEMS)


def test_bubble_area_grows_with_hours_and_colour_is_the_decision() -> None:
    fig = matrix_figure(ITEMS, LIGHT)
    scatter = one(fig, "items")
    assert list(scatter.get_sizes()) == [bubble_area(i.hours) for i in ITEMS]
    assert bubble_area(8) == pytest.approx(2 * bubble_area(4))
    expected = [to_rgba(LIGHT.decision(effective_decision(i)), 0.85) for i in ITEMS]
    assert np.allclose(scatter.get_facecolors(), expected)


def test_items_on_one_spot_are_spread_apart_deterministically() -> None:
    items = crowded()
    positions = spread_positions(items)
    assert len(set(positions)) == len(items)
    assert spread_positions(items) == positions
    # The spread depends on the items, not the order they come in.
    reversed_positions = dict(zip(reversed(items), spread_positions(items[::-1]), strict=True))
    assert [reversed_positions[i] for i in items] == positions


def test_labels_do_not_overlap_each_other_or_the_quadrant_names() -> None:
    for items in (list(ITEMS), crowded()):
        fig = drawn(matrix_figure(items, LIGHT))
        renderer = fig.canvas.get_renderer()
        quadrants = [t.get_window_extent(renderer) for t in by_gid(fig, "quadrant")]
        assert len(quadrants) == len(QUADRANTS)
        assert_apart(label_boxes(fig) + quadrants)


def test_labels_stay_apart_after_a_resize() -> None:
    fig = drawn(matrix_figure(crowded(), LIGHT))
    fig.set_size_inches(5.5, 4)
    fig.canvas.draw()
    assert_apart(label_boxes(fig))


def assert_inside_axes(fig: Figure) -> None:
    frame = fig.axes[0].get_window_extent(fig.canvas.get_renderer())
    for box in label_boxes(fig):
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1


def test_labels_stay_inside_the_axes_when_there_is_room() -> None:
    fig = drawn(matrix_figure(ITEMS, LIGHT))
    assert_inside_axes(fig)
    assert all(t.get_visible() for t in by_gid(fig, "label"))


def test_a_crowded_small_chart_shrinks_or_hides_labels_rather_than_spill() -> None:
    fig = matrix_figure(crowded(30), LIGHT)
    fig.set_size_inches(4.5, 3.2)
    drawn(fig)
    labels = by_gid(fig, "label")
    shown = [t for t in labels if t.get_visible()]
    assert 0 < len(shown) < len(labels)
    assert all(t.get_fontsize() < NOTE_SIZE for t in labels)
    assert_inside_axes(fig)
    assert_apart(label_boxes(fig))
    # Back at full size there is room again: every label is shown.
    fig.set_size_inches(12, 8)
    fig.canvas.draw()
    assert all(t.get_visible() for t in labels)
    assert all(t.get_fontsize() == NOTE_SIZE for t in labels)


def test_legend_names_the_decisions() -> None:
    shown = texts(matrix_figure(ITEMS, LIGHT))
    for name in ("Keep", "Delegate", "Coach then delegate", "Stop"):
        assert name in shown


def test_long_titles_are_shortened_in_labels() -> None:
    item = InventoryItem("A" * 80, 2, Mode.EXECUTION, id=1)
    (label,) = by_gid(matrix_figure([item], LIGHT), "label")
    assert len(label.get_text()) < 40
    assert "…" in label.get_text()


def test_no_items_show_the_empty_state() -> None:
    fig = matrix_figure([], LIGHT)
    assert fig.axes == []
    assert texts(fig) == [EMPTY_MESSAGE]
