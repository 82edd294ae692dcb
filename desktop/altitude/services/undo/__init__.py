"""Undo as data: every undoable action returns an ``Edit``; ``Altitude.apply`` takes it back."""

from altitude.services.undo.changes import (
    Batch,
    Change,
    DeleteCheckin,
    DeleteDelegation,
    DeleteItem,
    DeletePerson,
    PutCheckin,
    RestoreCheckin,
    RestoreDelegation,
    RestoreItem,
    RestorePerson,
    UpdateDelegation,
    UpdateItem,
    UpdatePerson,
    UpdatePlan,
    UpdateSettings,
    batch,
)
from altitude.services.undo.edit import Edit

__all__ = [
    "Batch",
    "Change",
    "DeleteCheckin",
    "DeleteDelegation",
    "DeleteItem",
    "DeletePerson",
    "Edit",
    "PutCheckin",
    "RestoreCheckin",
    "RestoreDelegation",
    "RestoreItem",
    "RestorePerson",
    "UpdateDelegation",
    "UpdateItem",
    "UpdatePerson",
    "UpdatePlan",
    "UpdateSettings",
    "batch",
]
