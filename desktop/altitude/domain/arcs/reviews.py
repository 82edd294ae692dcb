"""Milestone reviews: a 30/60/90-day plan is only a plan if you stop at day 30 and look.

Watkins (*The First 90 Days*) splits the first 90 days into three 30-day blocks with a
check with the boss after each; the plan's milestones (``Plan.milestones``: day 30, 60,
90 and any the user adds) are those stops. A review records the share against the glide
path as it stood, what to keep, stop and start, and whether the target or the horizon was
adjusted (the adjustment itself goes through the plan's usual undoable edit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from altitude.domain.arcs.described import FORMAT_VERSION
from altitude.domain.entities import Plan
from altitude.domain.growth.described import new_in_format
from altitude.domain.records import SPEC, FieldSpec, Kind, day, record_id, text, whole
from altitude.i18n import QT_TRANSLATE_NOOP

SHARE = "A share must be between 0 and 100%."
# A share may be unknown at the review (no check-ins yet): records.number has no optional.
_SHARE = FieldSpec(Kind.NUMBER, message=SHARE, low=0, high=100, optional=True)


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class MilestoneReview:
    milestone_day: int = whole(
        1, None, QT_TRANSLATE_NOOP("Validation", "Choose the milestone's day after the start.")
    )
    held_on: date = day(QT_TRANSLATE_NOOP("Validation", "Choose the date of the review."))
    actual_share: float | None = field(default=None, metadata={SPEC: _SHARE})
    planned_share: float | None = field(default=None, metadata={SPEC: _SHARE})
    keep: str = text(QT_TRANSLATE_NOOP("Validation", "What to keep"))
    stop: str = text(QT_TRANSLATE_NOOP("Validation", "What to stop"))
    start: str = text(QT_TRANSLATE_NOOP("Validation", "What to start"))
    adjustment: str = text(
        QT_TRANSLATE_NOOP("Validation", "The adjustment"),
        doc="What changed in the target or horizon, if any.",
    )
    boss_needs: str = text(
        QT_TRANSLATE_NOOP("Validation", "What you need"), doc="For the conversation with your boss."
    )
    id: int | None = record_id()


@dataclass(frozen=True, slots=True)
class ReviewDue:
    milestone_day: int
    due_on: date
    overdue: bool


def next_review(plan: Plan, reviews: Iterable[MilestoneReview], today: date) -> ReviewDue | None:
    """The earliest milestone without a review: overdue once its day has passed."""
    done = {r.milestone_day for r in reviews}
    for milestone in sorted(plan.milestones, key=lambda m: m.day):
        if milestone.day in done:
            continue
        due = plan.start_date + timedelta(days=milestone.day)
        return ReviewDue(milestone.day, due, due < today)
    return None


def since_last_review(reviews: Iterable[MilestoneReview], plan: Plan, before: date) -> date:
    """The day the period a review looks back over begins: the last review before
    ``before``, or the plan's start."""
    held = [r.held_on for r in reviews if r.held_on < before]
    return max(held, default=plan.start_date)
