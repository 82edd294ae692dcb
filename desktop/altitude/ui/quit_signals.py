"""SIGTERM and SIGINT (Ctrl+C) close the app the way its Quit does.

``app.quit()`` ends the event loop, and ``run_gui``'s normal path then closes the store
(checkpointing its write-ahead log) and releases the lock. Python runs a signal handler
only when the interpreter gets control, and Qt's loop sleeps in C: so the C-level handler
writes to a pipe (``signal.set_wakeup_fd``), a QSocketNotifier on the pipe wakes the loop,
and the Python handler runs then. Where a pipe can't wake it (Windows), a 200 ms timer does.
"""

from __future__ import annotations

import contextlib
import os
import signal
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)
POLL_MS = 200


class QuitOnSignals(QObject):
    """Installs the handlers when made; ``restore()`` puts the previous ones back."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._previous: dict[int, Any] = {}
        self._pipe: tuple[int, int] | None = None
        self._old_wakeup_fd = -1
        for signum in QUIT_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handle)
        if os.name == "posix":
            self._wake_through_a_pipe()
        else:
            self._timer = QTimer(self)
            self._timer.timeout.connect(lambda: None)  # only lets the interpreter look
            self._timer.start(POLL_MS)

    def _wake_through_a_pipe(self) -> None:
        read, write = os.pipe()
        for fd in (read, write):
            os.set_blocking(fd, False)
        self._pipe = (read, write)
        self._old_wakeup_fd = signal.set_wakeup_fd(write)
        self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                os.read(self._pipe[0], 512)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        QTimer.singleShot(0, self._app.quit)  # after the current event, not inside it

    def restore(self) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        self._previous = {}
        if self._pipe is not None:
            signal.set_wakeup_fd(self._old_wakeup_fd)
            self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None
