"""What an undoable service action hands back: what it saved, and what takes it back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from altitude.services.undo.changes import Change

T = TypeVar("T", covariant=True)


@dataclass(frozen=True)  # not slots: a slotted generic dataclass breaks Edit[T](...) calls
class Edit(Generic[T]):
    result: T  # what the action saved (an added item with its new id), or removed
    undo: Change  # carried out by ``Altitude.apply``, it takes the action back
