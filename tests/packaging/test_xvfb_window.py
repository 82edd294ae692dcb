"""On a real X server (Xvfb), the app opens its window over the sample plan and draws it:
a screenshot of the screen shows the window, its text and the trajectory chart's blue line.

Everything else runs offscreen; this is the check that the xcb platform plugin, its system
libraries and the chart canvas work together. The screenshot is taken by a second small
Qt program on the same display once the app says its chart has painted
(ALTITUDE_REPORT_SHOWN), and kept as ``screen.png`` in the test's temporary folder.
"""

from __future__ import annotations

import os
import queue
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pkg_helpers import REPO_ROOT, explain, run, user_env

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux only"),
    pytest.mark.skipif(
        shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"
    ),
]

SCREEN = (1280, 800)
STRATEGY_BLUE = (0x00, 0x72, 0xB2)  # the strategy line, the same in light and dark
CHART_MARK = "chart:Trajectory chart"
WAIT_S = 90

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
shot = app.primaryScreen().grabWindow(0)
sys.exit(0 if not shot.isNull() and shot.save(sys.argv[1], "PNG") else 1)
"""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], int, str]:
    """One Xvfb on a display number it picks itself; the number is "" if it did not come up.

    The pipe's read end stays open while the server runs: Xvfb writes the number and a
    newline separately, and a closed pipe makes the second write fatal.
    """
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(write_end)
    text = b""
    deadline = time.monotonic() + 60
    while not text.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 1)
        if ready:
            chunk = os.read(read_end, 32)
            if not chunk:
                break  # the server exited
            text += chunk
    return server, read_end, text.decode().strip()


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb; a busy machine occasionally loses a start, so try three times."""
    problems: list[str] = []
    for _ in range(3):
        server, read_end, number = _start_xvfb()
        if number.isdigit():
            break
        os.close(read_end)
        server.terminate()
        _, err = server.communicate(timeout=30)
        problems.append(err.decode(errors="replace").strip()[-300:] or f"exit {server.returncode}")
    else:
        raise AssertionError(f"Xvfb did not start: {problems}")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        os.close(read_end)


def _lines(stream: object, into: queue.Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)


def _wait_for(lines: queue.Queue[str], mark: str, app: subprocess.Popen[str]) -> list[str]:
    seen: list[str] = []
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        try:
            seen.append(lines.get(timeout=0.5))
        except queue.Empty:
            if app.poll() is not None:
                break
            continue
        if seen[-1].startswith(mark):
            return seen
    return seen


def test_window_and_chart_appear_on_an_x_server(display: str, tmp_path: Path) -> None:
    pytest.importorskip("PIL", reason="Pillow comes with matplotlib")
    from PIL import Image

    data = tmp_path / "data"
    env = user_env(PYTHONPATH=str(REPO_ROOT / "desktop"))
    created = run([sys.executable, "-m", "altitude", "--data-dir", data, "sample"],
                  cwd=tmp_path, env=env)  # fmt: skip
    assert created.returncode == 0, explain(created)

    xcb = user_env(PYTHONPATH=str(REPO_ROOT / "desktop"), QT_QPA_PLATFORM="xcb",
                   DISPLAY=display, ALTITUDE_REPORT_SHOWN="30000")  # fmt: skip
    app = subprocess.Popen(
        [sys.executable, "-m", "altitude", "--data-dir", str(data)],
        cwd=tmp_path, env=xcb, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_lines, args=(app.stdout, lines), daemon=True).start()
    try:
        seen = _wait_for(lines, CHART_MARK, app)
        assert seen and seen[-1].startswith(CHART_MARK), (
            f"no chart painted; stdout: {seen}; stderr: {app.stderr.read() if app.poll() else ''}"
        )
        time.sleep(0.5)  # let the X server take the last frame
        shot = tmp_path / "screen.png"
        grabbed = run([sys.executable, "-c", GRAB, shot], cwd=tmp_path, env=xcb)
        assert grabbed.returncode == 0, explain(grabbed)
    finally:
        app.terminate()
        app.wait(timeout=30)

    image = Image.open(shot).convert("RGB")
    assert image.size == SCREEN
    colours = image.getcolors(maxcolors=SCREEN[0] * SCREEN[1])
    assert colours is not None
    total = SCREEN[0] * SCREEN[1]
    assert len(colours) > 200, "hardly any colours: text and chart missing"
    assert max(count for count, _ in colours) < 0.8 * total, "one colour fills the screen"
    black = sum(count for count, rgb in colours if rgb == (0, 0, 0))
    assert black < 0.5 * total, "the window does not cover the screen"
    blue = sum(
        count
        for count, rgb in colours
        if sum(abs(c - s) for c, s in zip(rgb, STRATEGY_BLUE, strict=True)) <= 30
    )
    assert blue > 50, "the trajectory's strategy line is not on screen"
