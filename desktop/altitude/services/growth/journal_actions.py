"""The decision journal: record a decision, correct it, review it, add hindsight, delete it.

Each action is one transaction. The domain's rules decide (``growth.decision_rules``): a
decision-time field can be corrected until the review is due, then it is kept as written
and later thoughts are appended as hindsight notes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from altitude.domain.growth.decision_rules import (
    amend,
    default_review_date,
    reviews_due,
    validate_journal_entry,
)
from altitude.domain.growth.decisions import HindsightNote, JournalEntry, JournalReview
from altitude.domain.validation import check
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError
from altitude.store.interchange.codec import document_of

if TYPE_CHECKING:  # the statistics load when first asked for, not at start-up
    from altitude.domain.growth import decision_stats, decision_trends


@dataclass(frozen=True, slots=True)
class JournalStats:
    """What the journal's page shows; the scores only once enough decisions are reviewed."""

    decisions: int
    reviewed: int
    needed: int  # reviewed decisions before the scores are shown
    scores: decision_stats.Scores | None  # calibration bins and the Brier score
    grid: tuple[decision_stats.Cell, ...] | None  # process against outcome
    team_share: tuple[decision_trends.MonthShare, ...]
    median_wait: float | None  # days from the question coming up to the decision


class JournalActions(ServiceBase):
    def record_decision(self, entry: JournalEntry, *, default_review: bool = False) -> JournalEntry:
        """Save a new decision; ``default_review`` sets its review date from its door."""
        if default_review:
            entry = replace(entry, review_on=default_review_date(entry.decided_on, entry.door))
        entry = replace(entry, id=None)
        self._check_decision(entry)
        with self._action():
            return self.store.add_journal_entry(entry)

    def amend_decision(self, entry: JournalEntry) -> JournalEntry:
        """Save a changed decision, as far as the journal's rules allow it today."""
        old = self.decision(entry.id)
        entry = amend(old, entry, self.today())  # ValidationError: kept as written
        self._check_decision(entry)
        with self._action():
            self.store.update_journal_entry(entry)
        return entry

    def review_decision(self, entry_id: int, review: JournalReview) -> JournalEntry:
        """Write (or rewrite) the decision's one review."""
        return self.amend_decision(replace(self.decision(entry_id), reviews=(review,)))

    def add_hindsight(self, entry_id: int, note: str, on: date | None = None) -> JournalEntry:
        if not note.strip():
            check({"hindsight": "Write what you think now."})
        old = self.decision(entry_id)
        added = HindsightNote(on or self.today(), note.strip())
        return self.amend_decision(replace(old, hindsight=(*old.hindsight, added)))

    def delete_decision(self, entry_id: int) -> None:
        self.decision(entry_id)
        with self._action():
            self.store.delete_journal_entry(entry_id)

    def decision(self, entry_id: int | None) -> JournalEntry:
        found = next((e for e in self.state.journal if e.id == entry_id), None)
        if found is None:
            raise ActionError(f"There is no decision with id {entry_id}.")
        return found

    def journal_document(self) -> list[dict[str, Any]]:
        """The decisions as the export writes them (its ``decisions`` key)."""
        return [document_of(e) for e in sorted(self.state.journal, key=lambda e: e.id or 0)]

    def decisions_due(self) -> list[JournalEntry]:
        """Decisions whose review has come and that are not reviewed, longest overdue first."""
        return reviews_due(self.state.journal, self.today())

    def journal_stats(self) -> JournalStats:
        journal = self.state.journal
        from altitude.domain.growth import decision_stats, decision_trends

        done = decision_stats.reviewed(journal)
        enough = len(done) >= decision_stats.MIN_REVIEWED
        return JournalStats(
            decisions=len(journal),
            reviewed=len(done),
            needed=decision_stats.MIN_REVIEWED,
            scores=decision_stats.scores(journal),
            grid=decision_stats.process_outcome_grid(done) if enough else None,
            team_share=tuple(decision_trends.team_share_by_month(journal)),
            median_wait=decision_trends.median_wait(journal),
        )

    def _check_decision(self, entry: JournalEntry) -> None:
        state = self.state
        people = {p.id for p in state.people}
        if entry.made_by_id is not None and entry.made_by_id not in people:
            check({"made_by_id": "Choose a team member from the list."})
        if any(link.person_id not in people for link in entry.people):
            check({"people": "Link people on your team."})
        if any(state.delegation(link.delegation_id) is None for link in entry.delegations):
            check({"delegations": "That delegation no longer exists."})
        if any(state.item(link.item_id) is None for link in entry.items):
            check({"items": "That inventory item no longer exists."})
        check(validate_journal_entry(entry))
