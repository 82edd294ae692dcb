"""The Feedback page's two tables: the themes with their gaps, and what others said."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from altitude.domain.entities import PlanState
from altitude.domain.growth.feedback import FeedbackEntry
from altitude.domain.growth.feedback_rules import self_rating_due
from altitude.domain.growth.feedback_stats import ThemeView
from altitude.ui.feedback.wording import (
    days_text,
    gap_text,
    label_meaning,
    last_rated_text,
    others_text,
    rating_text,
    source_names,
)
from altitude.ui.shared.table_model import RIGHT_ALIGNED, RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's object


def tr(text: str) -> str:
    return QCoreApplication.translate("Feedback", text)


@dataclass(frozen=True, slots=True)
class ThemeRow:
    view: ThemeView
    due: bool  # time to rate yourself again (or never rated)


class ThemeColumn(IntEnum):
    THEME = 0
    YOU = 1
    OTHERS = 2
    GAP = 3
    MEANING = 4
    RATED = 5


def theme_rows(views: Sequence[ThemeView], today: date) -> list[ThemeRow]:
    return [ThemeRow(v, self_rating_due(v.theme, today)) for v in views]


class ThemesModel(RowTableModel[ThemeRow, ThemeColumn]):
    columns = ThemeColumn

    def row_key(self, row: ThemeRow) -> Hashable:
        return row.view.theme.id

    def column_titles(self) -> Sequence[str]:
        return [tr("Theme"), tr("You"), tr("Others"), tr("Gap (you \u2212 them)"),
                tr("What it means"), tr("You last rated yourself")]  # fmt: skip

    def column_tips(self) -> Sequence[str | None]:
        return [
            tr("Something you want to get better at"),
            tr("Your latest rating of yourself, 1 to 5"),
            tr("The average of the ratings others gave you, 1 to 5"),
            tr("Your rating minus theirs: + when you rate yourself higher"),
            None,
            tr("You are asked again every 90 days"),
        ]

    def cell_data(self, row: ThemeRow, column: ThemeColumn, role: int) -> Any:
        view = row.view
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ThemeColumn.OTHERS, ThemeColumn.GAP
        ):  # fmt: skip
            return RIGHT_ALIGNED
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match column:
            case ThemeColumn.THEME:
                return view.theme.title
            case ThemeColumn.YOU:
                return rating_text(view.self_rating) if view.self_rating else tr("Not yet")
            case ThemeColumn.OTHERS:
                return others_text(view)
            case ThemeColumn.GAP:
                return gap_text(view)
            case ThemeColumn.MEANING:
                return label_meaning(view.label)
            case ThemeColumn.RATED:
                return last_rated_text(view, row.due and bool(view.self_points))


@dataclass(frozen=True, slots=True)
class EntryRow:
    entry: FeedbackEntry
    who: str
    theme: str


class EntryColumn(IntEnum):
    ON = 0
    WHO = 1
    THEME = 2
    BEHAVIOUR = 3
    RESPONSE = 4
    FOLLOW_UP = 5
    RATING = 6


def entry_rows(state: PlanState) -> list[EntryRow]:
    """Newest first: what you heard last is what you act on next."""
    titles = {t.id: t.title for t in state.themes}
    rows = []
    for e in sorted(state.feedback, key=lambda f: (f.on, f.id or 0), reverse=True):
        person = state.person(e.person_id) if e.person_id is not None else None
        who = person.name if person is not None else e.name or source_names()[e.source]
        rows.append(EntryRow(e, who, titles.get(e.theme_id, tr("No theme"))))
    return rows


class EntriesModel(RowTableModel[EntryRow, EntryColumn]):
    columns = EntryColumn

    def row_key(self, row: EntryRow) -> Hashable:
        return row.entry.id

    def column_titles(self) -> Sequence[str]:
        return [tr("Heard on"), tr("From"), tr("Theme"), tr("What they saw you do"),
                tr("What you'll do"), tr("Follow up"), tr("Their rating")]  # fmt: skip

    def cell_data(self, row: EntryRow, column: EntryColumn, role: int) -> Any:
        e = row.entry
        if role == ROW_ROLE:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match column:
            case EntryColumn.ON:
                return days_text(e.on)
            case EntryColumn.WHO:
                return row.who
            case EntryColumn.THEME:
                return row.theme
            case EntryColumn.BEHAVIOUR:
                return e.behaviour
            case EntryColumn.RESPONSE:
                return e.response
            case EntryColumn.FOLLOW_UP:
                if e.followed_up_on is not None:
                    return tr("Done {0}").format(days_text(e.followed_up_on))
                return days_text(e.follow_up_on)
            case EntryColumn.RATING:
                return rating_text(e.rating) if e.rating is not None else "—"
