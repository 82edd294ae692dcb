"""The frozen app's start-up beside an empty QMainWindow frozen the same way.

    python benchmarks/frozen.py [--runs 5] [--build-dir DIR] [--no-build] [--before DIR]

Builds (PyInstaller, one folder, no UPX, no strip) the app from build.spec and
benchmarks/empty_window.py from a tiny spec written beside the build, both into
``--build-dir`` (default: altitude-frozen in the temporary folder, outside the
repository), then starts them interleaved, offscreen, and prints the medians to first
paint of the window and of the trajectory chart, the peak memory (``wait4``) and the
ratios. Building takes minutes; ``--no-build`` reuses a build.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import children  # noqa: E402

REPO = HERE.parent
WARM_UP_ROUNDS = 2  # as in run.py: the first start keeps the chart's picture for the next

# One folder like build.spec: the same bootloader, no UPX, no strip, the same Qt plugins
# PySide6's hooks take for QtWidgets.
EMPTY_SPEC = """\
a = Analysis([{script!r}], excludes=["tkinter", "matplotlib", "numpy", "PIL"])
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="empty_window", strip=False,
          upx=False, console=True)
coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name="empty_window")
"""


def _pyinstaller() -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]


def build(build_dir: Path) -> tuple[Path, Path]:
    """Both frozen executables, built into ``build_dir`` (dist/ and work/ folders)."""
    dist, work = build_dir / "dist", build_dir / "work"
    spec = build_dir / "empty_window.spec"
    build_dir.mkdir(parents=True, exist_ok=True)
    spec.write_text(EMPTY_SPEC.format(script=str(HERE / "empty_window.py")), encoding="utf-8")
    for name, spec_file in (("altitude", REPO / "build.spec"), ("empty window", spec)):
        started = time.monotonic()
        subprocess.run(
            [*_pyinstaller(), "--distpath", str(dist), "--workpath", str(work / name),
             str(spec_file)],
            cwd=str(REPO), check=True,
        )  # fmt: skip
        print(f"built {name} in {time.monotonic() - started:.0f} s", flush=True)
    return dist / "altitude" / "altitude", dist / "empty_window" / "empty_window"


def _size(exe: Path) -> float:
    return sum(p.stat().st_size for p in exe.parent.rglob("*") if p.is_file()) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    default_dir = Path(tempfile.gettempdir()) / "altitude-frozen"
    parser.add_argument("--build-dir", type=Path, default=default_dir)
    parser.add_argument("--no-build", action="store_true", help="reuse the last build")
    parser.add_argument(
        "--before", type=Path, metavar="BUILD_DIR",
        help="also start the app of an earlier build (its --build-dir), interleaved",
    )  # fmt: skip
    parser.add_argument("--quit-after-ms", type=int, default=3000)
    args = parser.parse_args(argv)
    if args.no_build:
        app, empty = _built(args.build_dir, "altitude"), _built(args.build_dir, "empty_window")
    else:
        app, empty = build(args.build_dir)
    apps = {"app": app, "empty": empty}
    if args.before is not None:
        apps["before"] = _built(args.before, "altitude")
    home = Path(tempfile.mkdtemp(prefix="altitude-frozen-"))
    env = children.isolated_env(home, args.quit_after_ms)
    env.pop("PYTHONPATH", None)
    commands: dict[str, list[str]] = {"empty": [str(empty)]}
    for name in apps.keys() - {"empty"}:
        sample = home / name
        subprocess.run([str(apps[name]), "--data-dir", str(sample), "sample"], env=env,
                       check=True, capture_output=True)  # fmt: skip
        commands[name] = [str(apps[name]), "--data-dir", str(sample)]
    runs: dict[str, list[children.ChildRun]] = {name: [] for name in commands}
    for attempt in range(args.runs + WARM_UP_ROUNDS):
        for name, command in commands.items():
            run = children.run_and_reap(command, env)
            if attempt >= WARM_UP_ROUNDS:
                runs[name].append(run)
        print(".", end="", flush=True)
    print()

    def ms(name: str, what: str) -> float:
        return statistics.median(r.ms(what) or float("nan") for r in runs[name])

    def mib(name: str) -> float:
        return statistics.median(r.max_rss_kib / 1024 for r in runs[name])

    print(f"frozen, sample plan, medians of {args.runs} (load {_load()}):")
    for name in [n for n in ("before", "app") if n in runs]:
        rows = [
            ("window shown", ms(name, "window"), ms("empty", "window"), "ms"),
            ("trajectory chart painted", ms(name, children.TRAJECTORY), ms("empty", "window"),
             "ms"),
            ("peak memory (max RSS)", mib(name), mib("empty"), "MiB"),
            ("bundle size", _size(apps[name]), _size(empty), "MiB"),
        ]  # fmt: skip
        print(f" {name} ({apps[name]}):")
        for what, value, base, unit in rows:
            print(f"  {what:>26}: {value:6.0f} {unit} / {base:6.0f} {unit} = {value / base:.2f}x")
    return 0


def _built(build_dir: Path, name: str) -> Path:
    return build_dir / "dist" / name / name


def _load() -> str:
    import os

    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
