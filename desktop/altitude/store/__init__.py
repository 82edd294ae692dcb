"""The local SQLite store: open, check and migrate the file; read and write the plan."""

from __future__ import annotations

from altitude.store.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    RecordNotFoundError,
    StoreError,
)
from altitude.store.repository import Store

__all__ = [
    "DamagedDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "RecordNotFoundError",
    "Store",
    "StoreError",
]
