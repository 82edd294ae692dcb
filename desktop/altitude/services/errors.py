"""Errors a service raises for a user to read: one line, what was wrong.

The store's errors pass through the services unchanged; they are named here too, so the
GUI and the CLI catch them from the services they call, never from the store (an
import-linter contract in pyproject.toml).
"""

from __future__ import annotations

from altitude.errors import AltitudeError
from altitude.store.errors import (
    DamagedDatabaseError,
    InterchangeError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
)

__all__ = [
    "ActionError",
    "DamagedDatabaseError",
    "InterchangeError",
    "NewerSchemaError",
    "NotADatabaseError",
    "StoreError",
]


class ActionError(AltitudeError):
    """The action can't be done in the current state (e.g. a plan exists already)."""
