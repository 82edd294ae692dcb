""" "Your judgment": what the journal computes, once there is enough to compute.

Calibration and the Brier score wait for ``JournalStats.needed`` reviewed decisions (the
domain's ``MIN_REVIEWED``, a rule of thumb explained in ``decision_stats``); until then the
panel says how many more. The process x outcome grid comes with them. The team's share
of decisions and how long decisions waited need no reviews and show from the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.growth.decisions import Quality
from altitude.i18n import formats
from altitude.ui.decisions.texts import brier_meaning, cell_gloss, cell_title, more_needed
from altitude.ui.shared.chart_canvas import ChartCanvas
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption, heading

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette
    from altitude.services.growth.journal_actions import JournalStats

_GRID = (
    (Quality.GOOD, Quality.GOOD),
    (Quality.GOOD, Quality.POOR),
    (Quality.POOR, Quality.GOOD),
    (Quality.POOR, Quality.POOR),
)


class JudgmentPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.ctx = ctx
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setAccessibleName(tr("Calibration progress"))
        self.brier = caption("")
        self.brier.setAccessibleName(tr("Brier score"))
        self.grid_title = heading(tr("Process against outcome"))
        self.cells: dict[tuple[Quality, Quality], QLabel] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(""), 0, 0)
        grid.addWidget(caption(tr("Good outcome")), 0, 1)
        grid.addWidget(caption(tr("Poor outcome")), 0, 2)
        grid.addWidget(caption(tr("Good decision")), 1, 0)
        grid.addWidget(caption(tr("Poor decision")), 2, 0)
        for n, (process, outcome) in enumerate(_GRID):
            cell = QLabel()
            cell.setFrameShape(QFrame.Shape.StyledPanel)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setWordWrap(True)
            cell.setMinimumWidth(130)
            cell.setAccessibleName(cell_title(process, outcome))
            self.cells[(process, outcome)] = cell
            grid.addWidget(cell, 1 + n // 2, 1 + n % 2)
        self.grid_box = QWidget()
        self.grid_box.setLayout(grid)
        self.team = caption("")
        self.team.setAccessibleName(tr("Decisions your team made"))
        self.wait = caption("")
        self.wait.setAccessibleName(tr("How long decisions waited"))
        self.calibration_chart = ChartCanvas(ctx, tr("Calibration chart"), "altitude-calibration")
        self.share_chart = ChartCanvas(
            ctx, tr("Team's share of decisions chart"), "altitude-team-decisions"
        )
        self.charts = QTabWidget()
        self.charts.setAccessibleName(tr("Judgment charts"))
        self.charts.setDocumentMode(True)
        self.calibration_tab = self.charts.addTab(self.calibration_chart, tr("Calibration"))
        self.charts.addTab(self.share_chart, tr("Team's share"))
        left = QVBoxLayout()
        left.addWidget(heading(tr("Your judgment")))
        left.addWidget(self.progress)
        left.addWidget(self.brier)
        left.addWidget(self.grid_title)
        left.addWidget(self.grid_box)
        left.addWidget(self.team)
        left.addWidget(self.wait)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.charts, 3)

    def show_stats(self, stats: JournalStats) -> None:
        tr = self.tr
        scores, grid = stats.scores, stats.grid
        if scores is None:
            self.progress.setText(
                more_needed(stats.needed - stats.reviewed)
                + " "
                + tr("You have reviewed {0} of {1} decisions; calibration needs {2}.").format(
                    stats.reviewed, stats.decisions, stats.needed
                )
            )
            self.brier.setText(
                tr(
                    "Fewer than that and one decision moves the picture by more than a 10-point "
                    "bin."
                )
            )
        else:
            self.progress.setText(
                tr(
                    "Of the decisions you gave about 70%, did about 70% come true? "
                    "{0} reviewed decisions, in 10-point bins."
                ).format(scores.reviewed)
            )
            self.brier.setText(brier_meaning(scores.brier))
        self.grid_title.setVisible(grid is not None)
        self.grid_box.setVisible(grid is not None)
        for cell in grid or ():
            label = self.cells[(cell.process, cell.outcome)]
            label.setText(
                f"<b>{cell.count}</b><br>{cell_title(cell.process, cell.outcome)}<br>"
                f"<small>{cell_gloss(cell.process, cell.outcome)}</small>"
            )
        self._show_team(stats)
        self.charts.setTabEnabled(self.calibration_tab, scores is not None)
        if scores is None:
            self.charts.setCurrentWidget(self.share_chart)
        bins = tuple(scores.bins) if scores else ()
        months = stats.team_share

        def calibration(figure: Figure, palette: Palette) -> None:
            from altitude.charts.growth.decisions import calibration_figure

            calibration_figure(bins, palette, figure=figure)

        def share(figure: Figure, palette: Palette) -> None:
            from altitude.charts.growth.decisions import team_share_figure

            team_share_figure(months, palette, figure=figure)

        self.calibration_chart.set_builder(calibration, bins)
        self.share_chart.set_builder(share, months)

    def _show_team(self, stats: JournalStats) -> None:
        tr = self.tr
        by_team = sum(m.by_team for m in stats.team_share)
        if stats.decisions:
            self.team.setText(
                tr(
                    "Your team made {0} of your {1} logged decisions ({2:.0f}%). Delegated "
                    "decisions count: a rising share is the point of delegating."
                ).format(by_team, stats.decisions, 100 * by_team / stats.decisions)
            )
        else:
            self.team.setText(tr("Log decisions, yours and your team's, to see who makes them."))
        if stats.median_wait is None:
            self.wait.setText(
                tr("Note when a question first came up to see how long decisions wait.")
            )
        else:
            self.wait.setText(
                tr("Decisions waited a median of {0} days from the question coming up.").format(
                    formats.short_number(stats.median_wait, 1)
                )
            )
