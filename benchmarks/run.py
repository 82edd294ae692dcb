"""`make bench`: Altitude's performance, each figure beside a floor measured in the same run.

    python benchmarks/run.py [--runs 9] [--output benchmarks/RESULTS.md]

Prints a table and writes it, with the machine and the date, to benchmarks/RESULTS.md.
Every figure is the median of ``--runs`` runs after one warm-up; ratios compare medians.
Start-up, first chart and memory are measured from outside a child process (see
children.py), offscreen; the rest inside this process (see inprocess.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "desktop"))  # a plain checkout works too
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import children  # noqa: E402
import generate  # noqa: E402
import inprocess  # noqa: E402
from results import Row, machine_lines, table, write_results  # noqa: E402

QUIT_AFTER_MS = 3000  # long enough for the chart to load and paint
# Rounds not counted: the first start has no kept pictures yet (ui.dashboard.chart_cache,
# ui.dashboard.frame_picture, ui.dashboard.frame_shell), and offscreen Qt places the
# window restored from the first one's geometry differently once, so the second start
# draws live too. From the third on, a start is a user's usual one: the same plan as when
# the app was last closed.
WARM_UP_ROUNDS = 2
STACK_FLOOR = "stack floor: empty QMainWindow + matplotlib canvas, one line"


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _children(runs: int, home: Path, sample: Path, big: Path) -> list[Row]:
    """Start-up, first chart and peak memory: the app, the empty window and the stack floor
    (the empty window + a matplotlib canvas with one line), interleaved."""
    env = children.isolated_env(home, QUIT_AFTER_MS)
    app, empty, big_runs, floor, cold = [], [], [], [], []
    for attempt in range(runs + WARM_UP_ROUNDS):  # the first rounds warm caches (see above)
        app_run = children.run_and_reap(children.app_command(sample), env)
        empty_run = children.run_and_reap(children.empty_window_command(), env)
        big_run = children.run_and_reap(children.app_command(big), env)
        floor_run = children.run_and_reap(children.stack_floor_command(), env)
        # A start with no kept pictures (the chart's, the frame's dashboard, the frame's
        # own); they are put back after it, so the next round's start finds them whether
        # or not this one had time to keep its own.
        kept = [sample / n for n in ("dashboard-chart.png", "window-page.bin", "window-frame.bin")]
        for picture in kept:
            if picture.exists():
                picture.replace(picture.with_suffix(".aside"))
        cold_run = children.run_and_reap(children.app_command(sample), env)
        for picture in kept:
            if picture.with_suffix(".aside").exists():
                picture.with_suffix(".aside").replace(picture)
        if attempt >= WARM_UP_ROUNDS:
            app.append(app_run)
            empty.append(empty_run)
            big_runs.append(big_run)
            floor.append(floor_run)
            cold.append(cold_run)
        print(".", end="", flush=True)
    print()

    def ms(group: list[children.ChildRun], what: str) -> float | None:
        values = [v for v in (r.ms(what) for r in group) if v is not None]
        return _median(values) if len(values) == len(group) else None

    def mib(group: list[children.ChildRun]) -> float:
        return _median([r.max_rss_kib / 1024 for r in group])

    empty_ms = ms(empty, "window")
    return [
        Row("Start-up to window shown, sample plan", ms(app, "window"), empty_ms,
            "empty QMainWindow", "ms", 1.3),
        Row("Start-up to trajectory chart painted, sample plan",
            ms(app, children.TRAJECTORY), empty_ms, "empty QMainWindow", "ms", 2.0),
        Row("Start-up to the dashboard live (built from the opened, checked plan), sample plan",
            ms(app, children.LIVE_DASHBOARD), empty_ms, "empty QMainWindow", "ms", None),
        Row("Start-up to window shown, 10-year plan", ms(big_runs, "window"), empty_ms,
            "empty QMainWindow", "ms", 1.3),
        Row("Start-up to trajectory chart painted, 10-year plan",
            ms(big_runs, children.TRAJECTORY), empty_ms, "empty QMainWindow", "ms", 2.0),
        Row("Start-up to the dashboard live, 10-year plan", ms(big_runs, children.LIVE_DASHBOARD),
            empty_ms, "empty QMainWindow", "ms", None),
        Row("Peak memory (max RSS), 10-year plan open", mib(big_runs), mib(empty),
            "empty QMainWindow", "MiB", 1.5),
        Row("Peak memory (max RSS), sample plan open", mib(app), mib(empty),
            "empty QMainWindow", "MiB", 1.5),
        Row("Start-up to trajectory chart painted, sample plan, no kept picture (first start,"
            " or the plan changed since)", ms(cold, children.TRAJECTORY), empty_ms,
            "empty QMainWindow", "ms", None),
        Row("Peak memory (max RSS), sample plan open, no kept picture", mib(cold), mib(empty),
            "empty QMainWindow", "MiB", None),
        Row("Peak memory (max RSS), stack floor", mib(floor), mib(empty),
            "empty QMainWindow", "MiB", None),
        Row("Peak memory (max RSS), 10-year plan open, over the stack floor", mib(big_runs),
            mib(floor), STACK_FLOOR, "MiB", None),
        Row("Start-up to trajectory chart painted, sample plan, over the stack floor",
            ms(app, children.TRAJECTORY), ms(floor, children.FLOOR_CHART), STACK_FLOOR, "ms",
            None),
    ]  # fmt: skip


def _scale(runs: int, big: Path, today: date) -> list[Row]:
    app_ms = inprocess.median_ms(lambda: inprocess.dashboard_data(big, today), runs)
    floor = inprocess.median_ms(lambda: inprocess.weekly_shares_floor(big), runs)
    checked = inprocess.median_ms(lambda: inprocess.checked_open_floor(big), runs)
    phases = inprocess.phase_times(big, today, runs)
    detail = ", ".join(f"{k} {v:.0f} ms" for k, v in phases.items())
    return [
        Row("10-year plan: open + everything the dashboard shows", app_ms, floor,
            "connect + one SQL query of the weekly shares", "ms", 2.0, absolute=100.0,
            note=detail),
        Row("10-year plan: the same, floor with the store's checked open", app_ms, checked,
            "checked open (pragmas, quick_check, FK check) + the query", "ms", None),
    ]  # fmt: skip


def _charts(runs: int, state: object, today: date, tmp: Path, sample_state: object) -> list[Row]:
    bench = inprocess.ChartBench()
    try:
        chart = inprocess.median_ms(lambda: bench.trajectory(state, today), runs)
        first = inprocess.median_ms(lambda: bench.first_trajectory(state, today), runs)
        line = inprocess.median_ms(lambda: bench.bare_line(state), runs)
    finally:
        bench.close()
    report_runs = max(3, runs // 3)
    big_pdf = inprocess.report_ms(state, today, tmp / "big.pdf", report_runs)
    small_pdf = inprocess.report_ms(sample_state, today, tmp / "sample.pdf", report_runs)
    return [
        Row("Trajectory chart redraw, 520 weeks (900x500 px)", chart, line,
            "bare matplotlib line of the same 520 points", "ms", None, absolute=100.0,
            note="the chart updates its figure in place when the data change"),
        Row("Trajectory chart first draw, 520 weeks (start-up, theme change)", first, line,
            "bare matplotlib line of the same 520 points", "ms", None),
        Row("PDF report, 10-year plan", big_pdf, small_pdf, "PDF report, 12-week sample",
            "ms", None, absolute=3000.0),
    ]  # fmt: skip


def _sample_dir(home: Path) -> Path:
    folder = home / "sample"
    env = children.isolated_env(home, QUIT_AFTER_MS)
    subprocess.run(
        [*children.app_command(folder), "sample"], env=env, check=True, capture_output=True
    )
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (default 9)")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument(
        "--skip", action="append", default=[], choices=("children", "scale", "charts"),
        help="leave out a group of measurements",
    )  # fmt: skip
    args = parser.parse_args(argv)
    today = date.today()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="altitude-bench-") as name:
        tmp = Path(name)
        home = tmp / "home"
        home.mkdir()
        big = tmp / "ten-years"
        big.mkdir()
        generate.write_plan(big, today)
        sample = _sample_dir(home)
        if "children" not in args.skip:
            print("start-up, first chart, memory (child processes) ", end="", flush=True)
            rows += _children(args.runs, home, sample, big)
        from altitude.services import Altitude

        with Altitude.open(big).store as store:
            state = store.load()
        with Altitude.open(sample).store as store:
            sample_state = store.load()
        if "scale" not in args.skip:
            print("10-year plan: dashboard data")
            rows += _scale(args.runs, big, today)
        if "charts" not in args.skip:
            print("10-year plan: chart and report")
            rows += _charts(args.runs, state, today, tmp, sample_state)
        counts = generate.summary_counts(state)
    print()
    print("\n".join(machine_lines()))
    print()
    print(table(rows))
    write_results(args.output, rows, args.runs, counts)
    print(f"\nwritten to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
