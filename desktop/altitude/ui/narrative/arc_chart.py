"""The arc on screen: the versions on the plan's timeline; click a dot to show that version."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.entities import PlanState
from altitude.ui.narrative.wording import tr
from altitude.ui.shared.chart_canvas import ChartCanvas
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.plan_charts import PICK_RADIUS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette


class ArcChart(ChartCanvas):
    """Drawn by the page (it knows the versions and which one is shown)."""

    version_picked = Signal(int)  # the index of the version, oldest first

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("The narrative's arc chart"), "altitude-narrative-arc", parent)
        self.setToolTip(tr("Click a dot to show that version; right-click to save the chart"))
        self.loaded.connect(self._listen_for_clicks)

    def show_arc(
        self,
        versions: Sequence[NarrativeVersion],
        state: PlanState,
        today: date,
        selected: int | None,
    ) -> None:
        plan, checkins, delegations = state.plan, state.checkins, state.delegations
        ordered = tuple(versions)

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.arcs.narrative_arc import arc_points, narrative_arc_figure

            points = arc_points(ordered, checkins, delegations, today)
            narrative_arc_figure(
                points, palette, plan=plan, today=today, selected=selected, figure=figure
            )
            for ax in figure.axes:
                for artist in ax.collections:
                    if artist.get_gid() == "versions":
                        artist.set_picker(True)
                        artist.set_pickradius(PICK_RADIUS)

        self.set_builder(build, (ordered, plan, checkins, delegations, today, selected))

    def _listen_for_clicks(self) -> None:
        if self.canvas is not None:
            self.canvas.mpl_connect("pick_event", self._picked)

    def _picked(self, event: Any) -> None:
        indices = getattr(event, "ind", ())
        if event.artist.get_gid() == "versions" and len(indices) > 0:
            self.version_picked.emit(int(max(indices)))
