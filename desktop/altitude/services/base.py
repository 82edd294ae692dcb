"""What every service action shares: the store, a clock, and one transaction per action."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from altitude.domain.entities import PlanState
from altitude.domain.overview import Overview
from altitude.store import Store


def saved_id(entity_id: int | None) -> int:
    """The id of an entity the store has saved (it always hands them back with one)."""
    if entity_id is None:
        raise ValueError("the store handed back an entity without an id")
    return entity_id


class ServiceBase:
    """Holds the open store and the last state it handed out.

    Every public action runs inside ``_action()``: one ``db.atomic()`` transaction,
    after which the state is read back so callers always redraw from what was saved.
    """

    def __init__(self, store: Store, clock: Callable[[], date] = date.today) -> None:
        self.store = store
        self.clock = clock
        self._state: PlanState | None = None
        self._seen_version = -1
        self._overview: Overview | None = None
        self._overview_version = -1

    def today(self) -> date:
        return self.clock()

    @property
    def state(self) -> PlanState:
        if self._state is None or self.store.data_version() != self._seen_version:
            return self.reload()
        return self._state

    def reload(self) -> PlanState:
        self._overview = None  # a reopened store (restore) starts its data_version afresh
        self._seen_version = self.store.data_version()
        self._state = self.store.load()
        return self._state

    def changed_elsewhere(self) -> bool:
        """True when another process (e.g. the CLI) committed since we last read what we
        hold: the whole state, or only the overview (all a start-up reads). Not True merely
        because the whole state was never read: that would read ten years of notes at the
        first poll after every start."""
        version = self.store.data_version()
        held_state = self._state is not None and version != self._seen_version
        held_overview = self._overview is not None and version != self._overview_version
        return held_state or held_overview

    @contextmanager
    def together(self) -> Iterator[None]:
        """Several actions as one transaction, saved whole or not at all: an edit in the app
        (``AppContext.perform`` runs each in one). Each action inside becomes a savepoint
        of this transaction."""
        with self._action():
            yield

    @contextmanager
    def _action(self) -> Iterator[None]:
        try:
            with self.store.atomic():
                yield
        finally:
            self._state = self._overview = None
