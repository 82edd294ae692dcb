"""The Store's writes of thinking in arcs (``domain.arcs``).

A narrative version is never edited: a revision is a new version, so there is add and
delete (and add under its old id, for an undo). A person beyond the team, a function and a
review are rows with child tables (contacts and conversations; touches), rewritten whole
on update like a delegation. Deleting a person leaves the functions that learn from them
with no one; their token brings the links back. One review per milestone day: putting one
for a day that has one replaces it in place, keeping its row. Mixed into ``Store``, whose
helpers these use; every method is one ``atomic()`` block.
"""

from __future__ import annotations

from dataclasses import replace

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.store import removal
from altitude.store.errors import RecordNotFoundError, StoreError
from altitude.store.loading import read_record
from altitude.store.records.shared import RecordWrites
from altitude.store.removal import RemovedStakeholder
from altitude.store.rows import TABLES, row_of


class ArcsRecords(RecordWrites):
    # ------------------------------------------------------------ the narrative
    def add_narrative(self, version: NarrativeVersion) -> NarrativeVersion:
        """A new version (under ``version.id`` when it has one: an undo's restore)."""
        return self._add_record(version)

    def delete_narrative(self, version_id: int) -> NarrativeVersion:
        """Returns the version whole (its lists and links go with it) for ``add_narrative``."""
        return self._delete_record(NarrativeVersion, "narrative version", version_id)

    # ------------------------------------------------------------ relationships
    def add_stakeholder(self, person: Stakeholder) -> Stakeholder:
        return self._add_record(person)

    def update_stakeholder(self, person: Stakeholder) -> None:
        """Rewrite the person with their contacts and conversations."""
        self._update_record(person, "stakeholder")

    def delete_stakeholder(self, stakeholder_id: int) -> RemovedStakeholder:
        """Functions that learn from them stay, with no one; which ones is returned."""
        with self.atomic():
            removed = removal.stakeholder_to_remove(self.conn, stakeholder_id)
            self._delete(TABLES[Stakeholder], "stakeholder", stakeholder_id)
        return removed

    def restore_stakeholder(self, removed: RemovedStakeholder) -> None:
        """The person under their old id, with their lists, and the functions' links."""
        person = removed.stakeholder
        if person.id is None:
            raise StoreError("cannot restore a stakeholder who was never saved")
        with self.atomic():
            self._add_record(person)
            removal.put_back_links(self.conn, removed.links, person.id)

    # ------------------------------------------------------------ functions
    def add_function(self, function: BusinessFunction) -> BusinessFunction:
        return self._add_record(function)

    def update_function(self, function: BusinessFunction) -> None:
        """Rewrite the function with its touches."""
        self._update_record(function, "function")

    def delete_function(self, function_id: int) -> BusinessFunction:
        return self._delete_record(BusinessFunction, "function", function_id)

    # ------------------------------------------------------------ reviews
    def put_review(self, review: MilestoneReview) -> MilestoneReview:
        """Save the milestone's review, replacing the one saved for that day before (its
        row and id kept); a new one keeps ``review.id`` when given. Returns it with its id."""
        table = TABLES[MilestoneReview]
        with self.atomic():
            found = self.conn.execute(
                "SELECT id FROM milestone_reviews WHERE milestone_day = ?", [review.milestone_day]
            ).fetchone()
            if found is None:
                return replace(review, id=self._insert(table, row_of(review)))
            row_id = int(found[0])
            saved = replace(review, id=row_id)
            self._table(table).update(row_id, row_of(saved))
        return saved

    def delete_review(self, milestone_day: int) -> MilestoneReview:
        """Returns the review as it was; ``put_review`` puts it back."""
        with self.atomic():
            found = read_record(self.conn, MilestoneReview, "milestone_day = ?", milestone_day)
            if found is None:
                raise RecordNotFoundError(f"no review for the milestone on day {milestone_day}")
            sql = "DELETE FROM milestone_reviews WHERE milestone_day = ?"
            self.conn.execute(sql, [milestone_day])
        return found
