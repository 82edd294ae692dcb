"""What every table model here shares: a list of rows, one per object, and a column enum.

A subclass names its row type and its columns (``RowTableModel[Person, Column]``), says what
identifies a row (``row_key``), gives its header titles and tooltips through its own ``tr``
(so translators see each string in that model's context) and answers ``cell_data`` for one
row and column. The base owns the rows, the counts, the headers, the default read-only
flags and ``set_rows``, which updates in place when the same rows come back in the same
order: open editors, the selection and a proxy's sort survive a save.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Columns sized to their contents measure only this many rows (and those in view):
# measuring every cell of thousands of rows on each layout pass froze the window.
FIT_ROWS_UP_TO = 150

T = TypeVar("T")  # one row's object
C = TypeVar("C", bound=IntEnum)  # the model's columns


class RowTableModel(QAbstractTableModel, Generic[T, C]):
    columns: type[C]  # set by each subclass to its column enum

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        # Views call data() and columnCount() for every cell and role, often 100,000 times
        # for a long table: the columns as a plain tuple, not Enum lookups on each call.
        self._columns: tuple[C, ...] = tuple(self.columns)

    # ------------------------------------------------------------ what a subclass gives
    def row_key(self, row: T) -> Hashable:
        """What identifies a row across saves (an id, a week)."""
        raise NotImplementedError

    def column_titles(self) -> Sequence[str]:
        """One translated title per column, made at call time so a new language shows."""
        raise NotImplementedError

    def column_tips(self) -> Sequence[str | None]:
        """Translated header tooltips in column order; None, or a shorter list, leaves
        a column without one."""
        return ()

    def cell_data(self, row: T, column: C, role: int) -> Any:
        """``data()`` for a valid index: the row's object and its column."""
        raise NotImplementedError

    def changed_rows(self, old: Sequence[T], new: Sequence[T]) -> list[int]:
        """The rows to repaint when the same rows come back; a subclass may widen this."""
        return [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]

    # ------------------------------------------------------------ contents
    def set_rows(self, rows: Iterable[T]) -> None:
        """Show ``rows``. The same rows in the same order update in place (dataChanged), so
        editors, selection and sorting survive; anything else starts afresh (modelReset)."""
        new = list(rows)
        if [self.row_key(r) for r in new] != [self.row_key(r) for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        changed = self.changed_rows(self._rows, new)
        self._rows = new
        if changed:
            self.rows_changed(min(changed), max(changed))

    def rows_changed(self, first: int, last: int) -> None:
        """Tell views that every cell of rows ``first`` to ``last`` may look different."""
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def row(self, number: int) -> T:
        return self._rows[number]

    def row_of(self, key: Hashable) -> int | None:
        """The row whose ``row_key`` is ``key``, or None."""
        return next((n for n, r in enumerate(self._rows) if self.row_key(r) == key), None)

    # ------------------------------------------------------------ Qt's model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Without a tip of its own, the title: a narrow column elides it (longer in
            # German or French), and the tooltip still says it whole.
            tips = self.column_tips()
            return (tips[section] if section < len(tips) else None) or self.column_titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Plain bounds checks, not checkIndex(): this is the hottest path of every table.
        row, column = index.row(), index.column()
        columns = self._columns
        if not (index.isValid() and 0 <= row < len(self._rows) and 0 <= column < len(columns)):
            return None
        return self.cell_data(self._rows[row], columns[column], role)
