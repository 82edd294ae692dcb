"""What you do today: the inventory items and your decisions about them."""

from __future__ import annotations

from dataclasses import replace

from altitude.domain.entities import Decision, InventoryItem
from altitude.domain.validation import check, validate_item
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.changes import DeleteItem, RestoreItem, UpdateItem
from altitude.services.undo.edit import Edit
from altitude.store import RemovedItem


class InventoryActions(ServiceBase):
    def add_item(self, item: InventoryItem) -> Edit[InventoryItem]:
        """Save a new item (or re-create a deleted one with its old id)."""
        check(validate_item(item))
        with self._action():
            saved = self.store.add_item(item)
        return Edit(saved, DeleteItem(saved_id(saved.id)))

    def update_item(self, item: InventoryItem) -> Edit[InventoryItem]:
        check(validate_item(item))
        with self._action():
            old = self._known_item(item.id)
            self.store.update_item(item)
        return Edit(item, UpdateItem(old))

    def set_decision(self, item_id: int, decision: Decision) -> Edit[InventoryItem]:
        return self.update_item(replace(self._known_item(item_id), decision=decision))

    def delete_item(self, item_id: int) -> Edit[RemovedItem]:
        """Its delegations stay without it and its hours leave the check-ins; the undo
        brings all of that back (the store says what the delete cut)."""
        with self._action():
            self._known_item(item_id)
            removed = self.store.delete_item(item_id)
        return Edit(removed, RestoreItem(removed))

    def restore_item(self, removed: RemovedItem) -> Edit[InventoryItem]:
        """Undo a delete: refused, changing nothing, if what it cut has changed since."""
        item = removed.item
        with self._action():
            state = self.state
            why = f"“{item.title}” cannot come back"
            if item.id is None or state.item(item.id) is not None:
                raise ActionError(f"{why}: another item has its id ({item.id}) now.")
            for delegation_id in removed.delegation_ids:
                delegation = state.delegation(delegation_id)
                if delegation is None or delegation.item_id is not None:
                    raise ActionError(f"{why}: a delegation of it was deleted or changed since.")
            for logged in removed.logged:
                if state.checkin(logged.week) is None:
                    raise ActionError(f"{why}: a check-in with its hours was deleted since.")
            self.store.restore_item(removed)
        return Edit(item, DeleteItem(saved_id(item.id)))

    def _known_item(self, item_id: int | None) -> InventoryItem:
        item = self.state.item(item_id) if item_id is not None else None
        if item is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no inventory item with id {0}."),
                    str(item_id),
                )
            )
        return item
