"""The results table, the machine it ran on, and benchmarks/RESULTS.md."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEPT_MARKER = "<!-- written by hand from here on: benchmarks/run.py keeps it -->"


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    value: float | None
    baseline: float | None
    baseline_name: str
    unit: str
    max_ratio: float | None  # goal: value / baseline at most this
    absolute: float | None = None  # goal: value at most this, in ``unit``
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def goal(self) -> str:
        parts = []
        if self.absolute is not None:
            parts.append(f"≤ {self.absolute:g} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}x")
        return ", ".join(parts) or "—"

    @property
    def verdict(self) -> str:
        if self.max_ratio is None and self.absolute is None:
            return ""
        if self.value is None:
            return "not measured"
        ok = self.absolute is None or self.value <= self.absolute
        ratio = self.ratio
        ok = ok and (self.max_ratio is None or (ratio is not None and ratio <= self.max_ratio))
        return "met" if ok else "missed"


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"


def table(rows: list[Row]) -> str:
    head = ["measure", "Altitude", "baseline", "ratio", "goal", "", "baseline is"]
    lines = [head]
    for r in rows:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "n/a"
        lines.append([r.name, _fmt(r.value, r.unit), _fmt(r.baseline, r.unit), ratio, r.goal,
                      r.verdict, r.baseline_name])  # fmt: skip
    out = ["| " + " | ".join(lines[0]) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(cells) + " |" for cells in lines[1:]]
    return "\n".join(out)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_lines() -> list[str]:
    from matplotlib import __version__ as mpl
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return [
        f"- Date: {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- CPU: {_cpu_model()}, {os.cpu_count()} logical cores ({usable} usable), "
        f"memory {_memory()}",
        f"- Load average (1, 5, 15 min) at the end: {load}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()} ({sys.executable})",
        f"- PySide6 {pyside}, Qt {qVersion()}, matplotlib {mpl}, SQLite {sqlite3.sqlite_version}",
    ]


def write_results(path: Path, rows: list[Row], runs: int, counts: str) -> None:
    notes = [f"- {r.name}: {r.note}" for r in rows if r.note]
    text = "\n".join(
        [
            "# Benchmark results",
            "",
            "Written by `make bench` (`python benchmarks/run.py`); run it again to refresh.",
            "",
            "## Machine",
            "",
            *machine_lines(),
            "",
            "## Method",
            "",
            f"- Medians of {runs} runs after warm-up runs (two for start-up: see run.py's "
            "WARM_UP_ROUNDS); ratios compare medians.",
            "- A start-up paints the window's frame first (sidebar, menus, toolbar) and opens "
            "the plan into it after that paint (altitude.ui.app). The frame shows the "
            "dashboard as last closed when the plan file is as that close left it "
            "(altitude.ui.dashboard.frame_picture); when that fits, the frame itself is "
            "first painted from its own kept first paint and its widgets are built just "
            "after, before the plan opens (altitude.ui.dashboard.frame_shell); the "
            "dashboard's chart paints its last "
            "drawing when it fits (altitude.ui.dashboard.chart_cache) and loads matplotlib "
            "only when a live figure is needed. The 'no kept picture' rows start with both "
            "removed; 'dashboard live' is the page built from the opened, checked plan.",
            "- Start-up: from just before the parent starts the child process to the first "
            "paint of the main window (and of the trajectory chart), both read on the "
            "shared monotonic clock (`ALTITUDE_REPORT_SHOWN`, see altitude.ui.diagnostics); "
            "offscreen Qt; app and empty window alternate. Bytecode is cached "
            "(`PYTHONPYCACHEPREFIX` in the benchmark's folder), as an installed wheel or the "
            "frozen app has it.",
            "- Peak memory: the child's own maximum resident set size (`wait4`), with the "
            "window open for 3 s (chart library loaded and chart drawn).",
            "- Stack floor (benchmarks/stack_floor.py): the empty window, then, after its "
            "first paint, a 900x500 matplotlib QtAgg canvas with one line of 520 points: what "
            "PySide6 + matplotlib cost before any Altitude code. It keeps PySide6's per-import "
            "source check out of `linecache` (see the script), as any app can.",
            f"- Ten-year plan (benchmarks/generate.py, seeded): {counts}.",
            "- The machine is shared: other work on the other core makes single runs noisy; "
            "trust medians and ratios over absolute numbers.",
            "",
            "## Results",
            "",
            table(rows),
            "",
            *(["## Notes", "", *notes, ""] if notes else []),
        ]
    )
    kept = ""  # what was written by hand below the marker stays (before/after records)
    if path.exists() and KEPT_MARKER in (old := path.read_text(encoding="utf-8")):
        kept = old[old.index(KEPT_MARKER) :]
    path.write_text(text + ("\n" + kept if kept else ""), encoding="utf-8")
