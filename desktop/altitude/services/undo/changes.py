"""Undo as data: each change an edit can be taken back by, and how to add your own.

How it works. An undoable service action (``update_item``, ``delete_person``…) runs in one
transaction and returns an ``Edit``: what it saved, and ``undo``, the change below that
takes it back, filled in from the state read inside that transaction. ``Altitude.apply``
carries out a change through the same service actions (``undo.apply.carry_out``) and
returns the change that takes *that* back, so undo and redo are both just ``apply``.
A delete returns a ``Restore…`` holding what it removed and the links it cut (the store
reads them before deleting); the restore puts them back under the same ids, or raises
an ActionError and changes nothing when they no longer fit. A new record type: add its
``Update…``/``Delete…``/``Restore…`` dataclasses here and to ``Change``, make its actions
return ``Edit``, add a case to ``carry_out`` (mypy flags a missing one), and test
do → undo → redo against ``PlanState`` as ``tests/services/test_undo_*.py`` do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Person,
    Plan,
    Settings,
    WeeklyCheckIn,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource
from altitude.services.undo.arcs_changes import ArcsChange
from altitude.services.undo.feedback_changes import (
    DeleteFeedback,
    DeleteTheme,
    RestoreFeedback,
    RestoreTheme,
    UpdateFeedback,
    UpdateTheme,
)
from altitude.store import RemovedDelegation, RemovedItem, RemovedPerson, RemovedTimeSource


@dataclass(frozen=True, slots=True)
class UpdateItem:
    item: InventoryItem  # saved over the item with its id, whole


@dataclass(frozen=True, slots=True)
class DeleteItem:
    item_id: int


@dataclass(frozen=True, slots=True)
class RestoreItem:
    removed: RemovedItem  # the item, its delegations' links and its logged hours


@dataclass(frozen=True, slots=True)
class UpdatePerson:
    person: Person


@dataclass(frozen=True, slots=True)
class DeletePerson:
    person_id: int


@dataclass(frozen=True, slots=True)
class RestorePerson:
    removed: RemovedPerson  # the person and the delegations they owned


@dataclass(frozen=True, slots=True)
class UpdateDelegation:
    delegation: Delegation  # with its check-ins, level plan and history


@dataclass(frozen=True, slots=True)
class DeleteDelegation:
    delegation_id: int


@dataclass(frozen=True, slots=True)
class RestoreDelegation:
    removed: RemovedDelegation  # under its old id, with its lists and what pointed at it


@dataclass(frozen=True, slots=True)
class PutCheckin:
    checkin: WeeklyCheckIn  # saved over the week's check-in, or as it


@dataclass(frozen=True, slots=True)
class DeleteCheckin:
    week: IsoWeek


@dataclass(frozen=True, slots=True)
class RestoreCheckin:
    checkin: WeeklyCheckIn  # refused if the week was logged again since


@dataclass(frozen=True, slots=True)
class UpdatePlan:
    plan: Plan


@dataclass(frozen=True, slots=True)
class UpdateSettings:
    settings: Settings


# ---------------------------------------------------------------- time import
@dataclass(frozen=True, slots=True)
class PutTimeRules:
    rules: tuple[TimeRule, ...]  # the whole ordered list, ids kept


@dataclass(frozen=True, slots=True)
class PutTimeSource:
    source: TimeSource  # saved over the source with its id


@dataclass(frozen=True, slots=True)
class DeleteTimeSource:
    source_id: int


@dataclass(frozen=True, slots=True)
class RestoreTimeSource:
    removed: RemovedTimeSource  # the source and the imported weeks' links to it


@dataclass(frozen=True, slots=True)
class PutImportedTime:
    imported: ImportedTime  # saved over the week's, or as it


@dataclass(frozen=True, slots=True)
class RemoveImportedTime:
    week: IsoWeek


TimeChange: TypeAlias = (
    PutTimeRules
    | PutTimeSource
    | DeleteTimeSource
    | RestoreTimeSource
    | PutImportedTime
    | RemoveImportedTime
)


@dataclass(frozen=True, slots=True)
class Batch:
    """Several changes as one step, carried out in order in one transaction."""

    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class DeleteDecision:
    entry_id: int  # the undo of recording a decision


@dataclass(frozen=True, slots=True)
class PutDecision:
    # Saved over the entry whole, the journal's kept-as-written rule aside: an undo returns
    # the entry to what it was a moment ago, it does not rewrite what was written then.
    entry: JournalEntry


@dataclass(frozen=True, slots=True)
class RestoreDecision:
    entry: JournalEntry  # under its old id, with its links; refused if they are gone


Change: TypeAlias = (
    UpdateItem
    | DeleteItem
    | RestoreItem
    | UpdatePerson
    | DeletePerson
    | RestorePerson
    | UpdateDelegation
    | DeleteDelegation
    | RestoreDelegation
    | PutCheckin
    | DeleteCheckin
    | RestoreCheckin
    | UpdatePlan
    | UpdateSettings
    | DeleteDecision
    | PutDecision
    | RestoreDecision
    | Batch
    | TimeChange
    | UpdateTheme
    | DeleteTheme
    | RestoreTheme
    | UpdateFeedback
    | DeleteFeedback
    | RestoreFeedback
    | ArcsChange
)


def batch(*changes: Change) -> Change:
    """One change for several; a single one stays itself."""
    return changes[0] if len(changes) == 1 else Batch(changes)
