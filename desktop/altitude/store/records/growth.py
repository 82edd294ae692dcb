"""The Store's writes of the decision journal and the feedback log (``domain.growth``).

Each record is one row with child tables (options, links, review, hindsight; self-ratings;
feedforward); an update rewrites the children, like a delegation's. Mixed into ``Store``,
whose helpers these use; every method is one ``atomic()`` block.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.store.rows import TABLES, Row, row_of
from altitude.store.writing import insert_children

if TYPE_CHECKING:
    from sqlite_utils import Database

_R = TypeVar("_R", JournalEntry, FeedbackTheme, FeedbackEntry)


class GrowthRecords:
    if TYPE_CHECKING:

        @property
        def db(self) -> Database: ...
        def atomic(self) -> AbstractContextManager[None]: ...
        def _insert(self, table: str, row: Row) -> int: ...
        def _update(self, table: str, what: str, row_id: int | None, row: Row) -> int: ...
        def _delete(self, table: str, what: str, row_id: int) -> None: ...
        def _delete_children(self, cls: type, parent_id: int) -> None: ...

    # ------------------------------------------------------------ the decision journal
    def add_journal_entry(self, entry: JournalEntry) -> JournalEntry:
        return self._add_record(entry)

    def update_journal_entry(self, entry: JournalEntry) -> None:
        """Rewrite the entry with its options, links, review and hindsight notes."""
        self._update_record(entry, "journal entry")

    def delete_journal_entry(self, entry_id: int) -> None:
        with self.atomic():
            self._delete(TABLES[JournalEntry], "journal entry", entry_id)

    # ------------------------------------------------------------ the feedback log
    def add_theme(self, theme: FeedbackTheme) -> FeedbackTheme:
        return self._add_record(theme)

    def update_theme(self, theme: FeedbackTheme) -> None:
        self._update_record(theme, "feedback theme")

    def delete_theme(self, theme_id: int) -> None:
        """Feedback on the theme stays, with no theme."""
        with self.atomic():
            self._delete(TABLES[FeedbackTheme], "feedback theme", theme_id)

    def add_feedback(self, entry: FeedbackEntry) -> FeedbackEntry:
        return self._add_record(entry)

    def update_feedback(self, entry: FeedbackEntry) -> None:
        self._update_record(entry, "feedback entry")

    def delete_feedback(self, entry_id: int) -> None:
        with self.atomic():
            self._delete(TABLES[FeedbackEntry], "feedback entry", entry_id)

    # ------------------------------------------------------------ shared
    def _add_record(self, record: _R) -> _R:
        with self.atomic():
            new_id = self._insert(TABLES[type(record)], row_of(record))
            insert_children(self.db, [(new_id, record)])
        return replace(record, id=new_id)

    def _update_record(self, record: _R, what: str) -> None:
        cls = type(record)
        with self.atomic():
            record_id = self._update(TABLES[cls], what, record.id, row_of(record))
            self._delete_children(cls, record_id)
            insert_children(self.db, [(record_id, record)])
