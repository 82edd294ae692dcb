"""Team members and their growth goals."""

from __future__ import annotations

from altitude.domain.entities import Person, PlanState
from altitude.domain.validation import check, validate_person
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError


class TeamActions(ServiceBase):
    def add_person(self, person: Person) -> Person:
        check(validate_person(person))
        with self._action():
            saved = self.store.add_person(person)
        return saved

    def update_person(self, person: Person) -> PlanState:
        check(validate_person(person))
        self._known_person(person.id)
        with self._action():
            self.store.update_person(person)
        return self.state

    def delete_person(self, person_id: int) -> PlanState:
        self._known_person(person_id)
        with self._action():
            self.store.delete_person(person_id)
        return self.state

    def _known_person(self, person_id: int | None) -> Person:
        person = self.state.person(person_id) if person_id is not None else None
        if person is None:
            raise ActionError(f"There is no team member with id {person_id}.")
        return person
