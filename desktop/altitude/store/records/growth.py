"""The Store's writes of the decision journal and the feedback log (``domain.growth``).

Each record is one row with child tables (options, links, review, hindsight; self-ratings;
feedforward); an update rewrites the children, like a delegation's. Mixed into ``Store``,
whose helpers these use; every method is one ``atomic()`` block.
"""

from __future__ import annotations

from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.store.records.shared import RecordWrites
from altitude.store.rows import TABLES


class GrowthRecords(RecordWrites):
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
