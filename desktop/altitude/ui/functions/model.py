"""The Functions page's table: one row per function."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.entities import PlanState
from altitude.ui.functions.wording import explain_text, last_touch_text, stale, tr
from altitude.ui.shared.fields import format_day
from altitude.ui.shared.table_model import RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's BusinessFunction


@dataclass(frozen=True, slots=True)
class FunctionRow:
    function: BusinessFunction
    learn_from: str  # the stakeholder's name, or ""
    stale: bool
    last: str


def function_rows(state: PlanState, today: date) -> list[FunctionRow]:
    names = {p.id: p.name for p in state.stakeholders}
    return [
        FunctionRow(f, names.get(f.learn_from_id, ""), stale(f, today), last_touch_text(f, today))
        for f in state.functions
    ]


class Column(IntEnum):
    """What a glance needs first (when, how well you know them), then the notes."""

    NAME = 0
    LAST = 1
    EXPLAIN = 2
    LEARN_FROM = 3
    MEASURED = 4
    MOVE = 5
    UNCLEAR = 6


def _one_line(text: str) -> str:
    return " ".join(text.split())


class FunctionsModel(RowTableModel[FunctionRow, Column]):
    columns = Column

    def row_key(self, row: FunctionRow) -> Hashable:
        return row.function.id

    def column_titles(self) -> Sequence[str]:
        return [tr("Function"), tr("Last worked with"), tr("Could you explain it?"),
                tr("You learn from"), tr("Measured on"), tr("How your team moves it"),
                tr("Still unclear")]  # fmt: skip

    def column_tips(self) -> Sequence[str | None]:
        return [
            None,
            tr("Flagged when you haven't worked with them for 60 days"),
            tr("Could you explain their goals to your boss? 1 to 5"),
            tr("Someone there from your relationships"),
            tr("The numbers they are judged by"),
            tr("What your team does that moves those numbers"),
            tr("What you still don't understand about how they work"),
        ]

    def cell_data(self, row: FunctionRow, column: Column, role: int) -> Any:
        f = row.function
        if role == ROW_ROLE:
            return f
        if role == Qt.ItemDataRole.FontRole and row.stale and column in (Column.NAME, Column.LAST):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.LAST and f.last_touch:
            return format_day(f.last_touch)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.MEASURED, Column.MOVE,
                                                              Column.UNCLEAR):  # fmt: skip
            return {Column.MEASURED: f.measured_on, Column.MOVE: f.how_we_move_it,
                    Column.UNCLEAR: f.still_unclear}[column] or None  # fmt: skip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case Column.NAME:
                return f.name
            case Column.MEASURED:
                return _one_line(f.measured_on) or "—"
            case Column.MOVE:
                return _one_line(f.how_we_move_it) or "—"
            case Column.LEARN_FROM:
                return row.learn_from or tr("No one yet")
            case Column.UNCLEAR:
                return _one_line(f.still_unclear) or "—"
            case Column.EXPLAIN:
                return explain_text(f.could_explain)
            case Column.LAST:
                return row.last
