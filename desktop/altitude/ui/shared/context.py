"""What every page shares: the service, the undo stack, the dialogs and one change signal.

A page never writes to the store itself. It calls ``ctx.perform(text, do, undo)``:
``do`` and ``undo`` are service calls; the change is saved at once, pushed on the
undo stack, and every page redraws from the new state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from altitude.domain.entities import PlanState
from altitude.domain.overview import AtAGlance
from altitude.domain.validation import ValidationError
from altitude.services import ActionError, Altitude
from altitude.services.errors import StoreError
from altitude.ui.shared.dialogs import DialogService


def tr(text: str) -> str:
    return QCoreApplication.translate("AppContext", text)


class ServiceCommand(QUndoCommand):
    """An edit already carried out once; redo and undo replay service calls."""

    def __init__(
        self, ctx: AppContext, text: str, do: Callable[[], Any], undo: Callable[[], Any]
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:  # ``perform`` already did it, to catch a refusal before pushing
            self._first = False
            return
        self._ctx.replay(self._do, tr("Redone: {0}").format(self.text()))

    def undo(self) -> None:
        self._ctx.replay(self._undo, tr("Undone: {0}").format(self.text()))


class AppContext(QObject):
    state_changed = Signal(object)  # PlanState
    status_message = Signal(str)
    dark_changed = Signal(bool)

    def __init__(
        self,
        service: Altitude,
        dialogs: DialogService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.dialogs = dialogs
        self.undo_stack = QUndoStack(self)
        self.dark = False

    @property
    def state(self) -> PlanState:
        return self.service.state

    @property
    def overview(self) -> AtAGlance:
        """The headlines, for what must show before the whole plan is read (see
        ``domain.overview``); the whole state once something has read it."""
        return self.service.overview()

    def today(self) -> date:
        return self.service.today()

    def perform(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        """Carry out an edit, save it, make it undoable. False (and a message) if refused."""
        try:
            with self.service.together():  # an edit of several actions: all, or nothing
                do()
        except (ValidationError, ActionError, StoreError, OSError) as exc:
            self.dialogs.error(tr("Not saved"), str(exc))
            self.refresh()
            return False
        self.undo_stack.push(ServiceCommand(self, text, do, undo))
        self.refresh(tr("Saved: {0}").format(text))
        return True

    def replay(self, call: Callable[[], Any], message: str) -> None:
        try:
            with self.service.together():
                call()
        except (ValidationError, ActionError, StoreError, OSError) as exc:
            self.dialogs.error(tr("Could not undo or redo"), str(exc))
            message = ""
        self.refresh(message)

    def refresh(self, message: str = "") -> None:
        self.state_changed.emit(self.service.state)
        if message:
            self.status_message.emit(message)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.dark_changed.emit(dark)
