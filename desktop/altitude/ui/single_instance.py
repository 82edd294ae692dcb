"""One window per data folder, and noticing what other processes saved.

The lock file is the authority: ``QLockFile`` with a stale time of 0 lets exactly one
process hold it, and a lock left by a killed process is taken over at once (its PID is
gone). A ``QLocalServer`` is used only to ask the running window to come to the front:
on its own (``QLocalServer`` with ``removeServer``) it let two "first" instances in, once in
15 trials of 4 simultaneous launches; the lock gave exactly one holder in all 15.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QCryptographicHash,
    QLockFile,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:  # the lock is taken before the services are imported
    from altitude.ui.shared.context import AppContext

LOCK_NAME = "altitude.lock"
RAISE = b"raise\n"
CHECKIN = b"checkin\n"  # raise, then open this week's check-in (a click on a reminder)
ALREADY_OPEN = "Altitude is already open for this plan"


def tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstance", text)


def server_name(folder: Path) -> str:
    """Derived from the folder, so two plans in two folders can each be open once."""
    # Qt's SHA-256, the digest hashlib gave (so the name is unchanged) without loading OpenSSL
    path = QByteArray(str(Path(folder).resolve()).encode("utf-8"))
    hex_digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex()
    digest = bytes(hex_digest.data()).decode("ascii")
    return f"altitude-{digest[:20]}"


class SingleInstance(QObject):
    """``acquire()`` once before opening the store; keep the object alive while the app runs."""

    raise_requested = Signal()
    checkin_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.lock_path = self.folder / LOCK_NAME
        self.name = server_name(self.folder)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # a lock whose process is gone is stale at once
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self, timeout_ms: int = 100) -> bool:
        """True when this process is now the one instance for the folder."""
        if not self._lock.tryLock(timeout_ms):
            return False
        with contextlib.suppress(OSError):
            os.chmod(self.lock_path, 0o600)
        self._listen()
        return True

    def notify_existing(self, timeout_ms: int = 1000, message: bytes = RAISE) -> bool:
        """Ask the running instance to show its window (``message``: RAISE, or CHECKIN to
        open the check-in too); False if it did not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(message)
        delivered = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return delivered

    def release(self) -> None:
        for socket in self._clients:
            socket.abort()
        self._clients = []
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        # We hold the lock, so a server socket under our name is a crashed instance's leftover.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self._server = server

    def _accept(self) -> None:
        if self._server is None:
            return
        while (socket := self._server.nextPendingConnection()) is not None:
            # Kept until release(): deleting a socket from its own signal, or after the
            # server that owns it, crashed PySide. One small object per "raise" is fine.
            self._clients.append(socket)
            socket.readyRead.connect(self._read)
            self._read()

    def _read(self) -> None:
        for socket in self._clients:
            data = bytes(socket.readAll().data()) if socket.bytesAvailable() else b""
            if RAISE.strip() in data or CHECKIN.strip() in data:
                self.raise_requested.emit()
            if CHECKIN.strip() in data:
                self.checkin_requested.emit()


def bring_to_front(window: object) -> None:
    """What ``raise_requested`` should do with the main window."""
    from PySide6.QtWidgets import QWidget

    if isinstance(window, QWidget):
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()


class ExternalChangeWatcher(QObject):
    """Polls the store's data_version; redraws when another process (the CLI) saved."""

    def __init__(self, ctx: AppContext, interval_ms: int = 1500) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Reload and redraw if something changed elsewhere; True when it did."""
        from altitude.services.errors import StoreError

        service = self.ctx.service
        try:
            if not service.changed_elsewhere():
                return False
            service.reload()
        except StoreError as error:
            self.ctx.status_message.emit(str(error))
            return False
        # Undoing an edit now could overwrite what the other process saved.
        self.ctx.undo_stack.clear()
        self.ctx.refresh(tr("Updated with changes saved outside this window"))
        return True
