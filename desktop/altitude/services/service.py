"""The one object the GUI and the CLI talk to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from altitude.domain.overview import AtAGlance
from altitude.paths import database_path
from altitude.services.summary import Summary, summarize
from altitude.store import Store

if TYPE_CHECKING:
    from altitude.services.actions import AllActions as Actions
    from altitude.services.undo.changes import Change
else:  # the actions come with the first one asked for (__getattr__ below)
    from altitude.services.base import ServiceBase as Actions


class Altitude(Actions):
    """Every action a user can take, each validated and saved in one transaction."""

    @classmethod
    def open(cls, data_dir: Path) -> Altitude:
        return cls(Store.open(database_path(data_dir)))

    def overview(self) -> AtAGlance:
        """The whole state if it is read and current, else just the headlines, read in a
        few small queries (ten years of notes are not read to draw a dashboard)."""
        version = self.store.data_version()
        if self._state is not None and version == self._seen_version:
            return self._state
        if self._overview is None or version != self._overview_version:
            self._overview, self._overview_version = self.store.load_overview(), version
        return self._overview

    def apply(self, change: Change) -> Change:
        """Carry out an undo or a redo in one transaction, all of it or (refused with an
        ActionError, say) none; returns the change that takes it back."""
        from altitude.services.undo.apply import carry_out

        with self._action():
            return carry_out(self, change)

    def summary(self) -> Summary:
        return summarize(self.overview(), self.today())

    def data_folder(self) -> Path:
        """The folder that holds the plan's database and its backups folder."""
        return self.store.path.parent

    def close(self) -> None:
        self.store.close()

    if not TYPE_CHECKING:  # to mypy, Altitude simply has every action (AllActions)

        def __getattr__(self, name: str) -> Any:
            """The first action asked for brings them all: this service becomes its class
            with every action (services.actions), then answers as it always would."""
            from altitude.services.actions import AllActions, with_actions

            if name.startswith("__") or isinstance(self, AllActions):
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            self.__class__ = with_actions(type(self))
            return getattr(self, name)
