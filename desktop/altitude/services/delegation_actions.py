"""The delegation ledger: hand over an outcome, check in, and — sometimes — take it back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    LevelChange,
    Status,
)
from altitude.domain.validation import check, validate_delegation
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.changes import (
    Change,
    DeleteDelegation,
    RestoreDelegation,
    UpdateDelegation,
    UpdateItem,
    batch,
)
from altitude.services.undo.edit import Edit
from altitude.store import RemovedDelegation


class DelegationActions(ServiceBase):
    def draft_from_item(self, item_id: int, owner_id: int | None = None) -> Delegation:
        """A new delegation prefilled from an inventory item: its hours become 'freed'."""
        item = self.state.item(item_id)
        if item is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no inventory item with id {0}."),
                    str(item_id),
                )
            )
        today = self.today()
        return Delegation(
            outcome=item.title,
            started_on=today,
            owner_id=owner_id,
            item_id=item_id,
            hours_freed=item.hours,
            next_checkin=today + timedelta(days=7),
            level_history=(LevelChange(on=today, level=3),),
        )

    def add_delegation(self, delegation: Delegation) -> Edit[Delegation]:
        """Save a delegation; delegating an undecided item records that decision too (and
        the undo takes both back)."""
        if not delegation.level_history:
            delegation = replace(
                delegation,
                level_history=(LevelChange(on=delegation.started_on, level=delegation.level),),
            )
        with self._action():
            self._check_links(delegation)
            check(validate_delegation(delegation))
            item = self.state.item(delegation.item_id) if delegation.item_id else None
            saved = self.store.add_delegation(delegation)
            undo: Change = DeleteDelegation(saved_id(saved.id))
            if item is not None and item.decision in (Decision.UNDECIDED, Decision.KEEP):
                self.store.update_item(replace(item, decision=Decision.DELEGATE))
                undo = batch(undo, UpdateItem(item))
        return Edit(saved, undo)

    def update_delegation(self, delegation: Delegation) -> Edit[Delegation]:
        """Save an edited delegation; a changed level is added to its history."""
        with self._action():
            old = self._known(delegation.id)
            if delegation.level != old.level and delegation.level_history == old.level_history:
                delegation = replace(
                    delegation,
                    level_history=(
                        *old.level_history,
                        LevelChange(on=self.today(), level=delegation.level),
                    ),
                )
            self._check_links(delegation)
            check(validate_delegation(delegation))
            self.store.update_delegation(delegation)
        return Edit(delegation, UpdateDelegation(old))

    def start_handover(self, delegation_id: int) -> Edit[Delegation]:
        return self._set_status(delegation_id, Status.HANDING_OVER)

    def mark_owned(self, delegation_id: int) -> Edit[Delegation]:
        return self._set_status(delegation_id, Status.OWNED)

    def set_level(self, delegation_id: int, level: int) -> Edit[Delegation]:
        return self.update_delegation(replace(self._known(delegation_id), level=level))

    def take_back(self, delegation_id: int, reason: str) -> Edit[Delegation]:
        """Taking an outcome back is the execution trap made visible: it needs a reason."""
        if not reason.strip():
            check({"taken_back_reason": "Say why you are taking this back; it is kept and shown."})
        old = self._known(delegation_id)
        return self.update_delegation(
            replace(old, status=Status.TAKEN_BACK, taken_back_reason=reason.strip(),
                    next_checkin=None)
        )  # fmt: skip

    def log_delegation_checkin(
        self, delegation_id: int, note: str, on_track: bool, on: date | None = None
    ) -> Edit[Delegation]:
        old = self._known(delegation_id)
        when = on or self.today()
        entry = DelegationCheckIn(on=when, note=note.strip(), on_track=on_track)
        return self.update_delegation(
            replace(
                old,
                checkins=(*old.checkins, entry),
                next_checkin=when + timedelta(days=old.cadence_days),
            )
        )

    def delete_delegation(self, delegation_id: int) -> Edit[Delegation]:
        """The undo brings it back under its id, with its check-ins, level plan and history."""
        with self._action():
            self._known(delegation_id)
            removed = self.store.delete_delegation(delegation_id)
        return Edit(removed.delegation, RestoreDelegation(removed))

    def restore_delegation(self, removed: RemovedDelegation) -> Edit[Delegation]:
        """Undo a delete: refused, changing nothing, if its id or its links are gone."""
        delegation = removed.delegation
        with self._action():
            state = self.state
            why = f"The delegation “{delegation.outcome}” cannot come back"
            if delegation.id is None or state.delegation(delegation.id) is not None:
                raise ActionError(f"{why}: another delegation has its id ({delegation.id}) now.")
            if delegation.owner_id is not None and state.person(delegation.owner_id) is None:
                raise ActionError(f"{why}: its owner was deleted since.")
            if delegation.item_id is not None and state.item(delegation.item_id) is None:
                raise ActionError(f"{why}: its inventory item was deleted since.")
            self.store.restore_delegation(removed)
        return Edit(delegation, DeleteDelegation(saved_id(delegation.id)))

    def _set_status(self, delegation_id: int, status: Status) -> Edit[Delegation]:
        old = self._known(delegation_id)
        if old.status is Status.TAKEN_BACK:
            raise ActionError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This outcome was taken back; delegate it again as a new outcome."
                )
            )
        return self.update_delegation(replace(old, status=status))

    def _known(self, delegation_id: int | None) -> Delegation:
        found = self.state.delegation(delegation_id) if delegation_id is not None else None
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no delegation with id {0}."),
                    str(delegation_id),
                )
            )
        return found

    def _check_links(self, delegation: Delegation) -> None:
        state = self.state
        if delegation.owner_id is not None and state.person(delegation.owner_id) is None:
            check({"owner_id": "Choose a team member from the list."})
        if delegation.item_id is not None and state.item(delegation.item_id) is None:
            check({"item_id": "That inventory item no longer exists."})
