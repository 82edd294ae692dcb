"""Adjusting the plan at a milestone review, and recording the review with it as one edit.

What the review looks back over is ``domain.arcs.review_context``'s; this is what the
review changes.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date
from typing import Protocol

from altitude.domain import metrics
from altitude.domain.arcs.review_context import milestone_date
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.entities import Milestone, Plan
from altitude.i18n import QT_TRANSLATE_NOOP, formats
from altitude.i18n.sentence import Local, problem
from altitude.services.errors import ActionError
from altitude.services.undo.changes import batch
from altitude.services.undo.edit import Edit


class AdjustError(ActionError):
    """An adjustment the plan can't take: one line saying why; nothing is changed."""


def adjusted_plan(plan: Plan, from_day: int, target: float, horizon_end: date) -> Plan:
    """The plan with a new target share and/or horizon end, decided at ``from_day``.

    The milestones up to the review stay as they were (they are history); those still
    ahead, and the one on the horizon end, are put on a straight line from where the glide
    path stands on the review's milestone to the new target on the new end.
    """
    horizon_days = (horizon_end - plan.start_date).days
    if horizon_days <= from_day:
        milestone = milestone_date(plan, from_day)
        raise AdjustError(
            problem(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "The plan must end after the day-{0} milestone ({1})."),
                from_day,
                Local(milestone.isoformat(), lambda: formats.day(milestone)),
            )
        )
    if not 0 <= target <= 100:
        raise AdjustError(QT_TRANSLATE_NOOP("Errors", "A share must be between 0 and 100%."))
    if target == plan.target_share and horizon_end == plan.horizon_end:
        return plan
    anchor = metrics.glide_target(plan, milestone_date(plan, from_day))
    labels = {m.day: m.label for m in plan.milestones}
    kept = [m for m in plan.milestones if m.day <= from_day]
    ahead = [m.day for m in plan.milestones if from_day < m.day < horizon_days] + [horizon_days]
    span = horizon_days - from_day
    moved = [
        Milestone(
            day=d,
            target_share=round(anchor + (target - anchor) * (d - from_day) / span, 1),
            label=labels.get(d, f"{d} days"),
        )
        for d in ahead
    ]
    return replace(plan, target_share=target, horizon_end=horizon_end, milestones=(*kept, *moved))


class Reviewing(Protocol):
    """What recording a review takes of the service (``Altitude``)."""

    def together(self) -> AbstractContextManager[None]: ...
    def update_plan(self, plan: Plan) -> Edit[Plan]: ...
    def record_review(self, review: MilestoneReview) -> Edit[MilestoneReview]: ...


def record_review_adjusting(
    service: Reviewing, review: MilestoneReview, plan: Plan | None = None
) -> Edit[MilestoneReview]:
    """The review and the plan's adjustment (``plan``, when it differs) as one edit: one
    transaction, and one undo takes both back."""
    with service.together():
        adjusted = service.update_plan(plan) if plan is not None else None
        recorded = service.record_review(review)
    undo = recorded.undo if adjusted is None else batch(recorded.undo, adjusted.undo)
    return Edit(recorded.result, undo)
