"""Measure a GUI process from the outside: time to first paint, first chart, peak memory.

The parent reads ``time.monotonic()`` just before starting the child; the child prints
the same clock when its window (``window T``) and each chart (``chart:<name> T``) first
painted (ALTITUDE_REPORT_SHOWN=1, see altitude.ui.diagnostics). Peak memory is the
child's own maximum resident set size from ``wait4``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EMPTY_WINDOW = Path(__file__).resolve().parent / "empty_window.py"
STACK_FLOOR = Path(__file__).resolve().parent / "stack_floor.py"  # + matplotlib, one line
TRAJECTORY = "chart:Trajectory chart"
LIVE_DASHBOARD = "page:DashboardPage"  # the dashboard built from the opened, checked plan
FLOOR_CHART = "chart:Stack floor chart"
TIMEOUT_S = 120


@dataclass(frozen=True, slots=True)
class ChildRun:
    marks: dict[str, float] = field(default_factory=dict)  # what -> seconds after start
    max_rss_kib: int = 0
    exit_code: int = 0
    stderr: str = ""

    def ms(self, what: str) -> float | None:
        return None if what not in self.marks else self.marks[what] * 1000


def isolated_env(home: Path, quit_after_ms: int) -> dict[str, str]:
    """``quit_after_ms``: how long the window stays open after its first paint."""
    # Offscreen Qt, a throwaway HOME (QSettings, caches), a warm font cache, and cached
    # bytecode in the benchmark's folder (as an installed app has it).
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("ALTITUDE_", "XDG_")) and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        MPLCONFIGDIR=str(home / "matplotlib"),
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        ALTITUDE_REPORT_SHOWN=str(quit_after_ms),
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        PYTHONPATH=os.pathsep.join(
            p for p in (str(REPO / "desktop"), os.environ.get("PYTHONPATH", "")) if p
        ),
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def app_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "altitude", "--data-dir", str(data_dir)]


def empty_window_command() -> list[str]:
    return [sys.executable, str(EMPTY_WINDOW)]


def stack_floor_command() -> list[str]:
    return [sys.executable, str(STACK_FLOOR)]


def run_and_reap(command: list[str], env: dict[str, str]) -> ChildRun:
    """Start ``command``, collect its paint marks, and reap it with ``wait4`` for its own
    peak memory (RUSAGE_CHILDREN would only give the largest child so far)."""
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.monotonic()
        proc = subprocess.Popen(
            command,
            env=env,
            cwd=str(REPO),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert proc.stdout is not None
        timer = threading.Timer(TIMEOUT_S, proc.kill)  # a hung child must not hang us
        timer.start()
        try:
            out = proc.stdout.read()  # until the child closes it, i.e. exits
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            proc.stdout.close()
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        return _parse(out, errors.read(), started, usage.ru_maxrss, proc.returncode)


def _parse(out: str, err: str, started: float, max_rss: int, code: int | None) -> ChildRun:
    marks: dict[str, float] = {}
    for line in out.splitlines():
        what, _, stamp = line.rpartition(" ")
        if what and (what == "window" or what.startswith(("chart:", "page:"))):
            try:
                marks.setdefault(what, float(stamp) - started)
            except ValueError:
                continue
    if code != 0 or "window" not in marks:
        raise RuntimeError(f"the child failed (exit {code}); stderr:\n{err[-2000:]}")
    return ChildRun(marks, int(max_rss), int(code or 0), err)
