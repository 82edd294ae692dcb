"""One app per data folder; a stale lock is retaken; the running window is asked to come up."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.store import Store
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.single_instance import ExternalChangeWatcher, SingleInstance, server_name

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
