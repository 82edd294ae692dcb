"""What you do today: the inventory items and your decisions about them."""

from __future__ import annotations

from altitude.domain.entities import InventoryItem, PlanState
from altitude.domain.validation import check, validate_item
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError


class InventoryActions(ServiceBase):
    def add_item(self, item: InventoryItem) -> InventoryItem:
        """Save a new item (or re-create a deleted one with its old id, for undo)."""
        check(validate_item(item))
        with self._action():
            saved = self.store.add_item(item)
        return saved

    def update_item(self, item: InventoryItem) -> PlanState:
        check(validate_item(item))
        self._known_item(item.id)
        with self._action():
            self.store.update_item(item)
        return self.state

    def delete_item(self, item_id: int) -> PlanState:
        self._known_item(item_id)
        with self._action():
            self.store.delete_item(item_id)
        return self.state

    def _known_item(self, item_id: int | None) -> InventoryItem:
        item = self.state.item(item_id) if item_id is not None else None
        if item is None:
            raise ActionError(f"There is no inventory item with id {item_id}.")
        return item
