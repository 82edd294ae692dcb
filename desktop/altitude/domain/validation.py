"""Validation: a message per field that a person can act on. (CONTRACT — being implemented.)"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Person,
    Plan,
    Settings,
    WeeklyCheckIn,
)

MAX_TEXT = 2000  # notes, motive, answers
MAX_TITLE = 200  # titles, names, roles
MAX_HOURS_PER_KIND = 100
MAX_HOURS_PER_WEEK = 112


class ValidationError(ValueError):
    """Raised by services with every field's message, keyed by field name."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def check(errors: Mapping[str, str]) -> None:
    """Raise ValidationError when ``errors`` is not empty."""
    if errors:
        raise ValidationError(errors)


def validate_plan(plan: Plan) -> dict[str, str]: ...
def validate_item(item: InventoryItem) -> dict[str, str]: ...
def validate_person(person: Person) -> dict[str, str]: ...
def validate_delegation(delegation: Delegation) -> dict[str, str]: ...
def validate_checkin(checkin: WeeklyCheckIn, item_ids: Sequence[int] | None = None) -> dict[str, str]: ...
def validate_settings(settings: Settings) -> dict[str, str]: ...
