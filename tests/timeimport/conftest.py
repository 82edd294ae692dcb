"""Fixtures for the time-import tests: the CLI run in-process (``altitude.__main__.main``)
and a service on a fresh data folder. Helpers live in time_helpers.py; this folder goes on
``sys.path`` so the tests import them by name (pytest's importlib mode does not)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from time_helpers import FIXTURES, Cli, CliResult

from altitude.__main__ import main
from altitude.services import Altitude


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``altitude --data-dir FOLDER time ARGS...`` in this process; fixture names resolve."""
    monkeypatch.setenv("ALTITUDE_TODAY", "2026-11-23")

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        resolved = [str(FIXTURES / a) if (FIXTURES / a).is_file() else a for a in args]
        code = main(["--data-dir", str(folder), "time", *resolved])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def service(folder: Path) -> Iterator[Altitude]:
    svc = Altitude.open(folder)
    svc.clock = lambda: date(2026, 11, 23)
    yield svc
    svc.close()
