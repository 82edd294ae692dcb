"""The Relationships page's table: one row per person beyond the team."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.ui.relationships.wording import (
    influence_words,
    interest_words,
    last_contact_text,
    next_contact_text,
    quadrant_names,
    scored,
    stance_meanings,
    stance_names,
    tr,
    trust_words,
)
from altitude.ui.shared.fields import format_day
from altitude.ui.shared.table_model import RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Stakeholder


@dataclass(frozen=True, slots=True)
class PersonRow:
    person: Stakeholder
    overdue: bool


def person_rows(people: Sequence[Stakeholder], today: date) -> list[PersonRow]:
    """The boss first, then the most influential: whom the page is mostly about."""
    ordered = sorted(people, key=lambda p: (not p.is_boss, -p.influence, p.name.casefold()))
    return [PersonRow(p, p.contact_overdue(today)) for p in ordered]


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    FUNCTION = 2
    INFLUENCE = 3
    INTEREST = 4
    STANCE = 5
    TRUST = 6
    LAST = 7
    NEXT = 8


class PeopleModel(RowTableModel[PersonRow, Column]):
    columns = Column

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def row_key(self, row: PersonRow) -> Hashable:
        return row.person.id

    def column_titles(self) -> Sequence[str]:
        return [tr("Name"), tr("Role"), tr("Function"), tr("Influence"), tr("Interest"),
                tr("Stance"), tr("Trust"), tr("Last in touch"), tr("Next contact due")]  # fmt: skip

    def column_tips(self) -> Sequence[str | None]:
        return [
            None,
            None,
            None,
            tr("How much say they have over your work, 1 to 5"),
            tr("How much your work matters to them, 1 to 5"),
            tr("Whether they back what you are doing"),
            tr("The trust between you, 1 to 5"),
            None,
            tr("From how often you mean to be in touch"),
        ]

    def cell_data(self, row: PersonRow, column: Column, role: int) -> Any:
        p = row.person
        if role == ROW_ROLE:
            return p
        if role == Qt.ItemDataRole.FontRole and row.overdue and column in (
            Column.NAME, Column.NEXT
        ):  # fmt: skip
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STANCE:
                return stance_meanings()[p.stance]
            if column in (Column.INFLUENCE, Column.INTEREST):
                return tr("On the map: {0}").format(quadrant_names()[p.quadrant])
            if column == Column.LAST and p.last_contact is not None:
                return format_day(p.last_contact)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match column:
            case Column.NAME:
                return tr("{0} (your boss)").format(p.name) if p.is_boss else p.name
            case Column.ROLE:
                return p.role
            case Column.FUNCTION:
                return p.function
            case Column.INFLUENCE:
                return scored(p.influence, influence_words())
            case Column.INTEREST:
                return scored(p.interest, interest_words())
            case Column.STANCE:
                return stance_names()[p.stance]
            case Column.TRUST:
                return scored(p.trust, trust_words())
            case Column.LAST:
                return last_contact_text(p, self.today)
            case Column.NEXT:
                return next_contact_text(p, self.today)
