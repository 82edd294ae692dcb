"""The arcs' rules across fields and records: a message per field, like ``validation``.

Each ``validate_*`` returns ``{field: message}`` (empty when fine): first the limits the
record's description states (``records.problems``), then what only the rest of the plan
can say — a narrative's links name items and delegations that exist, a function learns
from someone on the map, at most one person is the boss, a review is for one of the plan's
milestones. Never raises.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.domain.entities import Plan
from altitude.domain.records import problems
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem

NO_ITEM = QT_TRANSLATE_NOOP(
    "Validation", "Link items from your inventory (one linked item was deleted)."
)
NO_DELEGATION = QT_TRANSLATE_NOOP(
    "Validation", "Link your delegations (one linked delegation was deleted)."
)
NO_TEACHER = QT_TRANSLATE_NOOP("Validation", "Choose someone from your relationships, or no one.")
ONE_BOSS = QT_TRANSLATE_NOOP("Validation", "{0} is your boss already; only one person can be.")
NOT_A_MILESTONE = QT_TRANSLATE_NOOP(
    "Validation", "Choose one of the plan's milestones (add the day on the Plan page first)."
)
NO_PLAN = QT_TRANSLATE_NOOP(
    "Validation", "Start a plan first: a review is for one of its milestones."
)
SAME_NAME = QT_TRANSLATE_NOOP("Validation", "You have a function with that name already.")


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def validate_narrative(
    version: NarrativeVersion, item_ids: Collection[int], delegation_ids: Collection[int]
) -> dict[str, str]:
    found = problems(version)
    if "actions" not in found:
        for action in version.actions:
            if any(link.item_id not in item_ids for link in action.items):
                found["actions"] = NO_ITEM
                break
            if any(link.delegation_id not in delegation_ids for link in action.delegations):
                found["actions"] = NO_DELEGATION
                break
    return found


def validate_stakeholder(person: Stakeholder, everyone: Iterable[Stakeholder]) -> dict[str, str]:
    """``everyone``: the people already on the map (``person`` itself among them or not)."""
    found = problems(person)
    if person.is_boss and "is_boss" not in found:
        other = next((p for p in everyone if p.is_boss and p.id != person.id), None)
        if other is not None:
            found["is_boss"] = problem("Validation", ONE_BOSS, other.name)
    return found


def validate_function(
    function: BusinessFunction,
    stakeholder_ids: Collection[int],
    functions: Iterable[BusinessFunction],
) -> dict[str, str]:
    found = problems(function)
    if function.learn_from_id is not None and function.learn_from_id not in stakeholder_ids:
        found.setdefault("learn_from_id", NO_TEACHER)
    if "name" not in found and any(
        _key(f.name) == _key(function.name) and f.id != function.id for f in functions
    ):
        found["name"] = SAME_NAME
    return found


def validate_review(review: MilestoneReview, plan: Plan | None) -> dict[str, str]:
    found = problems(review)
    if "milestone_day" not in found:
        if plan is None:
            found["milestone_day"] = NO_PLAN
        elif review.milestone_day not in {m.day for m in plan.milestones}:
            found["milestone_day"] = NOT_A_MILESTONE
    return found
