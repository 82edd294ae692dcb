"""A private session bus per test (``dbus-daemon --session``) and a fake notification
server on it (``fake_notification_server.py``). Skipped only where dbus-daemon is missing."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER = Path(__file__).with_name("fake_notification_server.py")


def _first_line(process: subprocess.Popen[str], seconds: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    return process.stdout.readline().strip() if ready else ""


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The address of a new, private session bus; DBUS_SESSION_BUS_ADDRESS points at it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: apt-get install dbus-daemon)")
    bus = subprocess.Popen(
        [daemon, "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = _first_line(bus, 15)
        assert address.startswith("unix:"), f"dbus-daemon gave no address: {address!r}"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no other bus to fall back on
        monkeypatch.setenv("DISPLAY", "")
        yield address
    finally:
        _stop(bus)


class Servers:
    """``servers(mode)`` -> the file a new server records each Notify call in (a JSON a
    line); ``stop_all()`` ends them (they leave the bus)."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.started: list[subprocess.Popen[str]] = []

    def __call__(self, mode: str) -> Path:
        started, tmp_path = self.started, self.tmp_path
        calls = tmp_path / f"calls-{len(started)}.jsonl"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        server = subprocess.Popen(
            [sys.executable, str(SERVER), str(calls), mode],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        started.append(server)
        assert _first_line(server, 30) == "ready", "the fake notification server did not start"
        return calls

    def stop_all(self) -> None:
        for server in self.started:
            _stop(server)


@pytest.fixture
def notification_server(session_bus: str, tmp_path: Path) -> Iterator[Servers]:
    servers = Servers(tmp_path)
    yield servers
    servers.stop_all()
