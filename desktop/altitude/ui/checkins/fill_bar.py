"""The check-in's row for imported time: "Fill from calendar or tracker…", one-click
"Refresh from <source>", "Undo fill", and below them what the week showed beyond its hours
(meeting load, fragmentation, protected time, work that came back).

The bar only reads and tells: the check-in dialog puts a fill into its fields (and takes
it out again on "Undo fill"), and saves it with the check-in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from altitude.domain.metrics import Boomerang
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import TimeSource
from altitude.errors import AltitudeError
from altitude.ui.checkins.fill_dialog import FillDialog, FillResult, read_result
from altitude.ui.checkins.time_texts import TimeFigures, figure_lines
from altitude.ui.shared.boomerang_text import boomerang_message
from altitude.ui.shared.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("FillBar", text)


def run_modally(dialog: FillDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def latest_source(ctx: AppContext) -> TimeSource | None:
    """The source read most recently (the one "Refresh" reads), or None."""
    sources = [s for s in ctx.state.time_sources if s.id is not None]
    if not sources:
        return None
    return max(sources, key=lambda s: (s.last_read is not None, s.last_read or 0, s.id or 0))


def came_back_message(boomerang: Boomerang) -> str:
    return tr("From your imported time: {0}").format(boomerang_message(boomerang))


class FillBar(QWidget):
    filled = Signal(object)  # FillResult
    undo_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week: IsoWeek | None = None
        self.source: TimeSource | None = None
        self.run_dialog: Callable[[FillDialog], bool] = run_modally  # tests drive it instead
        self.fill_button = QPushButton(tr("Fill from calendar or tracker…"))
        self.fill_button.setAccessibleName(tr("Fill from calendar or tracker"))
        self.fill_button.setToolTip(tr("Read this week's hours from an exported file"))
        self.fill_button.clicked.connect(self.open_fill)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.undo_button = QPushButton(tr("Undo fill"))
        self.undo_button.setAccessibleName(tr("Undo fill: put back the hours from before"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.panel = QLabel()
        self.panel.setWordWrap(True)
        self.panel.setTextFormat(Qt.TextFormat.PlainText)
        self.panel.setProperty("role", "caption")
        self.panel.setAccessibleName(tr("What your imported time shows"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fill_button)
        row.addWidget(self.refresh_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.panel)
        self.undo_button.hide()
        self.panel.hide()

    def set_week(self, week: IsoWeek) -> None:
        """A week loaded: refresh from the latest source; the figures saved with it."""
        self.week = week
        self.source = latest_source(self.ctx)
        if self.source is not None:
            text = tr("Refresh from {0}").format(self.source.name)
            self.refresh_button.setText(text)
            self.refresh_button.setAccessibleName(text)
            self.refresh_button.setToolTip(
                tr("Read this week again from {0}").format(self.source.path)
            )
        self.refresh_button.setVisible(self.source is not None)
        self.undo_button.hide()
        saved = self.ctx.state.imported_week(week)
        self.show_figures(figure_lines(TimeFigures.of_imported(saved)) if saved else [], [])

    def show_figures(self, lines: Sequence[str], came_back: Sequence[Boomerang]) -> None:
        texts = [*lines, *(f"↩ {came_back_message(b)}" for b in came_back)]
        self.panel.setText("\n".join(texts))
        self.panel.setVisible(bool(texts))

    def show_filled(self, result: FillResult, came_back: Sequence[Boomerang]) -> None:
        lines = [
            tr("Filled from {0}.").format(result.source.name),
            *figure_lines(TimeFigures.of_week(result.preview.hours)),
        ]
        if result.fill.unclassified_hours:
            lines.append(
                tr("{0} h matched no rule and were left out: classify them with Fill…").format(
                    f"{result.fill.unclassified_hours:g}"
                )
            )
        self.show_figures(lines, came_back)
        self.undo_button.show()

    def show_unfilled(self) -> None:
        self.undo_button.hide()
        if self.week is not None:
            self.set_week(self.week)

    # ------------------------------------------------------------ intent
    def open_fill(self) -> None:
        if self.week is None:
            return
        dialog = FillDialog(self.ctx, self.week, self.source, self.window())
        try:
            if self.run_dialog(dialog) and dialog.fill_result() is not None:
                self.filled.emit(dialog.fill_result())
        finally:
            dialog.deleteLater()

    def refresh(self) -> None:
        """One click: the remembered file, this week, the same options."""
        if self.source is None or self.week is None:
            return
        try:
            result = read_result(self.ctx, self.source, self.week)
        except AltitudeError as exc:
            self.ctx.dialogs.error(
                tr("Cannot refresh from {0}").format(self.source.name),
                tr(
                    "{0}\nNothing was changed. If the file moved, choose it again with "
                    "“Fill from calendar or tracker…”."
                ).format(exc),
            )
            return
        self.filled.emit(result)
