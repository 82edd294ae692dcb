"""The team as a table: who they are, their growth goal, and what they carry for you.

"Carry" is what ``metrics.person_load`` counts: the hours a week of outcomes they are
taking over or own. Planned outcomes are shown apart; they are not on anyone's desk yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from altitude.domain.entities import Delegation, Person, PlanState, Status
from altitude.domain.metrics import HANDED_OVER, person_load
from altitude.domain.shares import format_hours
from altitude.i18n import formats, settled
from altitude.ui.shared.table_model import RIGHT_ALIGNED, RowTableModel

PERSON_ROLE = Qt.ItemDataRole.UserRole  # the Person
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the TeamRow
LOAD_SHARE_ROLE = Qt.ItemDataRole.UserRole + 3  # 0..1: the bar's length in the load column

MIN_BAR_SCALE = 8.0  # hours: one person with 1 h should not look full to the brim


def tr(text: str) -> str:
    return QCoreApplication.translate("Team", text)


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("Team", text, None, n))


def outcomes_phrase(count: int) -> str:
    return trn("%n outcome(s)", count)


@dataclass(frozen=True, slots=True)
class TeamRow:
    person: Person
    load: float  # hours a week they took over (metrics.person_load)
    carried: tuple[Delegation, ...]  # handing over or owned
    planned: tuple[Delegation, ...]  # planned for them, not handed over yet
    taken_back: tuple[Delegation, ...] = ()  # handed to them once, then taken back
    today: date | None = None  # to say whether the next one-to-one is overdue

    @property
    def one_to_one_overdue(self) -> bool:
        due = self.person.one_to_one_due()
        return due is not None and self.today is not None and due < self.today

    @property
    def first_name(self) -> str:
        words = self.person.name.split()
        return words[0] if words else self.person.name

    def sentence(self) -> str:
        """The load in one plain sentence."""
        name = self.first_name
        if self.carried:
            text = tr("{0} carries {1}/week you handed over — {2}.").format(
                name, format_hours(self.load), outcomes_phrase(len(self.carried))
            )
        else:
            text = tr("{0} carries nothing you handed over yet.").format(name)
        if self.planned:
            text += " " + tr("{0} planned.").format(outcomes_phrase(len(self.planned)))
        if self.taken_back:
            text += " " + tr("You took {0} back.").format(outcomes_phrase(len(self.taken_back)))
        return text


def team_rows(state: PlanState, today: date | None = None) -> list[TeamRow]:
    rows = []
    for person in state.people:
        theirs = [d for d in state.delegations if d.owner_id == person.id]
        rows.append(
            TeamRow(
                person=person,
                load=person_load(person.id, state.delegations) if person.id is not None else 0.0,
                carried=tuple(d for d in theirs if d.status in HANDED_OVER),
                planned=tuple(d for d in theirs if d.status == Status.PLANNED),
                taken_back=tuple(d for d in theirs if d.status == Status.TAKEN_BACK),
                today=today,
            )
        )
    return rows


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    GROWTH = 2
    OUTCOMES = 3
    LOAD = 4
    ONE_TO_ONE = 5


class TeamModel(RowTableModel[TeamRow, Column]):
    columns = Column

    def row_key(self, row: TeamRow) -> int | None:
        return row.person.id

    def changed_rows(self, old: Sequence[TeamRow], new: Sequence[TeamRow]) -> list[int]:
        if _scale_of(old) != _scale_of(new):  # every bar is measured against the busiest person
            return list(range(len(new)))
        return super().changed_rows(old, new)

    def _scale(self) -> float:
        return _scale_of(self._rows)

    def column_titles(self) -> tuple[str, ...]:
        return (
            tr("Name"),
            tr("Role"),
            tr("Growth goal"),
            tr("Outcomes"),
            tr("Carries for you"),
            tr("Next one-to-one"),
        )

    def column_tips(self) -> tuple[str | None, ...]:
        return (
            None,
            None,
            tr("Where they want to grow: hand them outcomes that lead there."),
            tr("Outcomes they are taking over or own, and those planned for them."),
            tr("Hours a week of your old work they now carry."),
            tr("When your next one-to-one is due, from how often you meet and the last one."),
        )

    def cell_data(self, row: TeamRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            if column == Column.LOAD:
                return row.load
            if column == Column.OUTCOMES:
                return len(row.carried) * 1000 + len(row.planned)
            if column == Column.ONE_TO_ONE:
                due = row.person.one_to_one_due()
                return due.toordinal() if due else date.max.toordinal()
            return self._display(row, column).casefold()
        if role == Qt.ItemDataRole.EditRole and column == Column.LOAD:
            return row.load
        if role == PERSON_ROLE:
            return row.person
        if role == ROW_ROLE:
            return row
        if role == LOAD_SHARE_ROLE and column == Column.LOAD:
            return min(1.0, row.load / self._scale())
        if role == Qt.ItemDataRole.FontRole and (
            column == Column.NAME or (column == Column.ONE_TO_ONE and row.one_to_one_overdue)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.OUTCOMES, Column.LOAD):
            return RIGHT_ALIGNED
        return None

    def _display(self, row: TeamRow, column: Column) -> str:
        if column == Column.NAME:
            return row.person.name
        if column == Column.ROLE:
            return row.person.role
        if column == Column.GROWTH:
            return " ".join(row.person.growth_goal.split())  # one line in the table
        if column == Column.OUTCOMES:
            if row.planned:
                return tr("{0} + {1} planned").format(len(row.carried), len(row.planned))
            return str(len(row.carried))
        if column == Column.ONE_TO_ONE:
            return _next_one_to_one(row)
        return format_hours(row.load)

    def _tooltip(self, row: TeamRow, column: Column) -> str | None:
        if column == Column.GROWTH and row.person.growth_goal:
            return row.person.growth_goal
        if column in (Column.OUTCOMES, Column.LOAD):
            return row.sentence()
        if column == Column.NAME and row.person.notes:
            return row.person.notes
        return None


def _next_one_to_one(row: TeamRow) -> str:
    due = row.person.one_to_one_due()
    if due is None:
        return ""
    if due == date.min:
        return tr("Now (none logged)")
    shown = formats.day_month(due)
    # said in words as well as bold: the table must not rely on weight alone
    return tr("{0} — overdue").format(shown) if row.one_to_one_overdue else shown


def _scale_of(rows: Sequence[TeamRow]) -> float:
    return max([MIN_BAR_SCALE, *(r.load for r in rows)])
