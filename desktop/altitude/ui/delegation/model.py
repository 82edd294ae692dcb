"""The delegation ledger as a table: outcome, owner, level, status, next check-in, hours freed,
and what needs watching (a check-in due, work that came back, why it was taken back).

The model only shows ``LedgerRow``s (see ``ledger``); it saves nothing. ``LedgerFilter``
narrows the ledger to one status.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from altitude.domain.entities import Status
from altitude.domain.metrics import HANDED_OVER
from altitude.domain.shares import format_hours
from altitude.ui.shared.boomerang_text import boomerang_message
from altitude.ui.shared.ledger_rows import (
    STATUS_ORDER,
    LedgerRow,
    level_label,
    level_meaning,
    short_date,
    status_label,
)
from altitude.ui.shared.table_model import Index, RowTableModel

DELEGATION_ROLE = Qt.ItemDataRole.UserRole  # the Delegation itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the LedgerRow

# Text colours that keep 4.5:1 contrast on the light and the dark base colour.
WATCH_COLOURS = {False: "#8a5a00", True: "#f0b94a"}  # check-in due, work came back
TAKEN_BACK_COLOURS = {False: "#a84300", True: "#ff9e6b"}
QUIET_COLOURS = {False: "#5b636d", True: "#9aa1ab"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Delegation", text)


class Column(IntEnum):
    OUTCOME = 0
    OWNER = 1
    LEVEL = 2
    STATUS = 3
    CHECKIN = 4
    FREED = 5
    WATCH = 6


class DelegationModel(RowTableModel[LedgerRow, Column]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dark = False

    def row_key(self, row: LedgerRow) -> int | None:
        return row.delegation.id

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        if self._rows:
            self.rows_changed(0, len(self._rows) - 1)

    def column_titles(self) -> tuple[str, ...]:
        return (
            tr("Outcome"),
            tr("Owner"),
            tr("Level"),
            tr("Status"),
            tr("Next check-in"),
            tr("Freed"),
            tr("Watch"),
        )

    def column_tips(self) -> tuple[str, ...]:
        return (
            tr("The result you handed over, not the steps."),
            tr("Who owns the outcome."),
            tr("How much they decide: 1 'I decide and tell' to 7 'they decide'."),
            tr("Planned, handing over, owned, or taken back."),
            tr("When you next check in; due ones are marked 'due'."),
            tr("Hours a week it frees for you once you start handing it over."),
            tr("Taken back, work that came back to you, or a check-in due."),
        )

    def cell_data(self, row: LedgerRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == DELEGATION_ROLE:
            return row.delegation
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.FREED, Column.LEVEL):
            align = Qt.AlignmentFlag.AlignRight if column == Column.FREED else 0
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ------------------------------------------------------------ helpers
    def _display(self, row: LedgerRow, column: Column) -> str:
        d = row.delegation
        if column == Column.OUTCOME:
            return d.outcome
        if column == Column.OWNER:
            return row.owner or tr("No owner yet")
        if column == Column.LEVEL:
            return level_label(d.level)
        if column == Column.STATUS:
            return status_label(d.status)
        if column == Column.CHECKIN:
            if d.next_checkin is None:
                return "—"
            when = short_date(d.next_checkin)
            return tr("Due · {0}").format(when) if row.due else when
        if column == Column.FREED:
            return format_hours(d.hours_freed)
        return row.watch_text()

    def _tooltip(self, row: LedgerRow, column: Column) -> str | None:
        d = row.delegation
        if column == Column.OUTCOME:
            source = tr("From your inventory: {0}").format(row.item_title) if row.item_title else ""
            return "\n".join(t for t in (d.outcome, d.success_measure, source) if t)
        if column == Column.LEVEL:
            return level_meaning(d.level)
        if column == Column.FREED and d.status not in HANDED_OVER:
            return tr("Counts as freed once you start handing it over.")
        if column == Column.WATCH:
            lines = [row.watch_text().split(" · ")[0]] if d.status == Status.TAKEN_BACK else []
            lines += [boomerang_message(b) for b in row.boomerangs]
            return "\n".join(lines) or None
        return None

    def _sort_key(self, row: LedgerRow, column: Column) -> Any:
        d = row.delegation
        if column == Column.LEVEL:
            return d.level
        if column == Column.STATUS:
            return STATUS_ORDER.index(d.status)
        if column == Column.CHECKIN:
            return d.next_checkin.toordinal() if d.next_checkin else date.max.toordinal()
        if column == Column.FREED:
            return float(d.hours_freed)
        return self._display(row, column).casefold()

    def _font(self, row: LedgerRow, column: Column) -> QFont | None:
        font = QFont()
        if column == Column.CHECKIN and row.due:
            font.setBold(True)
            return font
        if column == Column.WATCH and (
            row.boomerangs or row.delegation.status == Status.TAKEN_BACK
        ):
            font.setBold(True)
            return font
        if column == Column.OWNER and not row.owner:
            font.setItalic(True)
            return font
        return None

    def _colour(self, row: LedgerRow, column: Column) -> QColor | None:
        d = row.delegation
        if column == Column.WATCH:
            if d.status == Status.TAKEN_BACK:
                return QColor(TAKEN_BACK_COLOURS[self._dark])
            if row.boomerangs or row.due:
                return QColor(WATCH_COLOURS[self._dark])
        if column == Column.CHECKIN and row.due:
            return QColor(WATCH_COLOURS[self._dark])
        if column == Column.FREED and d.status not in HANDED_OVER:
            return QColor(QUIET_COLOURS[self._dark])
        return None


class LedgerFilter(QSortFilterProxyModel):
    """Shows every delegation, or those with one status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self.setSortRole(SORT_ROLE)

    def status(self) -> Status | None:
        return self._status

    def set_status(self, status: Status | None) -> None:
        if status != self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._status is None:
            return True
        model = self.sourceModel()
        delegation = model.index(source_row, 0, source_parent).data(DELEGATION_ROLE)
        return delegation is not None and delegation.status == self._status
