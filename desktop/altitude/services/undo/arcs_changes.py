"""Thinking in arcs' changes (``services.arcs``), as data.

A narrative version is never edited, so writing one is undone by deleting it, and deleting
one by putting it back whole under its id. A person beyond the team comes back with their
contacts and conversations and the functions that learned from them (``RemovedStakeholder``
holds those links, read from the schema's foreign keys). A function comes back whole. A
review is one per milestone day: its undo puts the day's review as it was, or removes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.store import RemovedStakeholder


@dataclass(frozen=True, slots=True)
class DeleteNarrative:
    version_id: int  # the undo of writing a version


@dataclass(frozen=True, slots=True)
class RestoreNarrative:
    version: NarrativeVersion  # under its old id, with its actions and links


@dataclass(frozen=True, slots=True)
class UpdateStakeholder:
    stakeholder: Stakeholder  # saved over the one with its id, contacts and all


@dataclass(frozen=True, slots=True)
class DeleteStakeholder:
    stakeholder_id: int


@dataclass(frozen=True, slots=True)
class RestoreStakeholder:
    removed: RemovedStakeholder  # the person and the functions' links to them


@dataclass(frozen=True, slots=True)
class UpdateFunction:
    function: BusinessFunction  # saved over the one with its id, touches and all


@dataclass(frozen=True, slots=True)
class DeleteFunction:
    function_id: int


@dataclass(frozen=True, slots=True)
class RestoreFunction:
    function: BusinessFunction  # under its old id, with its touches


@dataclass(frozen=True, slots=True)
class PutReview:
    review: MilestoneReview  # saved as the milestone day's review (over one, or as it)


@dataclass(frozen=True, slots=True)
class RemoveReview:
    milestone_day: int


ArcsChange: TypeAlias = (
    DeleteNarrative
    | RestoreNarrative
    | UpdateStakeholder
    | DeleteStakeholder
    | RestoreStakeholder
    | UpdateFunction
    | DeleteFunction
    | RestoreFunction
    | PutReview
    | RemoveReview
)
