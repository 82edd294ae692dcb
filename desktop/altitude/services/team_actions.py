"""Team members and their growth goals."""

from __future__ import annotations

from altitude.domain.entities import Person
from altitude.domain.validation import check, validate_person
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.changes import DeletePerson, RestorePerson, UpdatePerson
from altitude.services.undo.edit import Edit
from altitude.store import RemovedPerson


class TeamActions(ServiceBase):
    def add_person(self, person: Person) -> Edit[Person]:
        check(validate_person(person))
        with self._action():
            saved = self.store.add_person(person)
        return Edit(saved, DeletePerson(saved_id(saved.id)))

    def update_person(self, person: Person) -> Edit[Person]:
        check(validate_person(person))
        with self._action():
            old = self._known_person(person.id)
            self.store.update_person(person)
        return Edit(person, UpdatePerson(old))

    def delete_person(self, person_id: int) -> Edit[RemovedPerson]:
        """The delegations they owned stay, with no owner; the undo makes them theirs again."""
        with self._action():
            self._known_person(person_id)
            removed = self.store.delete_person(person_id)
        return Edit(removed, RestorePerson(removed))

    def restore_person(self, removed: RemovedPerson) -> Edit[Person]:
        """Undo a delete: refused, changing nothing, if what it cut has changed since."""
        person = removed.person
        with self._action():
            state = self.state
            why = f"{person.name} cannot come back"
            if person.id is None or state.person(person.id) is not None:
                raise ActionError(f"{why}: another team member has their id ({person.id}) now.")
            for delegation_id in removed.delegation_ids:
                delegation = state.delegation(delegation_id)
                if delegation is None or delegation.owner_id is not None:
                    raise ActionError(
                        f"{why}: an outcome they owned was deleted or handed on since."
                    )
            self.store.restore_person(removed)
        return Edit(person, DeletePerson(saved_id(person.id)))

    def _known_person(self, person_id: int | None) -> Person:
        person = self.state.person(person_id) if person_id is not None else None
        if person is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no team member with id {0}."),
                    str(person_id),
                )
            )
        return person
