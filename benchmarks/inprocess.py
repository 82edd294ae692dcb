"""Measurements taken inside this process: the ten-year plan's dashboard data, its chart
and its PDF report, each beside a floor measured the same way.

Imports and one warm-up run come first; only the repeated runs are timed.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from altitude.domain import metrics
from altitude.services import Altitude, summarize

CHART_SIZE = (900, 500)  # pixels: the dashboard chart at the default window size
WEEKLY_SHARES_SQL = (
    "SELECT week, 100.0 * strategy_hours / (execution_hours + strategy_hours)"
    " FROM checkins WHERE execution_hours + strategy_hours > 0 ORDER BY week"
)


def median_ms(run: Callable[[], Any], runs: int, warmups: int = 1) -> float:
    for _ in range(warmups):
        run()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


# --------------------------------------------------------------------------- 3. scale


def dashboard_data(folder: Path, today: date) -> object:
    """What the dashboard shows, from a closed store: open (checks included), read the
    headlines, summarise, and the headline cards' texts as the page makes them."""
    from altitude.ui.dashboard.texts import headline

    service = Altitude.open(folder)
    try:
        service.clock = lambda: today
        overview = service.overview()
        summary = summarize(overview, today)
        return headline(summary, overview), summary.attention, summary.shares
    finally:
        service.close()


def weekly_shares_floor(folder: Path) -> list[tuple[str, float]]:
    """The floor: connect, one hand-written query of the weekly shares, close."""
    conn = sqlite3.connect(folder / "altitude.db")
    try:
        return conn.execute(WEEKLY_SHARES_SQL).fetchall()
    finally:
        conn.close()


def checked_open_floor(folder: Path) -> list[tuple[str, float]]:
    """A second floor: open the file as the store must (pragmas, quick_check, foreign
    keys), then the same one query."""
    from altitude.store.connection import open_database

    conn = open_database(folder / "altitude.db")
    try:
        return conn.execute(WEEKLY_SHARES_SQL).fetchall()
    finally:
        conn.close()


def phase_times(folder: Path, today: date, runs: int) -> dict[str, float]:
    """Where the dashboard's time goes: open and check, read the plan, compute."""
    service = Altitude.open(folder)
    try:
        overview = service.store.load_overview()
        return {
            "open": median_ms(lambda: Altitude.open(folder).close(), runs),
            "read": median_ms(service.store.load_overview, runs),
            "compute": median_ms(lambda: summarize(overview, today), runs),
            "read the whole plan (other pages, after the first paint)": median_ms(
                service.store.load, runs
            ),
        }
    finally:
        service.close()


# --------------------------------------------------------------------------- 4. chart, report


class ChartBench:
    """A QtAgg canvas of the dashboard chart's size, offscreen, drawn again and again."""

    def __init__(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from PySide6.QtWidgets import QApplication

        from altitude.charts.style import new_figure, palette

        self.app = QApplication.instance() or QApplication(["bench"])
        self.palette = palette(dark=False)
        self.figure = new_figure(self.palette)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.resize(*CHART_SIZE)
        self.canvas.show()

    def render(self) -> None:
        """Render the figure and paint it on the canvas, as a visible chart does."""
        self.canvas.draw()
        self.canvas.repaint()

    def trajectory(self, state: Any, today: date) -> None:
        """A redraw of the chart on screen: from the second call on, the figure already holds
        the trajectory and is updated in place, as when a saved check-in changes the state."""
        from altitude.charts.trajectory import trajectory_figure

        trajectory_figure(state.plan, state.checkins, today, self.palette, figure=self.figure)
        self.render()

    def first_trajectory(self, state: Any, today: date) -> None:
        """The chart's first draw (start-up, a theme flip): the figure held something else."""
        self.figure.clear()
        self.trajectory(state, today)

    def bare_line(self, state: Any) -> None:
        """The floor: one plain matplotlib line of the same weekly shares."""
        shares = metrics.weekly_shares(state.checkins)
        self.figure.clear()
        ax = self.figure.add_subplot()
        ax.plot([s.week.monday() for s in shares], [s.strategy_share for s in shares])
        self.render()

    def close(self) -> None:
        self.canvas.close()


def report_ms(state: Any, today: date, target: Path, runs: int) -> float:
    from altitude.charts.report import write_report

    return median_ms(lambda: write_report(state, target, today), runs)
