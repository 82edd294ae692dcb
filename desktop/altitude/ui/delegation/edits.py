"""Every change to the delegation ledger, as an undoable ``ctx.perform`` call.

Undo restores the delegation as it was (``update_delegation(old)``), deletes what was
added, or re-creates what was deleted under its old id. Redo repeats the same service
call, so an added delegation keeps its id across undo and redo.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import Delegation
from altitude.ui.shared.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("DelegationEdits", text)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DelegationEdits:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def service(self):  # type: ignore[no-untyped-def]
        return self.ctx.service

    def add(self, draft: Delegation) -> Delegation | None:
        """Save a new delegation; undo deletes it and restores its item's decision."""
        item = self.ctx.state.item(draft.item_id) if draft.item_id is not None else None
        saved: list[Delegation] = []

        def do() -> None:
            again = replace(draft, id=saved[0].id) if saved else draft
            result = self.service.add_delegation(again)
            if not saved:
                saved.append(result)

        def undo() -> None:
            self.service.delete_delegation(saved[0].id)
            current = self.service.state.item(item.id) if item is not None else None
            if item is not None and current is not None and current.decision != item.decision:
                self.service.update_item(replace(current, decision=item.decision))

        text = tr("New delegation: {0}").format(_short(draft.outcome))
        return saved[0] if self.ctx.perform(text, do, undo) and saved else None

    def edit(self, old: Delegation, new: Delegation) -> bool:
        return self.ctx.perform(
            tr("Edit delegation: {0}").format(_short(new.outcome)),
            lambda: self.service.update_delegation(new),
            lambda: self.service.update_delegation(old),
        )

    def start_handover(self, old: Delegation) -> bool:
        return self._status_change(
            tr("Start handing over: {0}"), old, lambda: self.service.start_handover(old.id)
        )

    def mark_owned(self, old: Delegation) -> bool:
        return self._status_change(
            tr("Mark owned: {0}"), old, lambda: self.service.mark_owned(old.id)
        )

    def take_back(self, old: Delegation, reason: str) -> bool:
        return self._status_change(
            tr("Take back: {0}"), old, lambda: self.service.take_back(old.id, reason)
        )

    def log_checkin(self, old: Delegation, on: date, note: str, on_track: bool) -> bool:
        return self._status_change(
            tr("Check-in: {0}"),
            old,
            lambda: self.service.log_delegation_checkin(old.id, note, on_track, on),
        )

    def delete(self, old: Delegation) -> bool:
        """Undo re-creates it with its id, check-ins, level plan and history."""
        return self.ctx.perform(
            tr("Delete delegation: {0}").format(_short(old.outcome)),
            lambda: self.service.delete_delegation(old.id),
            lambda: self.service.add_delegation(old),
        )

    def _status_change(self, text: str, old: Delegation, do) -> bool:  # type: ignore[no-untyped-def]
        return self.ctx.perform(
            text.format(_short(old.outcome)), do, lambda: self.service.update_delegation(old)
        )
