"""The coverage heat map on the Functions page: follows every save, draws when shown."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from altitude.domain.entities import PlanState
from altitude.ui.functions.wording import tr
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.plan_charts import StateChart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette

SPAN_WITHOUT_PLAN = timedelta(days=180)  # about six months back when there is no plan


def coverage_span(state: PlanState, today: date) -> tuple[date, date]:
    """From the plan's start (or six months back, or the first touch if earlier) to today."""
    first = state.plan.start_date if state.plan is not None else today - SPAN_WITHOUT_PLAN
    touched = [t.on for f in state.functions for t in f.touches]
    return min([first, *touched]), max([today, *touched])


class CoverageChart(StateChart):
    """Times you worked with each function, month by month."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Coverage of the functions by month"), "altitude-functions",
                         parent)  # fmt: skip
        self.setToolTip(tr("Right-click to save the chart as PNG, SVG or PDF"))

    def show_state(self, state: PlanState) -> None:
        first, last = coverage_span(state, self.ctx.today())
        cov = self.ctx.service.function_coverage(first, last)

        def build(figure: Figure, palette: Palette) -> None:
            from altitude.charts.arcs.coverage import coverage_figure

            coverage_figure(cov, palette, figure=figure)

        self.set_builder(build, cov)
