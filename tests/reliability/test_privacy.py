"""Readable by the user alone: data, backups, lock and exports are 0600 in 0700 folders,
even when Altitude is started with a permissive umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from altitude.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _run(folder: Path, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), ALTITUDE_TODAY="2026-11-23")
    result = subprocess.run(
        [sys.executable, "-m", "altitude", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        umask=0o022,  # what a desktop session typically hands a program
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_everything_altitude_writes_is_private(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "fresh" / "data"  # Altitude creates the folder itself
    out = tmp_path / "out"
    out.mkdir()
    _run(folder, "sample")
    _run(folder, "status")  # the daily backup
    _run(folder, "backup")
    _run(folder, "backup", "-o", str(out / "copy.db"))
    _run(folder, "export", "-o", str(out / "plan.json"))
    _run(folder, "export", "--format", "csv", "-o", str(out / "checkins.csv"))
    _run(folder, "report", "-o", str(out / "report.pdf"))
    _run(folder, "import", "--replace", str(out / "plan.json"))
    old = os.umask(0o022)
    try:
        instance = SingleInstance(folder)
        assert instance.acquire()
    finally:
        os.umask(old)
    try:
        made = sorted(folder.rglob("*"))
        names = {p.name for p in made}
        assert {"altitude.db", "backups", "altitude.lock"} <= names
        backups = [p for p in made if p.parent.name == "backups"]
        assert {p.name.rsplit("-", 1)[-1] for p in backups} >= {"daily.db", "manual.db"}
        assert _mode(folder) == 0o700
        for path in made:
            expected = 0o700 if path.is_dir() else 0o600
            assert _mode(path) == expected, f"{path} is {oct(_mode(path))}"
        for path in out.iterdir():
            assert _mode(path) == 0o600, f"{path} is {oct(_mode(path))}"
    finally:
        instance.release()
