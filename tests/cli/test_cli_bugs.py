"""A bug in a command: one line saying so and where the log is, exit code 70, the
traceback in the log and never on stderr. A user's error stays one line, exit code 1."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from altitude.cli.run import EXIT_BUG

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

# The real entry point, with one command replaced by one that has a bug.
WITH_A_BUG = textwrap.dedent(
    """
    import sys
    from altitude.cli import run

    def status_with_a_bug(service, args):
        return {}["a key that is not there"]

    run.COMMANDS["status"] = status_with_a_bug
    from altitude.__main__ import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), ALTITUDE_TODAY="2026-11-23")
    return subprocess.run(
        [sys.executable, "-c", WITH_A_BUG, "--data-dir", str(folder), *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_a_bug_is_one_line_naming_the_log_and_the_traceback_is_logged(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert _run(folder, "sample").returncode == 0
    assert not (folder / "logs").exists()  # no log until something is worth logging
    result = _run(folder, "status")
    assert result.returncode == EXIT_BUG == 70
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    log = folder / "logs" / "altitude.log"
    assert line == (
        f"altitude status: error: this is a bug in Altitude (KeyError); the details are in {log}"
    )
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "status_with_a_bug" in text
    assert "KeyError: 'a key that is not there'" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_an_error_a_user_can_act_on_is_still_one_plain_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert _run(folder, "sample").returncode == 0
    result = _run(folder, "sample")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("altitude sample: error:") and "bug" not in line
    assert not (folder / "logs").exists()
