"""The milestone reviews: one per milestone day (30, 60, 90 and any the user adds on the
Plan page), recorded, replaced, deleted; and the next one due. Adjusting the target or the
horizon is the plan's own undoable edit (``update_plan``), not part of the review's."""

from __future__ import annotations

from dataclasses import replace

from altitude.domain.arcs.reviews import MilestoneReview, ReviewDue, next_review
from altitude.domain.arcs.rules import validate_review
from altitude.domain.validation import check
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError
from altitude.services.undo.arcs_changes import PutReview, RemoveReview
from altitude.services.undo.edit import Edit


class ReviewActions(ServiceBase):
    def record_review(self, review: MilestoneReview) -> Edit[MilestoneReview]:
        """Save the review of its milestone day; a second one for the same day replaces
        the first (the undo puts that one back)."""
        return self.put_review(replace(review, id=None))

    def put_review(self, review: MilestoneReview) -> Edit[MilestoneReview]:
        """The day's review in place of the one there (keeping its id), or as a new one
        under ``review.id`` when given (an undo's step)."""
        with self._action():
            state = self.state
            check(validate_review(review, state.plan))
            old = self.review_for(review.milestone_day)
            taken = next((r for r in state.reviews if r.id == review.id), None)
            if old is None and review.id is not None and taken is not None:
                raise ActionError(
                    problem(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The review of day {0} cannot come back: another review has its"
                            " id ({1}) now.",
                        ),
                        review.milestone_day,
                        review.id,
                    )
                )
            saved = self.store.put_review(review)
        undo = RemoveReview(review.milestone_day) if old is None else PutReview(old)
        return Edit(saved, undo)

    def delete_review(self, milestone_day: int) -> Edit[MilestoneReview]:
        with self._action():
            if self.review_for(milestone_day) is None:
                raise ActionError(
                    problem(
                        "Errors",
                        QT_TRANSLATE_NOOP(
                            "Errors", "There is no review of the milestone on day {0}."
                        ),
                        milestone_day,
                    )
                )
            old = self.store.delete_review(milestone_day)
        return Edit(old, PutReview(old))

    def review_for(self, milestone_day: int) -> MilestoneReview | None:
        return next((r for r in self.state.reviews if r.milestone_day == milestone_day), None)

    def next_review(self) -> ReviewDue | None:
        """The earliest milestone without a review (overdue once its day has passed);
        None without a plan or when every milestone is reviewed."""
        state = self.state
        if state.plan is None:
            return None
        return next_review(state.plan, state.reviews, self.today())

    def review_problem(self, review: MilestoneReview) -> dict[str, str]:
        """What is wrong with ``review`` for saving, by field (empty when it can be saved)."""
        return validate_review(review, self.state.plan)
