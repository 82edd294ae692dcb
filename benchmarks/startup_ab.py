"""Start-up of two checkouts, interleaved in one run: is a change slower to show the window?

    python benchmarks/startup_ab.py OLD_CHECKOUT [NEW_CHECKOUT] [--runs 11]

Each round starts the old tree's app, the new tree's app (each on a sample plan it made
itself) and an empty QMainWindow, one after the other, so the machine's noise falls on all
three alike; each stays open 3 s. Prints the medians of the window shown, the trajectory
chart painted and the peak memory, and their ratios (new/old, each over the empty window).
Make OLD_CHECKOUT with ``git worktree add /tmp/old REV``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import children  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the checkout to compare against")
    parser.add_argument("new", type=Path, nargs="?", default=HERE.parent)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="altitude-ab-"))
    env = children.isolated_env(home, 3000)  # open 3 s: the chart paints, memory peaks
    trees = {"old": str(args.old / "desktop"), "new": str(args.new / "desktop")}
    data: dict[str, Path] = {}
    for name, tree in trees.items():
        data[name] = home / name
        command = [*children.app_command(data[name]), "sample"]
        subprocess.run(command, env={**env, "PYTHONPATH": tree}, check=True, capture_output=True)
    shown: dict[str, list[float]] = {"old": [], "new": [], "empty window": []}
    charted: dict[str, list[float]] = {"old": [], "new": []}
    peak: dict[str, list[float]] = {"old": [], "new": [], "empty window": []}
    for attempt in range(args.runs + 2):  # two warm-up rounds (kept pictures), not counted
        runs = [
            (
                name,
                children.run_and_reap(
                    children.app_command(data[name]), {**env, "PYTHONPATH": tree}
                ),
            )
            for name, tree in trees.items()
        ]
        runs.append(("empty window", children.run_and_reap(children.empty_window_command(), env)))
        for name, run in runs:
            ms = run.ms("window")
            if attempt > 1 and ms is not None:
                shown[name].append(ms)
                peak[name].append(run.max_rss_kib / 1024)
                chart = run.ms(children.TRAJECTORY)
                if name in charted and chart is not None:
                    charted[name].append(chart)
        print(".", end="", flush=True)
    print()
    median = {name: statistics.median(values) for name, values in shown.items()}
    for name, value in median.items():
        print(f"{name:>12}: {value:6.0f} ms (median of {len(shown[name])})")
    empty = median["empty window"]
    print(f"old/empty {median['old'] / empty:.2f}x, new/empty {median['new'] / empty:.2f}x, "
          f"new/old {median['new'] / median['old']:.2f}x")  # fmt: skip
    for name, values in charted.items():
        if values:
            chart = statistics.median(values)
            print(f"{name:>12}: trajectory chart painted {chart:6.0f} ms, "
                  f"{chart / empty:.2f}x the empty window ({len(values)} starts)")  # fmt: skip
    memory = {name: statistics.median(values) for name, values in peak.items()}
    for name, value in memory.items():
        print(f"{name:>12}: peak memory {value:5.1f} MiB, "
              f"{value / memory['empty window']:.2f}x the empty window")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
