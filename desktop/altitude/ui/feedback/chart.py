"""The gap chart on the Feedback page: follows every saved change, draws only when shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from altitude.domain.entities import PlanState
from altitude.ui.feedback.wording import tr
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.plan_charts import StateChart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette


class GapChart(StateChart):
    """Per theme, others' ratings against your own over time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Your view against others' chart"), "altitude-feedback", parent)
        self.setToolTip(tr("Right-click to save the chart as PNG, SVG or PDF"))

    def show_state(self, state: PlanState) -> None:
        today = self.ctx.today()
        views = self.ctx.service.theme_views()

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.growth.feedback import feedback_figure

            feedback_figure(views, palette, figure=figure, today=today)

        self.set_builder(build, (state.themes, state.feedback, today))
