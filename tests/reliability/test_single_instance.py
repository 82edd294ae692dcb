"""One app per data folder; a stale lock is retaken; the running window is asked to come up."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.store import Store
from altitude.ui import single_instance
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.single_instance import (
    CHECKIN,
    RAISE,
    ExternalChangeWatcher,
    SingleInstance,
    server_name,
)

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from altitude.ui.single_instance import SingleInstance
    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    if not instance.acquire():
        print("not-acquired", flush=True)
        sys.exit(3)
    def raised():
        print("raise-requested", flush=True)
        app.quit()
    instance.raise_requested.connect(raised)
    print("holding", flush=True)
    QTimer.singleShot(30000, app.quit)
    app.exec()
    instance.release()
    """
)


def _start_holder(folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_second_instance_is_refused_and_raises_the_first(qapp, folder: Path) -> None:  # type: ignore[no-untyped-def]
    holder = _start_holder(folder)
    try:
        second = SingleInstance(folder)
        assert second.acquire() is False
        assert second.notify_existing() is True
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "raise-requested"
        assert holder.wait(timeout=10) == 0
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_killed_process_is_taken_over(qapp, folder: Path) -> None:  # type: ignore[no-untyped-def]
    holder = _start_holder(folder)
    assert SingleInstance(folder).acquire() is False
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (folder / "altitude.lock").exists()  # the killed process could not clean up
    instance = SingleInstance(folder)
    try:
        assert instance.acquire() is True
        assert stat.S_IMODE((folder / "altitude.lock").stat().st_mode) == 0o600
    finally:
        instance.release()


def test_in_one_process_the_lock_is_held_once_and_released(qapp, folder: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(folder)
    assert first.acquire() is True
    assert SingleInstance(folder).acquire() is False
    first.release()
    again = SingleInstance(folder)
    assert again.acquire() is True
    again.release()


def test_the_raise_message_reaches_the_signal(qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(folder)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert SingleInstance(folder).notify_existing()
    finally:
        first.release()


def test_server_names_differ_per_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")


def test_the_server_name_is_the_sha256_it_always_was(tmp_path: Path) -> None:
    """Qt's SHA-256 replaced hashlib's (no OpenSSL at start-up): a window opened by an
    earlier version still answers a later one's knock."""
    import hashlib

    digest = hashlib.sha256(str((tmp_path / "a").resolve()).encode("utf-8")).hexdigest()
    assert server_name(tmp_path / "a") == f"altitude-{digest[:20]}"


def test_nobody_to_raise_when_nothing_runs(qapp, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert SingleInstance(folder).notify_existing(timeout_ms=200) is False


# --- the wake-up socket (a plain Unix socket, no QtNetwork)


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR of this test's own, short (tmp_path can be too long)."""
    path = Path(tempfile.mkdtemp(prefix="alt-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def temp_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """tempfile.gettempdir() for this test only, so the fallback folder is made there."""
    path = Path(tempfile.mkdtemp(prefix="alt-"))
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def first(folder: Path, runtime: Path) -> Iterator[SingleInstance]:
    """The running instance, listening in this test's runtime folder."""
    instance = SingleInstance(folder)
    assert instance.acquire() and instance.socket_path is not None
    yield instance
    instance.release()


def _client(instance: SingleInstance) -> socket.socket:
    """A raw client of ``instance``'s server, connected."""
    assert instance.socket_path is not None
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(instance.socket_path))
    return client


class Heard:
    """What an instance's signals said, counted."""

    def __init__(self, instance: SingleInstance) -> None:
        self.instance = instance
        self.raises = 0
        self.checkins = 0
        instance.raise_requested.connect(self._raised)
        instance.checkin_requested.connect(self._checked_in)

    def _raised(self) -> None:
        self.raises += 1

    def _checked_in(self) -> None:
        self.checkins += 1

    def all_read(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        """Until the server has read every client to its end: nothing more can come."""
        qtbot.waitUntil(lambda: not self.instance._clients, timeout=5000)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _closed_by_server(client: socket.socket) -> bool:
    try:
        return client.recv(1) == b""
    except BlockingIOError:
        return False


def _is_socket(path: Path) -> bool:
    return stat.S_ISSOCK(os.lstat(path).st_mode)


def test_nothing_at_start_up_loads_qtnetwork(folder: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from altitude.ui.single_instance import SingleInstance
        app = QApplication([])
        instance = SingleInstance(Path(sys.argv[1]))
        assert instance.acquire() and instance.socket_path is not None
        print("PySide6.QtNetwork" in sys.modules, flush=True)
        instance.release()
        """
    )
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_second_instances_raise_reaches_the_first_once(
    qtbot, folder: Path, runtime: Path, first: SingleInstance
) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(first)
    assert first.socket_path == runtime / f"{server_name(folder)}.sock"
    second = SingleInstance(folder)
    assert second.acquire() is False
    assert second.notify_existing() is True
    qtbot.waitUntil(lambda: heard.raises > 0, timeout=5000)
    heard.all_read(qtbot)
    assert (heard.raises, heard.checkins) == (1, 0)


def test_checkin_raises_and_opens_the_checkin(qtbot, folder: Path, first: SingleInstance) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(first)
    with qtbot.waitSignals([first.raise_requested, first.checkin_requested], timeout=5000):
        assert SingleInstance(folder).notify_existing(message=CHECKIN)
    heard.all_read(qtbot)
    assert (heard.raises, heard.checkins) == (1, 1)


def test_a_message_in_two_pieces_or_two_in_one_still_work(qtbot, first: SingleInstance) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(first)
    with _client(first) as client:
        client.sendall(b"chec")
        qtbot.waitUntil(
            lambda: [c.pending for c in first._clients.values()] == [b"chec"], timeout=5000
        )
        assert (heard.raises, heard.checkins) == (0, 0)  # half a word is no message
        client.sendall(b"kin\n")
        qtbot.waitUntil(lambda: heard.checkins == 1, timeout=5000)
    heard.all_read(qtbot)
    assert (heard.raises, heard.checkins) == (1, 1)
    with _client(first) as client:
        client.sendall(RAISE + CHECKIN)  # as one read: one raise, as before
    qtbot.waitUntil(lambda: heard.checkins == 2, timeout=5000)
    heard.all_read(qtbot)
    assert (heard.raises, heard.checkins) == (2, 2)


def test_a_client_sending_no_message_is_dropped(qtbot, folder: Path, first: SingleInstance) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(first)
    with _client(first) as client:
        client.sendall(b"r" * 100)  # no end of line, longer than any message
        client.setblocking(False)
        qtbot.waitUntil(lambda: _closed_by_server(client), timeout=5000)
    assert (heard.raises, heard.checkins) == (0, 0)
    assert SingleInstance(folder).notify_existing() is True  # the server still listens
    qtbot.waitUntil(lambda: heard.raises == 1, timeout=5000)


def test_a_socket_left_by_a_killed_instance_is_replaced(qtbot, folder: Path, runtime: Path) -> None:  # type: ignore[no-untyped-def]
    path = runtime / f"{server_name(folder)}.sock"
    holder = _start_holder(folder)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert _is_socket(path)  # the killed process could not clean up
    assert SingleInstance(folder).notify_existing(timeout_ms=200) is False  # nobody there
    instance = SingleInstance(folder)
    try:
        assert instance.acquire() is True
        assert instance.socket_path == path and _is_socket(path)
        # bind() would have failed on the old file: a new server answers under its name
        with qtbot.waitSignal(instance.raise_requested, timeout=5000):
            assert SingleInstance(folder).notify_existing() is True
    finally:
        instance.release()


def test_a_file_that_is_not_a_socket_is_left_alone(folder: Path, runtime: Path) -> None:
    path = runtime / f"{server_name(folder)}.sock"
    path.write_text("someone else's")
    instance = SingleInstance(folder)
    try:
        assert instance.acquire() is True  # the lock is the authority, not the socket
        assert instance.socket_path is None  # nobody listens: no window can be raised
        assert SingleInstance(folder).notify_existing(timeout_ms=200) is False
    finally:
        instance.release()
    assert path.read_text() == "someone else's"


def test_the_socket_is_private_whatever_the_umask(
    folder: Path, temp_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    instance = SingleInstance(folder)
    old = os.umask(0o022)
    try:
        assert instance.acquire()
    finally:
        os.umask(old)
    try:
        place = temp_dir / f"altitude-{os.getuid()}"
        assert instance.socket_path == place / f"{server_name(folder)}.sock"
        assert _is_socket(instance.socket_path) and _mode(instance.socket_path) == 0o600
        assert _mode(place) == 0o700 and os.lstat(place).st_uid == os.getuid()
    finally:
        instance.release()


def test_a_runtime_folder_others_can_enter_is_not_used(
    folder: Path, runtime: Path, temp_dir: Path
) -> None:
    runtime.chmod(0o755)
    instance = SingleInstance(folder)
    try:
        assert instance.acquire()
        assert instance.socket_path is not None
        assert instance.socket_path.parent == temp_dir / f"altitude-{os.getuid()}"
        assert list(runtime.iterdir()) == []
    finally:
        instance.release()


@pytest.mark.parametrize("whose", ["open to others", "another user's"])
def test_a_temp_folder_not_private_is_refused(
    whose: str, folder: Path, temp_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    if whose == "another user's":  # ours on disk, so to us it looks like someone else's
        uid = os.getuid() + 1
        monkeypatch.setattr(os, "getuid", lambda: uid)
    place = temp_dir / f"altitude-{os.getuid()}"
    place.mkdir(mode=0o700)
    place.chmod(0o755 if whose == "open to others" else 0o700)
    before = os.lstat(place)
    instance = SingleInstance(folder)
    try:
        assert instance.acquire() is True
        assert instance.socket_path is None
        assert SingleInstance(folder).notify_existing(timeout_ms=200) is False
    finally:
        instance.release()
    after = os.lstat(place)
    assert (after.st_mode, after.st_uid) == (before.st_mode, before.st_uid)  # not "fixed"
    assert list(place.iterdir()) == []


def test_release_removes_the_socket_and_twice_is_harmless(folder: Path, runtime: Path) -> None:
    instance = SingleInstance(folder)
    assert instance.acquire() and instance.socket_path is not None
    path = instance.socket_path
    assert _is_socket(path)
    instance.release()
    assert not path.exists() and instance.socket_path is None
    instance.release()
    assert SingleInstance(folder).notify_existing(timeout_ms=200) is False
    again = SingleInstance(folder)
    try:
        assert again.acquire() and again.socket_path == path
    finally:
        again.release()


def test_release_from_a_raise_and_the_deleted_instance_do_not_crash(
    qtbot, folder: Path, runtime: Path
) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(folder)
    assert first.acquire()
    first.raise_requested.connect(first.release)  # inside the client's notifier signal
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert SingleInstance(folder).notify_existing()
    assert first.socket_path is None
    first.release()
    del first
    gc.collect()
    # The notifiers' deferred deletions outlive the instance that owned them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert list(runtime.iterdir()) == []


def test_nobody_answers_a_leftover_nor_a_server_that_never_accepts(
    folder: Path, runtime: Path
) -> None:
    path = runtime / f"{server_name(folder)}.sock"
    assert SingleInstance(folder).notify_existing(timeout_ms=200) is False  # no file
    stuck = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    waiting: list[socket.socket] = []
    try:
        stuck.bind(str(path))
        stuck.close()
        assert SingleInstance(folder).notify_existing(timeout_ms=200) is False  # a leftover
        path.unlink()
        stuck = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stuck.bind(str(path))
        stuck.listen(0)
        while True:  # fill its queue: a blocking connect would now wait forever
            waiting.append(socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
            waiting[-1].setblocking(False)
            try:
                waiting[-1].connect(str(path))
            except BlockingIOError:
                break
        answers: list[bool] = []
        knock = threading.Thread(
            target=lambda: answers.append(SingleInstance(folder).notify_existing(200)),
            daemon=True,
        )
        knock.start()
        knock.join(60)  # only so that a hang fails instead of stopping the run
        assert answers == [False]
    finally:
        stuck.close()
        for client in waiting:
            client.close()


def test_a_data_folder_too_deep_for_a_socket_path_still_works(
    qtbot, tmp_path: Path, runtime: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path.joinpath(*["d" * 60] * 5)
    folder.mkdir(parents=True, mode=0o700)
    assert len(str(folder)) >= 300
    first = SingleInstance(folder)
    assert first.acquire() and first.socket_path is not None
    try:
        assert len(os.fsencode(first.socket_path)) <= single_instance.MAX_SOCKET_PATH
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert SingleInstance(folder).notify_existing() is True
    finally:
        first.release()


def test_without_unix_sockets_only_the_lock_remains(
    folder: Path, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "UNIX_SOCKETS", False)
    first = SingleInstance(folder)
    try:
        assert first.acquire() is True and first.socket_path is None
        assert SingleInstance(folder).acquire() is False
        assert SingleInstance(folder).notify_existing() is False
    finally:
        first.release()
    assert list(runtime.iterdir()) == []


@pytest.fixture
def ctx(qapp, sample_service: Altitude) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(sample_service, ScriptedDialogs())


def test_changes_saved_by_another_process_are_shown(qtbot, ctx: AppContext, folder: Path) -> None:  # type: ignore[no-untyped-def]
    watcher = ExternalChangeWatcher(ctx, interval_ms=60_000)
    assert watcher.check() is False
    ctx.perform("add", lambda: ctx.service.add_person(Person("Mine")))
    assert watcher.check() is False  # our own saves are not "elsewhere"
    assert ctx.undo_stack.count() == 1
    other = Store.open(folder / "altitude.db")  # the CLI, while the window is open
    try:
        other.add_person(Person("From the command line"))
    finally:
        other.close()
    with qtbot.waitSignal(ctx.state_changed, timeout=1000) as blocker:
        assert watcher.check() is True
    names = [p.name for p in blocker.args[0].people]
    assert "From the command line" in names and "Mine" in names
    assert ctx.undo_stack.count() == 0  # old edits would overwrite the other process's
    assert watcher.check() is False
