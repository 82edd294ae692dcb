"""Unexpected exceptions (bugs) in the GUI: logged with their traceback, shown, survived.

``BugHook`` is installed as ``sys.excepthook`` when the GUI starts. PySide6 hands an
exception raised in a slot or a Qt virtual to ``sys.excepthook`` and carries on, so the
window keeps running: the hook writes the traceback to the log (``altitude.app_log``) and
shows a dialog that says where the log is and can copy the details. An AltitudeError that
no page caught is no bug: it is shown as the plain message it is.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion

from altitude import app_log
from altitude.errors import AltitudeError

if TYPE_CHECKING:  # imported when a bug is first shown: not before the first paint
    from altitude.ui.shared.dialogs import DialogService


def tr(text: str) -> str:
    return QCoreApplication.translate("BugHook", text)


class BugHook:
    """A ``sys.excepthook``; ``dialogs`` may be swapped for the window's once it exists
    (until then, and without any, a ``DialogService`` of its own, made when first needed)."""

    def __init__(self, dialogs: DialogService | None = None) -> None:
        self._dialogs = dialogs
        self._previous = sys.excepthook
        self._showing = False

    @property
    def dialogs(self) -> DialogService:
        if self._dialogs is None:
            from altitude.ui.shared.dialogs import DialogService

            self._dialogs = DialogService()
        return self._dialogs

    @dialogs.setter
    def dialogs(self, dialogs: DialogService) -> None:
        self._dialogs = dialogs

    def install(self) -> BugHook:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: not ours
            self._previous(kind, value, tb)
            return
        try:
            self._handle(kind, value, tb)
        except Exception:  # the hook must not fail in turn: the log has what it can
            logging.getLogger(app_log.LOGGER_NAME).exception("showing an error failed")

    def _handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(value, AltitudeError):
            self.dialogs.error(tr("Not done"), str(value))
            return
        extra = {"Qt": qVersion(), "PySide6": PySide6.__version__}
        details = app_log.record_bug((kind, value, tb), extra)
        if self._showing:  # a bug while the dialog is up: logged; one dialog is enough
            return
        message = tr(
            "Something went wrong inside Altitude: this is a bug. Every change saved so far "
            "is kept, and you can carry on working."
        )
        self._showing = True
        try:
            self.dialogs.bug(message, app_log.log_written(), details)
        finally:
            self._showing = False
