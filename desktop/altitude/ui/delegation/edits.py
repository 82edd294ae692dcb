"""Every change to the delegation ledger, as an undoable ``ctx.perform`` call.

Each is one service action; the service returns what undoes it (the delegation as it
was; an added one deleted, with its item's decision put back; a deleted one re-created
under its old id with its lists), and redo keeps the ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import Delegation
from altitude.services import Altitude, Edit
from altitude.ui.shared.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("DelegationEdits", text)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DelegationEdits:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def service(self) -> Altitude:
        return self.ctx.service

    def add(self, draft: Delegation) -> Delegation | None:
        """Save a new delegation; undo deletes it and restores its item's decision."""
        text = tr("New delegation: {0}").format(_short(draft.outcome))
        edit = self.ctx.attempt(text, lambda: self.service.add_delegation(draft))
        return edit.result if edit is not None else None

    def edit(self, old: Delegation, new: Delegation) -> bool:
        return self.ctx.perform(
            tr("Edit delegation: {0}").format(_short(new.outcome)),
            lambda: self.service.update_delegation(new),
        )

    def start_handover(self, old: Delegation) -> bool:
        return self._change(tr("Start handing over: {0}"), old, self.service.start_handover)

    def mark_owned(self, old: Delegation) -> bool:
        return self._change(tr("Mark owned: {0}"), old, self.service.mark_owned)

    def take_back(self, old: Delegation, reason: str) -> bool:
        return self._change(tr("Take back: {0}"), old, lambda i: self.service.take_back(i, reason))

    def log_checkin(self, old: Delegation, on: date, note: str, on_track: bool) -> bool:
        return self._change(
            tr("Check-in: {0}"),
            old,
            lambda i: self.service.log_delegation_checkin(i, note, on_track, on),
        )

    def delete(self, old: Delegation) -> bool:
        """Undo re-creates it with its id, check-ins, level plan and history."""
        return self._change(tr("Delete delegation: {0}"), old, self.service.delete_delegation)

    def _change(
        self, text: str, old: Delegation, action: Callable[[int], Edit[Delegation]]
    ) -> bool:
        delegation_id = old.id
        if delegation_id is None:
            return False
        return self.ctx.perform(text.format(_short(old.outcome)), lambda: action(delegation_id))
