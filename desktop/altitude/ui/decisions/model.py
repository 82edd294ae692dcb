"""The journal as a table: one row per decision, those due for review first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from altitude.domain.entities import PlanState
from altitude.domain.growth.decisions import JournalEntry
from altitude.ui.decisions.texts import (
    STATUS_DUE,
    STATUS_REVIEWED,
    STATUS_WAITING,
    door_label,
    status_label,
)
from altitude.ui.shared.fields import format_day
from altitude.ui.shared.table_model import RowTableModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the JournalEntry


def tr(text: str) -> str:
    return QCoreApplication.translate("DecisionsModel", text)


class Column(IntEnum):
    DECISION = 0
    KIND = 1
    DOOR = 2
    DECIDED = 3
    REVIEW = 4
    MADE_BY = 5
    STATUS = 6


@dataclass(frozen=True, slots=True)
class DecisionRow:
    entry: JournalEntry
    status: str  # texts.STATUS_*
    made_by: str  # "You" or the team member's name


def status_of(entry: JournalEntry, today: date) -> str:
    if entry.review is not None:
        return STATUS_REVIEWED
    return STATUS_DUE if entry.review_on <= today else STATUS_WAITING


_ORDER = {STATUS_DUE: 0, STATUS_WAITING: 1, STATUS_REVIEWED: 2}


def decision_rows(state: PlanState, today: date) -> list[DecisionRow]:
    """Due first (longest overdue on top), then waiting (soonest first), then reviewed
    (latest decision first)."""
    rows = []
    for e in state.journal:
        maker = state.person(e.made_by_id) if e.made_by_id is not None else None
        rows.append(DecisionRow(e, status_of(e, today), maker.name if maker else tr("You")))

    def key(row: DecisionRow) -> tuple[int, int]:
        e = row.entry
        order = _ORDER[row.status]
        day = e.review_on.toordinal() if order < 2 else -e.decided_on.toordinal()
        return order, day

    return sorted(rows, key=key)


class DecisionsModel(RowTableModel[DecisionRow, Column]):
    columns = Column

    def row_key(self, row: DecisionRow) -> int | None:
        return row.entry.id

    def column_titles(self) -> Sequence[str]:
        return [
            tr("Decision"),
            tr("Kind"),
            tr("Door"),
            tr("Decided on"),
            tr("Review on"),
            tr("Made by"),
            tr("Status"),
        ]

    def column_tips(self) -> Sequence[str | None]:
        return [
            None,
            None,
            tr("One-way: hard to undo. Two-way: you can walk it back."),
            None,
            tr("When you look back at what happened"),
            tr("You, or the team member who made it (delegated decisions count too)"),
        ]

    def cell_data(self, row: DecisionRow, column: Column, role: int) -> Any:
        e = row.entry
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DECISION: e.decision,
                Column.KIND: e.kind,
                Column.DOOR: door_label(e.door),
                Column.DECIDED: format_day(e.decided_on),
                Column.REVIEW: format_day(e.review_on),
                Column.MADE_BY: row.made_by,
                Column.STATUS: status_label(row.status),
            }[column]
        if role == Qt.ItemDataRole.FontRole and row.status == STATUS_DUE:
            font = QFont()
            font.setBold(True)
            return font
        return None
