"""The decision journal: record a decision, correct it, review it, add hindsight, delete it.

Each action is one transaction and returns an ``Edit`` whose undo takes it back. The
domain's rules decide (``growth.decision_rules``): a decision-time field can be corrected
until the review is due, then it is kept as written and later thoughts are appended as
hindsight notes. An undo puts the entry back as it was a moment before (``PutDecision``):
taking back a hindsight note just added is not rewriting what was written at the time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from altitude.domain.growth.decision_rules import (
    ReviewRules,
    amend,
    default_review_date,
    reviews_due,
    validate_journal_entry,
)
from altitude.domain.growth.decisions import HindsightNote, JournalEntry, JournalReview
from altitude.domain.validation import check
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.changes import DeleteDecision, PutDecision, RestoreDecision
from altitude.services.undo.edit import Edit
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


@dataclass(frozen=True, slots=True)
class _Gone:
    field: str  # the entry's field, for the editor's message beside it
    message: str  # what to do, when saving
    words: str  # what is missing, when an undo cannot bring the entry back


_GONE = (
    _Gone("made_by_id", "Choose a team member from the list.", "the team member who made it"),
    _Gone("people", "Link people on your team.", "a person it is linked to"),
    _Gone("delegations", "That delegation no longer exists.", "a delegation it is linked to"),
    _Gone("items", "That inventory item no longer exists.", "an inventory item it is linked to"),
)


class JournalActions(ServiceBase):
    def record_decision(
        self, entry: JournalEntry, *, default_review: bool = False
    ) -> Edit[JournalEntry]:
        """Save a new decision; ``default_review`` sets its review date from its door."""
        if default_review:
            day = default_review_date(entry.decided_on, entry.door, self.review_rules())
            entry = replace(entry, review_on=day)
        entry = replace(entry, id=None)
        self._check_decision(entry)
        with self._action():
            saved = self.store.add_journal_entry(entry)
        return Edit(saved, DeleteDecision(saved_id(saved.id)))

    def amend_decision(self, entry: JournalEntry) -> Edit[JournalEntry]:
        """Save a changed decision, as far as the journal's rules allow it today."""
        old = self.decision(entry.id)
        entry = amend(old, entry, self.today())  # ValidationError: kept as written
        return self.put_back_decision(entry)

    def review_decision(self, entry_id: int, review: JournalReview) -> Edit[JournalEntry]:
        """Write (or rewrite) the decision's one review."""
        return self.amend_decision(replace(self.decision(entry_id), reviews=(review,)))

    def add_hindsight(self, entry_id: int, note: str, on: date | None = None) -> Edit[JournalEntry]:
        if not note.strip():
            check({"hindsight": "Write what you think now."})
        old = self.decision(entry_id)
        added = HindsightNote(on or self.today(), note.strip())
        return self.amend_decision(replace(old, hindsight=(*old.hindsight, added)))

    def put_back_decision(self, entry: JournalEntry) -> Edit[JournalEntry]:
        """Save ``entry`` over the one with its id, whole (an undo's step; the user's own
        edits go through ``amend_decision`` and its kept-as-written rule)."""
        self._check_decision(entry)
        with self._action():
            old = self.decision(entry.id)
            self.store.update_journal_entry(entry)
        return Edit(entry, PutDecision(old))

    def delete_decision(self, entry_id: int) -> Edit[JournalEntry]:
        """Its options, links, review and notes go with it; the undo brings them back."""
        with self._action():
            old = self.decision(entry_id)
            self.store.delete_journal_entry(entry_id)
        return Edit(old, RestoreDecision(old))

    def restore_decision(self, entry: JournalEntry) -> Edit[JournalEntry]:
        """Undo a delete: under its id with its links, or refused (nothing changed) when
        its id was taken or what it links to was deleted since."""
        with self._action():
            why = f"The decision “{entry.decision}” cannot come back"
            state = self.state
            if entry.id is None or any(e.id == entry.id for e in state.journal):
                raise ActionError(f"{why}: another decision has its id ({entry.id}) now.")
            gone = self._gone_link(entry)
            if gone is not None:
                raise ActionError(f"{why}: {gone.words} was deleted since.")
            check(validate_journal_entry(entry))
            saved = self.store.add_journal_entry(entry)
        return Edit(saved, DeleteDecision(saved_id(saved.id)))

    def review_rules(self) -> ReviewRules:
        """The plan's rules of thumb for a review date by door (its settings, editable)."""
        settings = self.state.settings
        return ReviewRules(settings.two_way_review_days, settings.one_way_review_days)

    def decision(self, entry_id: int | None) -> JournalEntry:
        found = next((e for e in self.state.journal if e.id == entry_id), None)
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no decision with id {0}."),
                    str(entry_id),
                )
            )
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

    def _gone_link(self, entry: JournalEntry) -> _Gone | None:
        """The first thing the entry points at that no longer exists; None when all is there."""
        state = self.state
        people = {p.id for p in state.people}
        if entry.made_by_id is not None and entry.made_by_id not in people:
            return _GONE[0]
        if any(link.person_id not in people for link in entry.people):
            return _GONE[1]
        if any(state.delegation(link.delegation_id) is None for link in entry.delegations):
            return _GONE[2]
        if any(state.item(link.item_id) is None for link in entry.items):
            return _GONE[3]
        return None

    def _check_decision(self, entry: JournalEntry) -> None:
        gone = self._gone_link(entry)
        if gone is not None:
            check({gone.field: gone.message})
        check(validate_journal_entry(entry))
