"""Helpers for the packaging tests: run a built program the way a user would."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def user_env(**extra: str) -> dict[str, str]:
    """The test's environment (temporary HOME and XDG folders, from tests/conftest.py)
    without anything that would let the checkout's sources leak in."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "MPLCONFIGDIR", "ALTITUDE_DATA_DIR")
        and not k.startswith("ALTITUDE_")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def run(
    command: Sequence[str | os.PathLike[str]],
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with no stdin; output captured as text; never raises on failure."""
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env if env is not None else user_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def explain(result: subprocess.CompletedProcess[str]) -> str:
    """What to print when a command did not do what the test expected."""
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
