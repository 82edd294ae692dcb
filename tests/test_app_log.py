"""The app log: DATA/logs/altitude.log, made only when needed, private, rotated, quiet."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from altitude import app_log


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _a_bug() -> app_log.ExcInfo:
    def compute_the_glide_path() -> None:
        raise ZeroDivisionError("division by zero")

    try:
        compute_the_glide_path()
    except ZeroDivisionError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        return kind, value, tb
    raise AssertionError("unreachable")


def test_nothing_is_made_until_something_is_logged(logged_folder: Path) -> None:
    assert not logged_folder.exists()
    assert app_log.log_written() == app_log.log_path(logged_folder)


def test_a_bug_is_logged_with_its_traceback_and_versions_privately(
    logged_folder: Path,
) -> None:
    old = os.umask(0o022)
    try:
        details = app_log.record_bug(_a_bug(), {"Qt": "6.x"})
    finally:
        os.umask(old)
    log = logged_folder / "logs" / "altitude.log"
    text = log.read_text(encoding="utf-8")
    for expected in ("Traceback", "compute_the_glide_path", "ZeroDivisionError: division by zero",
                     "Altitude ", "Python ", "Qt 6.x"):  # fmt: skip
        assert expected in text and expected in details
    assert (_mode(log), _mode(log.parent)) == (0o600, 0o700)


def test_rotated_logs_are_private_and_only_three_are_kept(logged_folder: Path) -> None:
    logger = logging.getLogger("altitude.test")
    old = os.umask(0o022)
    try:
        for n in range(2600):  # ~4.5 MiB of 1.8 KiB records: rotates four times
            logger.warning("record %d %s", n, "x" * 1800)
    finally:
        os.umask(old)
    folder = logged_folder / "logs"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["altitude.log", "altitude.log.1", "altitude.log.2", "altitude.log.3"]
    for path in folder.iterdir():
        assert _mode(path) == 0o600, path
        assert path.stat().st_size <= app_log.MAX_BYTES + 4096


def test_a_log_that_cannot_be_written_is_given_up_quietly(
    logged_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logged_folder.mkdir()
    (logged_folder / "logs").write_text("a file where the folder should be")
    app_log.record_bug(_a_bug())
    assert app_log.log_written() is None
    assert capsys.readouterr().err == ""  # logging would print a traceback of its own


def test_configuring_again_moves_the_log(logged_folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert app_log.configure(other) == other / "logs" / "altitude.log"
    app_log.record_bug(_a_bug())
    assert app_log.log_written() == other / "logs" / "altitude.log"
    assert (other / "logs" / "altitude.log").exists() and not logged_folder.exists()
