"""The weekly check-ins as a read-only table, newest week first.

Week, the hours on execution and strategy, the share on strategy, the note's first line
and how many reflections were answered. ``CHECKIN_ROLE`` hands back the WeeklyCheckIn;
``SORT_ROLE`` gives values that sort naturally (weeks and numbers, not text).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.metrics import format_hours, strategy_share
from altitude.domain.weeks import IsoWeek
from altitude.i18n import formats
from altitude.ui.shared.table_model import RIGHT_ALIGNED, RowTableModel
from altitude.ui.shared.week_picker import week_dates

CHECKIN_ROLE = Qt.ItemDataRole.UserRole  # the WeeklyCheckIn itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinsModel", text)


class Column(IntEnum):
    WEEK = 0
    EXECUTION = 1
    STRATEGY = 2
    SHARE = 3
    REFLECTIONS = 4
    NOTE = 5


NUMERIC = {Column.EXECUTION, Column.STRATEGY, Column.SHARE, Column.REFLECTIONS}


def week_label(week: IsoWeek) -> str:
    """ "Week of 16 Nov 2026": a week as a reader names it (the ISO form is in the tooltip)."""
    return formats.week_of(week.monday(), year=True)


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class CheckinsModel(RowTableModel[WeeklyCheckIn, Column]):
    columns = Column

    def row_key(self, row: WeeklyCheckIn) -> IsoWeek:
        return row.week

    # ------------------------------------------------------------ contents
    def set_checkins(self, checkins: Sequence[WeeklyCheckIn]) -> None:
        """Show ``checkins`` newest first; the same weeks update in place (keeps selection)."""
        self.set_rows(sorted(checkins, key=lambda c: c.week, reverse=True))

    def checkin(self, row: int) -> WeeklyCheckIn:
        return self.row(row)

    # ------------------------------------------------------------ headers and cells
    def column_titles(self) -> tuple[str, ...]:
        return (tr("Week"), tr("Execution"), tr("Strategy"), tr("On strategy"),
                tr("Reflections"), tr("Note"))  # fmt: skip

    def column_tips(self) -> tuple[str, ...]:
        return (
            tr("The ISO week, Monday to Sunday"),
            tr("Hours doing, reviewing, fixing, firefighting"),
            tr("Hours on direction, priorities, people, alignment, decisions"),
            tr("The share of the week's hours spent on strategy"),
            tr("How many reflection prompts you answered"),
            tr("The first line of your note"),
        )

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.TextAlignmentRole and horizontal and section in NUMERIC:
            return RIGHT_ALIGNED
        return super().headerData(section, orientation, role)

    def cell_data(self, checkin: WeeklyCheckIn, column: Column, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(checkin, column)
        if role == SORT_ROLE:
            return self._sort_key(checkin, column)
        if role == CHECKIN_ROLE:
            return checkin
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(checkin, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return RIGHT_ALIGNED
        return None

    # ------------------------------------------------------------ helpers
    def _display(self, checkin: WeeklyCheckIn, column: Column) -> str:
        if column == Column.WEEK:
            return week_label(checkin.week)
        if column == Column.EXECUTION:
            return format_hours(checkin.execution_hours)
        if column == Column.STRATEGY:
            return format_hours(checkin.strategy_hours)
        if column == Column.SHARE:
            share = strategy_share(checkin)
            return "—" if share is None else formats.percent(share)
        if column == Column.REFLECTIONS:
            return str(len(checkin.answers)) if checkin.answers else "—"
        return first_line(checkin.note)

    def _sort_key(self, checkin: WeeklyCheckIn, column: Column) -> Any:
        if column == Column.WEEK:
            return checkin.week.year * 100 + checkin.week.week
        if column == Column.EXECUTION:
            return float(checkin.execution_hours)
        if column == Column.STRATEGY:
            return float(checkin.strategy_hours)
        if column == Column.SHARE:
            share = strategy_share(checkin)
            return -1.0 if share is None else share
        if column == Column.REFLECTIONS:
            return len(checkin.answers)
        return first_line(checkin.note).casefold()

    def _tooltip(self, checkin: WeeklyCheckIn, column: Column) -> str | None:
        if column == Column.WEEK:  # the ISO week too: the CLI and the files name it so
            return f"{week_dates(checkin.week)} · {checkin.week}"
        if column == Column.NOTE and checkin.note:
            return checkin.note
        if column == Column.REFLECTIONS and checkin.answers:
            return "\n".join(a.prompt for a in checkin.answers)
        return None
