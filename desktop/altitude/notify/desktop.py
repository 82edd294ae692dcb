"""Post one notification and, if asked, wait for the click that opens the check-in.

The notification's default action (``"default"``: a click on its body on GNOME, KDE, Xfce,
dunst, mako) carries the label "Open check-in". Servers send ``ActionInvoked`` and
``NotificationClosed`` to the connection that posted the notification (GNOME only to it), and
only while that connection lives: so whoever posts must also stay and listen. ``wait``
runs a bounded event loop for our notification's id and reports what happened.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import SLOT, QCoreApplication, QEventLoop, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusServiceWatcher

from altitude.notify.typed_call import INTERFACE, PATH, SERVICE, NotifyCall

APP_NAME = "Altitude"
DEFAULT_ACTION = "default"
CALL_TIMEOUT_MS = 5000
BUS_CHECK_MS = 5000  # how often a wait checks that the bus is still there


class Click(StrEnum):
    OPENED = "opened"  # the default action: open the check-in
    CLOSED = "closed"  # dismissed, or expired
    TIMED_OUT = "timed-out"  # no answer within the wait


def bus_reachable(env: dict[str, str] | None = None) -> bool:
    """Whether a session bus could be there at all, before loading QtDBus: an address, or
    the per-user socket that libdbus tries by default ($XDG_RUNTIME_DIR/bus)."""
    env = dict(os.environ) if env is None else env
    if env.get("DBUS_SESSION_BUS_ADDRESS", "").strip():
        return True
    runtime = env.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and Path(runtime, "bus").exists()


class _Listener(QObject):
    """Receives the server's two signals whole (a QDBusMessage slot takes any types: some
    servers send the close reason as int32 rather than uint32)."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted = 0
        self.outcome: Click | None = None
        self.loop: QEventLoop | None = None

    @Slot(QDBusMessage)
    def action(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) >= 2 and args[0] == self.wanted and args[1] == DEFAULT_ACTION:
            self._end(Click.OPENED)

    @Slot(QDBusMessage)
    def closed(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if args and args[0] == self.wanted and self.outcome is None:
            self._end(Click.CLOSED)

    @Slot(str)
    def server_gone(self, _name: str) -> None:
        """The server left the bus (or the session ended): its notification went with it."""
        if self.outcome is None:
            self._end(Click.CLOSED)

    def _end(self, outcome: Click) -> None:
        self.outcome = outcome
        if self.loop is not None:
            self.loop.quit()


class DesktopNotifier:
    """One connection to the session bus; ``post`` then, optionally, ``wait``."""

    def __init__(self) -> None:
        self.app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
        self.bus = QDBusConnection.sessionBus()
        self.listener = _Listener()
        self.problem = ""
        self._call: NotifyCall | None = None
        if not self.bus.isConnected():
            self.problem = self.bus.lastError().message() or "no session bus"
            return
        # Listen before posting: a click can come before the reply to Notify is read.
        for name, slot in (("ActionInvoked", "action"), ("NotificationClosed", "closed")):
            receiver = SLOT(f"{slot}(QDBusMessage)")  # "1action(QDBusMessage)"
            # The stubs say bytes; PySide6 6.12 takes only str here.
            self.bus.connect(SERVICE, PATH, INTERFACE, name, self.listener, receiver)  # type: ignore[call-overload]
        self.watcher = QDBusServiceWatcher(
            SERVICE, self.bus, QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration
        )
        self.watcher.serviceUnregistered.connect(self.listener.server_gone)
        self._call = NotifyCall(self.bus)
        self._call.interface.setTimeout(CALL_TIMEOUT_MS)

    def post(self, summary: str, body: str, action_label: str) -> int:
        """Show the notification; its id, or 0 when it could not be shown (``problem``)."""
        if self._call is None:
            return 0
        hints: dict[str, object] = {"desktop-entry": "altitude"}  # our icon and name
        ident = self._call.notify(APP_NAME, summary, body, [DEFAULT_ACTION, action_label], hints)
        if ident == 0:
            self.problem = self._call.error() or "the notification server did not answer"
        self.listener.wanted = ident
        return ident

    def wait(self, seconds: float) -> Click:
        """Until our notification is clicked or closed, or ``seconds`` pass."""
        if self.listener.outcome is not None:
            return self.listener.outcome
        loop = QEventLoop()
        self.listener.loop = loop
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        alive = QTimer()  # a bus that went away sends no signal at all
        alive.timeout.connect(lambda: None if self.bus.isConnected() else loop.quit())
        alive.start(BUS_CHECK_MS)
        loop.exec()
        alive.stop()
        self.listener.loop = None
        return self.listener.outcome or Click.TIMED_OUT
