"""Edits of several actions that a user makes as one: one transaction, one undo step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from altitude.domain.entities import Decision, Delegation, WeeklyCheckIn
from altitude.services.checkin_actions import CheckinActions
from altitude.services.delegation_actions import DelegationActions
from altitude.services.inventory_actions import InventoryActions
from altitude.services.undo.changes import batch
from altitude.services.undo.edit import Edit


class DelegationNote(Protocol):
    """A check-in with a delegation's owner, noted with the week."""

    @property
    def delegation_id(self) -> int: ...
    @property
    def note(self) -> str: ...
    @property
    def on_track(self) -> bool: ...


class CompoundActions(InventoryActions, DelegationActions, CheckinActions):
    def decide_and_delegate(self, item_id: int, decision: Decision) -> Edit[Delegation]:
        """Record a decision to hand an item over and start its delegation: never one
        without the other."""
        with self._action():
            decided = self.set_decision(item_id, decision)
            added = self.add_delegation(self.draft_from_item(item_id))
        return Edit(added.result, batch(added.undo, decided.undo))

    def record_checkin_with_notes(
        self, checkin: WeeklyCheckIn, notes: Sequence[DelegationNote], on: date
    ) -> Edit[WeeklyCheckIn]:
        """The week and the delegation check-ins logged with it, on ``on``."""
        with self._action():
            week = self.record_checkin(checkin)
            logged = [
                self.log_delegation_checkin(n.delegation_id, n.note, n.on_track, on) for n in notes
            ]
        # Taken back in the opposite order: the delegations first, then the week.
        return Edit(checkin, batch(*(e.undo for e in reversed(logged)), week.undo))
