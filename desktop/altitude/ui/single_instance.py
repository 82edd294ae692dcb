"""One window per data folder, and noticing what other processes saved.

The lock file is the authority: ``QLockFile`` with a stale time of 0 lets exactly one
process hold it, and a lock left by a killed process is taken over at once (its PID is
gone). A socket is used only to ask the running window to come to the front: on its own
(Qt's ``QLocalServer`` with ``removeServer``) it let two "first" instances in, once in 15
trials of 4 simultaneous launches; the lock gave exactly one holder in all 15.

The wake-up is a plain Unix socket (the standard library's, watched by a
``QSocketNotifier`` in Qt's event loop): QtNetwork's ``QLocalServer`` cost ~2.9 MiB and a
few ms at every start, for one short message.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:  # the lock is taken before the services are imported
    import socket

    # Qt makes a class's type, with its enums, when it is first imported: these wait
    # until the socket is made, after the first paint (~3 ms before it, benchmarks/)
    from PySide6.QtCore import QSocketNotifier

    from altitude.ui.shared.context import AppContext

LOCK_NAME = "altitude.lock"
RAISE = b"raise\n"
CHECKIN = b"checkin\n"  # raise, then open this week's check-in (a click on a reminder)
ALREADY_OPEN = "Altitude is already open for this plan"

# Linux and macOS have AF_UNIX; CPython on Windows does not expose it, though Windows 10 has
# it (python/cpython#77589). Without it there is no wake-up server and notify_existing()
# says nobody answered: the lock still keeps one window per folder, the second start just
# cannot raise the first.
UNIX_SOCKETS = os.name == "posix"  # AF_UNIX: the socket module loads after the first paint
# sun_path holds 108 bytes on Linux and 104 on macOS, the closing NUL included.
MAX_SOCKET_PATH = 103
MAX_MESSAGE = 64  # longer than any message: a client sending more is dropped


def tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstance", text)


def server_name(folder: Path) -> str:
    """Derived from the folder, so two plans in two folders can each be open once."""
    # Qt's SHA-256, the digest hashlib gave (so the name is unchanged) without loading OpenSSL
    from PySide6.QtCore import QByteArray, QCryptographicHash

    path = QByteArray(str(Path(folder).resolve()).encode("utf-8"))
    hex_digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex()
    digest = bytes(hex_digest.data()).decode("ascii")
    return f"altitude-{digest[:20]}"


def _private(folder: Path) -> bool:
    """A real directory (not a link someone could swap) that is ours and closed to others."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) == 0o700
    )


def _temp_folder() -> Path:
    return Path(tempfile.gettempdir()) / f"altitude-{os.getuid()}"


def _socket_paths(name: str) -> list[Path]:
    """Where the server called ``name`` listens, the preferred place first.

    Not in the data folder: a socket's path is limited to ~100 bytes and a data folder can
    be deeper than that. The session's runtime folder (XDG_RUNTIME_DIR: ours, 0700, emptied
    at log-out) when it is private, else our own 0700 folder in the temp dir; a folder
    another user owns or could enter is never used (they could read or fake the messages).
    """
    if not UNIX_SOCKETS:
        return []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folders = [Path(runtime)] if os.path.isabs(runtime) else []
    folders.append(_temp_folder())
    paths = [folder / f"{name}.sock" for folder in folders if _private(folder)]
    return [path for path in paths if len(os.fsencode(path)) <= MAX_SOCKET_PATH]


def _make_temp_folder() -> None:
    folder = _temp_folder()
    try:
        folder.mkdir(mode=0o700)
    except OSError:  # there already (then _private() judges it, unchanged), or cannot be
        return
    os.chmod(folder, 0o700)  # whatever the umask


class _Watched:
    """A socket and the notifier that watches it (the server's, or one client's with the
    partial line it sent so far): they live and close together."""

    __slots__ = ("notifier", "open", "pending", "sock")

    def __init__(self, sock: socket.socket, notifier: QSocketNotifier) -> None:
        self.sock = sock
        self.notifier = notifier
        self.pending = b""
        self.open = True

    def close(self) -> None:
        if self.open:
            self.open = False
            # Disabled before its socket closes; deleted later, never in its own signal
            # (deleting a QObject from its own signal crashed PySide).
            self.notifier.setEnabled(False)
            self.sock.close()
            self.notifier.deleteLater()


class SingleInstance(QObject):
    """``acquire()`` once before opening the store; keep the object alive while the app runs."""

    raise_requested = Signal()
    checkin_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.lock_path = self.folder / LOCK_NAME
        self._name: str | None = None  # server_name's, when a socket first needs it
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # a lock whose process is gone is stale at once
        self.socket_path: Path | None = None  # where this instance listens, while it does
        self._bound: tuple[int, int] | None = None  # that file's device and inode
        self._server: _Watched | None = None
        self._clients: dict[int, _Watched] = {}  # by file descriptor

    @property
    def name(self) -> str:
        """The wake-up server's name (``server_name``): made when a socket first needs it."""
        if self._name is None:
            self._name = server_name(self.folder)
        return self._name

    def acquire(self, timeout_ms: int = 100, listen: bool = True) -> bool:
        """True when this process is now the one instance for the folder. ``listen``
        False: the app calls ``listen`` itself, after the window's first paint (the
        socket module and its kin: ~6 ms before that paint, benchmarks/RESULTS.md)."""
        if not self._lock.tryLock(timeout_ms):
            return False
        with contextlib.suppress(OSError):
            os.chmod(self.lock_path, 0o600)
        if listen:
            self.listen()
        return True

    def notify_existing(self, timeout_ms: int = 1000, message: bytes = RAISE) -> bool:
        """Ask the running instance to show its window (``message``: RAISE, or CHECKIN to
        open the check-in too); False if it did not answer."""
        import socket

        for path in _socket_paths(self.name):
            try:
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                    client.settimeout(timeout_ms / 1000)
                    client.connect(os.fspath(path))
                    client.sendall(message)
            except OSError:  # no such file, a leftover nobody listens on, or a timeout
                continue
            return True
        return False

    def release(self) -> None:
        for client in self._clients.values():
            client.close()
        self._clients = {}
        if self._server is not None:
            self._server.close()
            self._server = None
            self._remove_socket_file()
        if self._lock.isLocked():
            self._lock.unlock()

    def listen(self) -> None:
        """Answer a later launch's request to come to the front (once)."""
        import socket

        if not UNIX_SOCKETS or self._server is not None:
            return
        paths = _socket_paths(self.name)
        if not paths:
            _make_temp_folder()
            paths = _socket_paths(self.name)
        if not paths:
            return
        path = paths[0]
        # We hold the lock, so a socket under our name is a crashed instance's leftover;
        # anything else there is not ours to delete (then bind fails and nobody listens).
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(os.lstat(path).st_mode):
                os.unlink(path)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(os.fspath(path))
            os.chmod(path, 0o600)  # the folder already keeps others out; files are private
            server.listen(8)
            server.setblocking(False)
            info = os.lstat(path)
        except OSError:
            server.close()
            return
        self.socket_path = path
        self._bound = (info.st_dev, info.st_ino)
        self._server = self._watch(server, self._accept)

    def _remove_socket_file(self) -> None:
        path, self.socket_path = self.socket_path, None
        if path is None:
            return
        with contextlib.suppress(OSError):
            info = os.lstat(path)
            if (info.st_dev, info.st_ino) == self._bound:  # still the file we bound
                os.unlink(path)

    def _watch(self, sock: socket.socket, slot: Callable[[], None]) -> _Watched:
        from PySide6.QtCore import QSocketNotifier

        notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        # A method, not a closure over the notifier: through Qt's connection that kept this
        # object alive, and freeing it from the notifier's own deletion crashed.
        notifier.activated.connect(slot)
        return _Watched(sock, notifier)

    def _accept(self) -> None:
        while self._server is not None:
            try:
                sock, _ = self._server.sock.accept()
            except OSError:  # none left (BlockingIOError), or none we can take
                return
            sock.setblocking(False)
            client = self._watch(sock, self._ready)
            self._clients[sock.fileno()] = client
            self._read(client)

    def _ready(self) -> None:
        from PySide6.QtCore import QSocketNotifier

        notifier = self.sender()
        if isinstance(notifier, QSocketNotifier) and notifier.socket() in self._clients:
            self._read(self._clients[notifier.socket()])

    def _read(self, client: _Watched) -> None:
        """What a client sent, line by line, whether it came in pieces or several at once."""
        try:
            chunk = client.sock.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        lines = (client.pending + chunk).split(b"\n")
        client.pending = lines.pop() if chunk else b""  # at the end, a last unfinished line
        if not chunk or len(client.pending) > MAX_MESSAGE:
            del self._clients[client.sock.fileno()]
            client.close()
        words = {line.strip() for line in lines}
        if words & {RAISE.strip(), CHECKIN.strip()}:
            self.raise_requested.emit()
        if CHECKIN.strip() in words:
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
