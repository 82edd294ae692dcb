"""`altitude remind` on a private session bus: the Notify call a server receives, typed as
the spec says, and a click on it opening the app on the check-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

DESKTOP_DIR = Path(__file__).resolve().parents[2] / "desktop"

pytestmark = pytest.mark.slow

FRIDAY = {"ALTITUDE_TODAY": "2026-11-27"}  # the sample's week 2026-W48 is due that day


def calls_in(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def wait_for_calls(path: Path, count: int, seconds: float = 30) -> list[dict[str, object]]:
    """The server records a call when it answers; a detached child may answer later."""
    deadline = time.monotonic() + seconds
    while len(calls_in(path)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return calls_in(path)


def test_the_server_receives_the_checkin_notification(run_cli, notification_server) -> None:
    calls = notification_server("close")
    assert run_cli("sample", env=FRIDAY).returncode == 0
    result = run_cli("remind", "--wait", env=FRIDAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # shown: nothing printed
    (call,) = calls_in(calls)
    assert call["app_name"] == "Altitude"
    assert call["replaces_id"] == 0
    assert call["summary"] == "Your weekly check-in is due"
    assert str(call["body"]).startswith("Two minutes for the week of 23 Nov")
    assert call["actions"] == ["default", "Open check-in"]
    assert call["hints"] == {"desktop-entry": "altitude"}
    assert call["expire_timeout"] == -1


def test_a_click_opens_the_app_on_the_checkin(run_cli, notification_server) -> None:
    calls = notification_server("click")
    assert run_cli("sample", env=FRIDAY).returncode == 0
    # The app it starts on the click lists its windows and quits (ui/diagnostics.py); it
    # writes to the same output, which the run reads to its end.
    result = run_cli("remind", "--wait", env={**FRIDAY, "ALTITUDE_QUIT_AFTER": "1500"})
    assert result.returncode == 0, result.stderr
    assert len(calls_in(calls)) == 1
    assert "window: CheckinDialog: Weekly check-in — 23\u201329 Nov" in result.stdout
    assert "window: MainWindow:" in result.stdout


def waiting_children(data_dir: Path) -> list[int]:
    """Processes running ``remind --wait --detached`` on ``data_dir`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"--detached" in args and str(data_dir).encode() in args:
            found.append(int(entry.name))
    return found


def wait_until_gone(data_dir: Path, seconds: float = 30) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := waiting_children(data_dir)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_plain_remind_returns_at_once_and_a_detached_child_posts(
    run_cli, notification_server, data_dir: Path
) -> None:
    calls = notification_server("close")  # the close lets the waiting child end
    assert run_cli("sample", env=FRIDAY).returncode == 0
    result = run_cli("remind", env=FRIDAY)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    (call,) = wait_for_calls(calls, 1)
    assert call["summary"] == "Your weekly check-in is due"
    assert wait_until_gone(data_dir) == []  # closed: the child stops listening


def test_a_detached_child_stops_when_the_server_leaves(
    run_cli, notification_server, data_dir: Path
) -> None:
    calls = notification_server("quiet")  # never clicked nor closed ...
    assert run_cli("sample", env=FRIDAY).returncode == 0
    assert run_cli("remind", env=FRIDAY).returncode == 0
    assert len(wait_for_calls(calls, 1)) == 1
    assert waiting_children(data_dir) != []  # ... so the child listens on
    notification_server.stop_all()  # the server leaves the bus (a session ending)
    assert wait_until_gone(data_dir) == []


def test_nothing_due_posts_nothing(run_cli, notification_server) -> None:
    calls = notification_server("close")
    result = run_cli("remind", env=FRIDAY)  # an empty folder: no plan, nothing due
    assert (result.returncode, result.stdout) == (0, "Nothing due.\n")
    assert calls_in(calls) == []


def test_attention_alone_is_posted_too(run_cli, notification_server) -> None:
    calls = notification_server("close")
    monday = {"ALTITUDE_TODAY": "2026-11-23"}
    assert run_cli("sample", env=monday).returncode == 0
    assert run_cli("remind", "--wait", env=monday).returncode == 0
    (call,) = calls_in(calls)
    assert str(call["summary"]).endswith("need your attention")


def test_no_server_on_the_bus_prints_the_line(run_cli, session_bus) -> None:
    assert run_cli("sample", env=FRIDAY).returncode == 0
    for args in (("remind",), ("remind", "--wait")):
        result = run_cli(*args, env=FRIDAY)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "Your weekly check-in is due (week of 23 Nov).\n"


PROBE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from altitude.notify.typed_call import NotifyCall, SERVICE, PATH, INTERFACE
app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
naive = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Notify")
naive.setArguments(["Probe", 0, "", "naive", "", [], {}, -1])
reply = bus.call(naive, timeout=5000)
print(reply.type().name, reply.errorName())
print("typed", NotifyCall(bus).notify("Probe", "typed", "", [], {}))
"""


def test_pyside_sends_a_plain_int_as_int32_so_notify_is_typed(notification_server) -> None:
    """The trap typed_call.py works around, pinned: when PySide6 marshals a Python int as
    uint32 by itself, this fails and the workaround can go."""
    calls = notification_server("quiet")
    env = {**os.environ, "PYTHONPATH": str(DESKTOP_DIR), "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    naive, typed = probe.stdout.splitlines()
    assert naive == "ErrorMessage org.freedesktop.DBus.Error.UnknownMethod", probe.stderr
    assert typed.startswith("typed ") and int(typed.split()[1]) > 0
    assert [c["summary"] for c in calls_in(calls)] == ["typed"]
