"""SIGTERM and SIGINT close the running app cleanly: exit code 0, the lock released, the
write-ahead log folded into the file, the plan intact.

The real app is started on a plan made with the command line (the last edit is a CLI
check-in) and asked to report its first paint (``ALTITUDE_REPORT_SHOWN``, the start-up
benchmark's probe); then it gets the signal while Qt's event loop is idle.
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from altitude.domain.weeks import IsoWeek
from altitude.store import Store

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
WAIT_S = 90
NOTE = "kept through the signal"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def _wait_for_window(app: subprocess.Popen[str]) -> None:
    """Until the app prints that its main window painted (it may take a while to start)."""
    assert app.stdout is not None
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        ready, _, _ = select.select([app.stdout], [], [], 1)
        if ready:
            line = app.stdout.readline()
            if line.startswith("window "):
                return
            assert line, f"the app ended before its window showed: {app.stderr.read()}"  # type: ignore[union-attr]
    raise AssertionError("the window did not show")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_app_with_the_store_and_the_lock(  # type: ignore[no-untyped-def]
    run_cli, data_dir: Path, signum: signal.Signals
) -> None:
    assert run_cli("sample", env={"ALTITUDE_TODAY": "2026-11-23"}).returncode == 0
    edit = ("checkin", "--week", "2026-W40", "--execution", "11", "--strategy", "9")
    assert run_cli(*edit, "--note", NOTE).returncode == 0
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), QT_QPA_PLATFORM="offscreen",
               ALTITUDE_TODAY="2026-11-23", ALTITUDE_REPORT_SHOWN="1")  # fmt: skip
    app = subprocess.Popen(
        [sys.executable, "-m", "altitude", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        text=True, env=env,
    )  # fmt: skip
    try:
        _wait_for_window(app)
        lock = data_dir / "altitude.lock"
        assert lock.exists()  # the app holds the plan: there is something to release
        app.send_signal(signum)
        _, err = app.communicate(timeout=WAIT_S)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert not lock.exists()
    wal = data_dir / "altitude.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(f"file:{data_dir / 'altitude.db'}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Store.open(data_dir / "altitude.db") as store:
        checkin = store.load().checkin(IsoWeek(2026, 40))
    assert checkin is not None and checkin.note == NOTE
