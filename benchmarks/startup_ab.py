"""Start-up of two checkouts, interleaved in one run: is a change slower to show the window?

    python benchmarks/startup_ab.py OLD_CHECKOUT [NEW_CHECKOUT] [--runs 11]

Each round starts the old tree's app, the new tree's app (each on a sample plan it made
itself) and an empty QMainWindow, one after the other, so the machine's noise falls on all
three alike. Prints the medians and the ratios (new/old, each over the empty window).
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
    env = children.isolated_env(home, 300)
    trees = {"old": str(args.old / "desktop"), "new": str(args.new / "desktop")}
    data: dict[str, Path] = {}
    for name, tree in trees.items():
        data[name] = home / name
        command = [*children.app_command(data[name]), "sample"]
        subprocess.run(command, env={**env, "PYTHONPATH": tree}, check=True, capture_output=True)
    shown: dict[str, list[float]] = {"old": [], "new": [], "empty window": []}
    for attempt in range(args.runs + 1):  # the first round warms caches and is not counted
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
            if attempt and ms is not None:
                shown[name].append(ms)
        print(".", end="", flush=True)
    print()
    median = {name: statistics.median(values) for name, values in shown.items()}
    for name, value in median.items():
        print(f"{name:>12}: {value:6.0f} ms (median of {len(shown[name])})")
    empty = median["empty window"]
    print(f"old/empty {median['old'] / empty:.2f}x, new/empty {median['new'] / empty:.2f}x, "
          f"new/old {median['new'] / median['old']:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
