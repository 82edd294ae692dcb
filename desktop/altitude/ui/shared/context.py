"""What every page shares: the service, the undo stack, the dialogs and one change signal.

A page never writes to the store itself. It calls ``ctx.perform(text, action)``: ``action``
is a service call that returns an ``Edit``. The change is saved at once, the change that
takes it back is pushed on the undo stack (pages never work out an undo themselves), and
every page redraws from the new state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from altitude.domain.entities import PlanState
from altitude.domain.overview import AtAGlance
from altitude.errors import AltitudeError
from altitude.services import Altitude
from altitude.ui.locale_formats import install_qt_formats
from altitude.ui.shared.dialogs import DialogService
from altitude.ui.shared.fields import error_text

if TYPE_CHECKING:
    from altitude.services import Change, Edit

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("AppContext", text)


class ServiceCommand(QUndoCommand):
    """An edit already carried out once; undo and redo each apply the change the services
    returned last time, and keep the one that takes it back for next time."""

    def __init__(
        self, ctx: AppContext, text: str, undo: Change, then: Callable[[], None] | None
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._change = undo
        self._then = then
        self._first = True

    def redo(self) -> None:
        if self._first:  # ``perform`` already did it, to catch a refusal before pushing
            self._first = False
            return
        self._apply(tr("Redone: {0}").format(self.text()))

    def undo(self) -> None:
        self._apply(tr("Undone: {0}").format(self.text()))

    def _apply(self, message: str) -> None:
        inverse = self._ctx.replay(self._change, message, self._then)
        if inverse is None:  # refused, nothing changed: this step can't be taken again
            self.setObsolete(True)
        else:
            self._change = inverse


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
        install_qt_formats()  # every screen writes dates and numbers through QLocale
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

    def perform(
        self, text: str, action: Callable[[], Edit[Any]], then: Callable[[], None] | None = None
    ) -> bool:
        """Carry out an edit, save it, make it undoable. False (and a message) if refused."""
        return self.attempt(text, action, then) is not None

    def attempt(
        self, text: str, action: Callable[[], Edit[T]], then: Callable[[], None] | None = None
    ) -> Edit[T] | None:
        """``perform``, handing back the edit (what it saved), or None if refused.
        ``then`` runs after the edit and after each undo and redo (e.g. show the theme)."""
        try:
            with self.service.together():  # an edit of several actions: all, or nothing
                edit = action()
        except AltitudeError as exc:
            self.dialogs.error(tr("Not saved"), error_text(exc))
            self.refresh()
            return None
        if then is not None:
            then()
        self.undo_stack.push(ServiceCommand(self, text, edit.undo, then))
        self.refresh(tr("Saved: {0}").format(text))
        return edit

    def replay(
        self, change: Change, message: str, then: Callable[[], None] | None = None
    ) -> Change | None:
        """Apply an undo or redo; the change that takes it back, or None if refused."""
        inverse: Change | None = None
        try:
            inverse = self.service.apply(change)
        except AltitudeError as exc:
            self.dialogs.error(tr("Could not undo or redo"), error_text(exc))
            message = ""
        if then is not None:
            then()
        self.refresh(message)
        return inverse

    def refresh(self, message: str = "") -> None:
        self.state_changed.emit(self.service.state)
        if message:
            self.status_message.emit(message)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.dark_changed.emit(dark)
