"""The local SQLite store: open, check and migrate the file; read and write the plan."""

from __future__ import annotations

from altitude.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    RecordNotFoundError,
    StoreError,
)
from altitude.store.removal import (
    LoggedHours,
    RemovedDelegation,
    RemovedItem,
    RemovedPerson,
    RemovedStakeholder,
    RemovedTimeSource,
)
from altitude.store.repository import Store

__all__ = [
    "DamagedDatabaseError",
    "LoggedHours",
    "NewerSchemaError",
    "NotADatabaseError",
    "RecordNotFoundError",
    "RemovedDelegation",
    "RemovedItem",
    "RemovedPerson",
    "RemovedStakeholder",
    "RemovedTimeSource",
    "Store",
    "StoreError",
]
