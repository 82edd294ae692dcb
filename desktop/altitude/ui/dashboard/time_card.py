"""The dashboard's card of what imported time showed that no tracker does: for the latest
week saved from a calendar or tracker, meeting load, fragmentation and protected time.
Hidden until a check-in has been filled from a file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime
from altitude.ui.checkins.time_texts import TimeFigures, figure_lines
from altitude.ui.shared.fields import heading
from altitude.ui.shared.week_picker import week_dates


def tr(text: str) -> str:
    return QCoreApplication.translate("TimeCard", text)


def latest_imported(state: AtAGlance, week: IsoWeek) -> ImportedTime | None:
    """The newest imported week up to ``week`` (the Overview holds them too)."""
    imported: Sequence[ImportedTime] = state.imported
    shown = [x for x in imported if x.week <= week and x.counted_hours > 0]
    return max(shown, key=lambda x: x.week) if shown else None


class TimeCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(tr("What your calendar showed"))
        self.title = heading("")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.hide()

    def show_state(self, state: AtAGlance, week: IsoWeek) -> None:
        latest = latest_imported(state, week)
        lines = figure_lines(TimeFigures.of_imported(latest)) if latest else []
        if latest is None or not lines:
            self.hide()
            return
        self.title.setText(
            tr("Your week of {0}, from your calendar").format(week_dates(latest.week))
        )
        self.body.setText("\n".join(f"•  {line}" for line in lines))
        self.body.setAccessibleName(self.body.text())
        self.show()

    def texts(self) -> list[str]:
        if self.isHidden():
            return []
        return [line.removeprefix("•  ") for line in self.body.text().splitlines()]
