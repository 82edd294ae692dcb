"""Relationships beyond the team: add, edit and delete people; "talked today" (a contact
with a note); the boss's five conversations; who is overdue a contact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from altitude.domain.arcs.rules import validate_stakeholder
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    Contact,
    Stakeholder,
    overdue_contacts,
    watkins_order,
)
from altitude.domain.validation import check
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.arcs_changes import (
    DeleteStakeholder,
    RestoreStakeholder,
    UpdateStakeholder,
)
from altitude.services.undo.edit import Edit
from altitude.store import RemovedStakeholder

NOT_THE_BOSS = QT_TRANSLATE_NOOP(
    "Validation", "The five conversations are with your boss: mark {0} as your boss first."
)


class StakeholderActions(ServiceBase):
    def add_stakeholder(self, person: Stakeholder) -> Edit[Stakeholder]:
        person = replace(person, id=None)
        self._check_stakeholder(person)
        with self._action():
            saved = self.store.add_stakeholder(person)
        return Edit(saved, DeleteStakeholder(saved_id(saved.id)))

    def update_stakeholder(self, person: Stakeholder) -> Edit[Stakeholder]:
        """Save the person whole (their contacts and conversations too)."""
        with self._action():
            old = self.known_stakeholder(person.id)
            self._check_stakeholder(person)
            self.store.update_stakeholder(person)
        return Edit(person, UpdateStakeholder(old))

    def delete_stakeholder(self, stakeholder_id: int) -> Edit[RemovedStakeholder]:
        """Functions that learn from them stay, with no one; the undo links them again."""
        with self._action():
            self.known_stakeholder(stakeholder_id)
            removed = self.store.delete_stakeholder(stakeholder_id)
        return Edit(removed, RestoreStakeholder(removed))

    def restore_stakeholder(self, removed: RemovedStakeholder) -> Edit[Stakeholder]:
        """Undo a delete: refused, changing nothing, if their id, the boss's place or the
        functions that learned from them have moved on since."""
        person = removed.stakeholder
        with self._action():
            state = self.state
            why = f"{person.name} cannot come back"
            if person.id is None or state.stakeholder(person.id) is not None:
                raise ActionError(f"{why}: someone else has their id ({person.id}) now.")
            boss = state.boss()
            if person.is_boss and boss is not None:
                raise ActionError(f"{why}: {boss.name} is your boss now.")
            for _table, _column, ids in removed.links.nulled:
                for function_id in ids:
                    function = state.function(function_id)
                    if function is None or function.learn_from_id is not None:
                        raise ActionError(f"{why}: a function that learned from them changed.")
            self.store.restore_stakeholder(removed)
        return Edit(person, DeleteStakeholder(saved_id(person.id)))

    def log_contact(
        self, stakeholder_id: int, on: date | None = None, note: str = ""
    ) -> Edit[Stakeholder]:
        """ "Talked today" (or on ``on``), with a note: the contacts stay in date order."""
        person = self.known_stakeholder(stakeholder_id)
        added = Contact(on or self.today(), note.strip())
        contacts = tuple(sorted((*person.contacts, added), key=lambda c: c.on))
        return self.update_stakeholder(replace(person, contacts=contacts))

    def hold_conversation(self, stakeholder_id: int, talk: BossConversation) -> Edit[Stakeholder]:
        """One of the five conversations with the boss, held (again, when it is one held
        before: the latest holding is what it stands at)."""
        person = self.known_stakeholder(stakeholder_id)
        if not person.is_boss:
            check({"conversations": problem("Validation", NOT_THE_BOSS, person.name)})
        talks = tuple(sorted((*person.conversations, talk), key=lambda c: c.held_on))
        return self.update_stakeholder(replace(person, conversations=talks))

    def overdue_contacts(self) -> list[Stakeholder]:
        """The people you meant to be in touch with by now, longest overdue first."""
        return overdue_contacts(self.state.stakeholders, self.today())

    def coalition_order(self) -> list[Stakeholder]:
        """Whom to approach first (Watkins): influential supporters, then convincibles."""
        return watkins_order(self.state.stakeholders)

    def known_stakeholder(self, stakeholder_id: int | None) -> Stakeholder:
        found = next((p for p in self.state.stakeholders if p.id == stakeholder_id), None)
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no stakeholder with id {0}."),
                    str(stakeholder_id),
                )
            )
        return found

    def stakeholder_problem(self, person: Stakeholder) -> dict[str, str]:
        """What is wrong with ``person`` for saving, by field (empty when they can be saved)."""
        return validate_stakeholder(person, self.state.stakeholders)

    def _check_stakeholder(self, person: Stakeholder) -> None:
        check(self.stakeholder_problem(person))
