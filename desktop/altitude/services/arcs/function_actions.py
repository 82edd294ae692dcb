"""The cross-functional map: the functions (a default set to start from), what each is
measured on and how your team moves it, a touch each time you work with one, the coverage
over time and the functions left untouched for 60 days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from altitude.domain.arcs.functions import (
    DEFAULT_FUNCTIONS,
    BusinessFunction,
    Coverage,
    FunctionTouch,
    coverage,
    untouched,
)
from altitude.domain.arcs.rules import validate_function
from altitude.domain.validation import check
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.arcs_changes import DeleteFunction, RestoreFunction, UpdateFunction
from altitude.services.undo.changes import Batch, Change, batch
from altitude.services.undo.edit import Edit


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class FunctionActions(ServiceBase):
    def add_function(self, function: BusinessFunction) -> Edit[BusinessFunction]:
        function = replace(function, id=None)
        self._check_function(function)
        with self._action():
            saved = self.store.add_function(function)
        return Edit(saved, DeleteFunction(saved_id(saved.id)))

    def update_function(self, function: BusinessFunction) -> Edit[BusinessFunction]:
        """Save the function whole (its touches too)."""
        with self._action():
            old = self.known_function(function.id)
            self._check_function(function)
            self.store.update_function(function)
        return Edit(function, UpdateFunction(old))

    def delete_function(self, function_id: int) -> Edit[BusinessFunction]:
        with self._action():
            self.known_function(function_id)
            old = self.store.delete_function(function_id)
        return Edit(old, RestoreFunction(old))

    def restore_function(self, function: BusinessFunction) -> Edit[BusinessFunction]:
        """Undo a delete: under its id with its touches, or refused (nothing changed)."""
        with self._action():
            state = self.state
            why = f"“{function.name}” cannot come back"
            if function.id is None or state.function(function.id) is not None:
                raise ActionError(f"{why}: another function has its id ({function.id}) now.")
            teacher = function.learn_from_id
            if teacher is not None and state.stakeholder(teacher) is None:
                raise ActionError(f"{why}: the person you learned from there was deleted since.")
            self._check_function(function)
            saved = self.store.add_function(function)
        return Edit(saved, DeleteFunction(saved_id(saved.id)))

    def touch_function(
        self, function_id: int, on: date | None = None, note: str = ""
    ) -> Edit[BusinessFunction]:
        """A time you worked with or learned from the function; touches stay in date order."""
        function = self.known_function(function_id)
        added = FunctionTouch(on or self.today(), note.strip())
        touches = tuple(sorted((*function.touches, added), key=lambda t: t.on))
        return self.update_function(replace(function, touches=touches))

    def add_default_functions(self) -> Edit[tuple[BusinessFunction, ...]]:
        """Finance, sales, marketing… (``DEFAULT_FUNCTIONS``), skipping names already there."""
        have = {_key(f.name) for f in self.state.functions}
        new = [BusinessFunction(name=n) for n in DEFAULT_FUNCTIONS if _key(n) not in have]
        with self._action():
            added = tuple(self.store.add_function(f) for f in new)
        undo: list[Change] = [DeleteFunction(saved_id(f.id)) for f in reversed(added)]
        return Edit(added, batch(*undo) if undo else Batch(()))

    def untouched_functions(self) -> list[BusinessFunction]:
        """Functions not worked with for 60 days (or ever), the longest first."""
        return untouched(self.state.functions, self.today())

    def function_coverage(self, first: date, last: date) -> Coverage:
        """Touches per function per month from ``first``'s month to ``last``'s."""
        return coverage(self.state.functions, first, last)

    def known_function(self, function_id: int | None) -> BusinessFunction:
        found = next((f for f in self.state.functions if f.id == function_id), None)
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no function with id {0}."),
                    str(function_id),
                )
            )
        return found

    def function_problem(self, function: BusinessFunction) -> dict[str, str]:
        """What is wrong with ``function`` for saving, by field (empty when it can be saved)."""
        state = self.state
        people = {p.id for p in state.stakeholders if p.id is not None}
        return validate_function(function, people, state.functions)

    def _check_function(self, function: BusinessFunction) -> None:
        check(self.function_problem(function))
