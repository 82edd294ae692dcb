"""The power-interest map on the Relationships page: follows every save, draws when shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from altitude.domain.entities import PlanState
from altitude.ui.relationships.wording import tr
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.plan_charts import StateChart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette


class StakeholderMap(StateChart):
    """Mendelow's grid: influence against interest, stance as colour and shape, trust as size."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Map of influence and interest"), "altitude-relationships", parent)
        self.setToolTip(tr("Right-click to save the map as PNG, SVG or PDF"))

    def show_state(self, state: PlanState) -> None:
        people, today = state.stakeholders, self.ctx.today()

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.arcs.stakeholder_map import stakeholder_map_figure

            stakeholder_map_figure(people, palette, figure=figure, today=today)

        self.set_builder(build, (people, today))
