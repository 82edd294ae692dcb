"""Charts on screen: a lazily loading matplotlib canvas and the plan's charts built on it.

Nothing in this package imports matplotlib or ``altitude.charts`` at import time.
"""

from altitude.ui.charts.chart_canvas import Builder, ChartCanvas, chart_library_loaded
from altitude.ui.charts.plan_charts import FreedChart, MatrixChart, StateChart, TrajectoryChart

__all__ = [
    "Builder",
    "ChartCanvas",
    "FreedChart",
    "MatrixChart",
    "StateChart",
    "TrajectoryChart",
    "chart_library_loaded",
]
