"""The local SQLite store: open, check and migrate the file; read and write the plan."""

from __future__ import annotations

# First, before anything imports sqlite-utils: see _sqlite_utils_without_numpy.
from altitude.store import _sqlite_utils_without_numpy  # noqa: F401
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
