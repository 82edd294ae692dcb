"""The plan's charts, ready to place on a page: each follows ``ctx.state_changed`` itself.

Each redraws only when the part of the state it shows changed (its *key*). Builders import
their chart module when they run, i.e. after matplotlib has loaded, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from altitude.domain.entities import InventoryItem, PlanState
from altitude.domain.overview import AtAGlance
from altitude.ui.shared.chart_canvas import ChartCanvas
from altitude.ui.shared.context import AppContext

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette

PICK_RADIUS = 6  # points around a bubble's edge that still count as a click on it


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


class StateChart(ChartCanvas):
    """A chart drawn from the plan state, kept up to date with every saved change."""

    def __init__(
        self, ctx: AppContext, accessible_name: str, file_stem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, accessible_name, file_stem, parent)
        ctx.state_changed.connect(self.show_state)
        self.show_first()

    def show_first(self) -> None:
        """The first drawing, as the chart is made: from the whole plan state."""
        self.show_state(self.ctx.state)

    def show_state(self, state: PlanState) -> None:
        """Hand the canvas a builder for ``state`` (it redraws only if its key changed)."""


class TrajectoryChart(StateChart):
    """The strategy share week by week against the glide path, with the projection."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Trajectory chart"), "altitude-trajectory", parent)
        self.setToolTip(tr("Right-click to save the chart as PNG, SVG or PDF"))

    def show_first(self) -> None:
        # It needs only the headlines (``domain.overview``): it can draw before the whole
        # plan is read, e.g. on the dashboard at start-up.
        self.show_state(self.ctx.overview)

    def show_state(self, state: AtAGlance) -> None:
        plan, checkins, today = state.plan, state.checkins, self.ctx.today()

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.trajectory import trajectory_figure

            trajectory_figure(plan, checkins, today, palette, figure=figure)

        # What the figure draws (the overview's check-ins lack what the whole plan's have,
        # their item hours and answers, which the chart never shows): one key for both.
        drawn = tuple((c.week, c.execution_hours, c.strategy_hours) for c in checkins)
        self.set_builder(build, (plan, checkins, today), drawn_from=(plan, drawn, today))


class FreedChart(StateChart):
    """Hours a week freed by delegation over time; taken-back outcomes marked with an x."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Hours freed by delegation chart"), "altitude-hours-freed", parent)
        self.setToolTip(tr("Right-click to save the chart as PNG, SVG or PDF"))

    def show_state(self, state: PlanState) -> None:
        delegations, today = state.delegations, self.ctx.today()

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.delegation import freed_figure

            freed_figure(delegations, palette, today, figure=figure)

        self.set_builder(build, (delegations, today))


class MatrixChart(StateChart):
    """The weighing matrix: each item by leverage and how only-you it is. Click a bubble to
    pick its item (``item_picked``)."""

    item_picked = Signal(int)  # the item's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.items: Sequence[InventoryItem] = ()  # in the order they are drawn
        super().__init__(ctx, tr("Weighing matrix chart"), "altitude-weighing-matrix", parent)
        self.setToolTip(tr("Click a bubble to weigh its item; right-click to save the chart"))
        self.loaded.connect(self._listen_for_clicks)

    def show_state(self, state: PlanState) -> None:
        items = state.items

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.matrix import matrix_figure

            matrix_figure(items, palette, figure=figure)
            for ax in figure.axes:
                for artist in ax.collections:
                    if artist.get_gid() == "items":
                        artist.set_picker(True)
                        artist.set_pickradius(PICK_RADIUS)
            self.items = items

        self.set_builder(build, items)

    def _listen_for_clicks(self) -> None:
        if self.canvas is not None:
            self.canvas.mpl_connect("pick_event", self._picked)

    def _picked(self, event: Any) -> None:
        indices = getattr(event, "ind", ())
        if event.artist.get_gid() != "items" or len(indices) == 0:
            return
        # Overlapping bubbles: the last drawn is on top, so it is the one clicked.
        item = self.items[int(max(indices))]
        if item.id is not None:
            self.item_picked.emit(item.id)
